package personname

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"trainingdesk/errs"
)

// FieldName is the name field wherever a person's name is entered.
var FieldName = errs.NewField("name", "姓名", "Name")

// MaxRunes is the longest name accepted, in characters. The longest
// transliterated minority names run to about twenty characters and
// romanised foreign names to about forty.
const MaxRunes = 50

// MiddleDot is the one separator kept in names (GB 18030 0xA1A4).
const MiddleDot = '\u00B7'

// Check returns the canonical form of s (see Normalize) when it is a
// name, or an error of kind errs.Invalid (errs.Limit for the length) for
// FieldName that names the offending character and its code point.
func Check(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", errs.E(errs.Invalid, FieldName, errs.Op("personname.Check"),
			"含有无法识别的字符编码（文件不是 UTF-8 或 GB 18030／GBK？）；请重新录入姓名")
	}
	name := Normalize(s)
	if name == "" {
		return "", errs.E(errs.Invalid, FieldName, errs.Op("personname.Check"), "不能为空；请填写证件上的姓名")
	}
	if n := utf8.RuneCountInString(name); n > MaxRunes {
		return "", errs.E(errs.Limit, FieldName, errs.Op("personname.Check"),
			fmt.Sprintf("太长（%d 个字符），最多 %d 个字符；请按证件填写", n, MaxRunes))
	}
	runes := []rune(name)
	for i, r := range runes {
		if IsLetter(r) {
			continue
		}
		if r == MiddleDot || r == ' ' || r == '-' || r == '\'' {
			afterInitial := r == ' ' && i > 0 && (runes[i-1] == '.' || runes[i-1] == ',')
			if i == 0 || i == len(runes)-1 || !IsLetter(runes[i-1]) && !afterInitial {
				return "", errs.E(errs.Invalid, FieldName, errs.Op("personname.Check"),
					fmt.Sprintf("“%s”中的“%c”(U+%04X) 只能夹在两个字之间；请按证件填写", name, r, r))
			}
			if r != MiddleDot && (IsHan(runes[i-1]) || IsHan(runes[i+1])) {
				return "", errs.E(errs.Invalid, FieldName, errs.Op("personname.Check"),
					fmt.Sprintf("“%s”中的“%c”(U+%04X) 不能用在汉字之间；少数民族姓名请用间隔号“·”", name, r, r))
			}
			continue
		}
		if (r == '.' || r == ',') && i > 0 && isLatin(runes[i-1]) && (i == len(runes)-1 || runes[i+1] == ' ') {
			continue // JOHN F. KENNEDY, MARTIN, JOHN: as foreign names are written
		}
		if unicode.Is(unicode.Mn, r) && i > 0 && unicode.Is(unicode.Latin, runes[i-1]) {
			continue // a combining accent NFC could not compose
		}
		return "", errs.E(errs.Invalid, FieldName, errs.Op("personname.Check"),
			fmt.Sprintf("“%s”中的%s(U+%04X) 不是姓名用字；%s", printable(name), describe(r), r, advice(r)))
	}
	return name, nil
}

// Normalize is the stored and compared form of a name: NFC; surrounding
// blanks and invisible characters removed; full-width Latin letters folded to
// ASCII; the middle-dot look-alikes (・ • ‧ ･ ∙ ⋅ ．) folded to U+00B7;
// blanks next to a Han character or a middle dot removed (王　明 → 王明, the
// habit of padding two-character names); other runs of blanks become one
// space. It never refuses; Check does.
func Normalize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.TrimFunc(s, func(r rune) bool { return isBlank(r) || isEdgeInvisible(r) })
	if s == "" {
		return ""
	}
	s = norm.NFC.String(s)
	var b []rune
	blank := false
	for _, r := range s {
		r = fold(r)
		if isBlank(r) {
			blank = true
			continue
		}
		if blank && len(b) > 0 && !(isHanOrDot(b[len(b)-1]) || isHanOrDot(r)) {
			b = append(b, ' ')
		}
		blank = false
		b = append(b, r)
	}
	// 阿依古丽.买买提: a full stop between Han characters is a middle dot
	// typed with what the keyboard had.
	for i := 1; i+1 < len(b); i++ {
		if (b[i] == '.' || b[i] == '。') && IsHan(b[i-1]) && IsHan(b[i+1]) {
			b[i] = MiddleDot
		}
	}
	return string(b)
}

// Key is the form two names are compared by: Normalize with Latin letters
// upper-cased (JOHN SMITH = John Smith).
func Key(s string) string { return strings.ToUpper(Normalize(s)) }

func fold(r rune) rune {
	switch r {
	case '\u30FB', '\u2022', '\u2027', '\uFF65', '\u2219', '\u22C5', '\u0387', '\u2E31', '\uFF0E', '\u00B7':
		return MiddleDot
	case '\u2019', '\u02BC', '\uFF07':
		return '\''
	case '\u2010', '\u2011', '\uFF0D':
		return '-'
	}
	if r >= '\uFF21' && r <= '\uFF3A' || r >= '\uFF41' && r <= '\uFF5A' {
		return r - 0xFF21 + 'A'
	}
	return r
}

func isBlank(r rune) bool { return r == ' ' || r == '\u3000' || r == '\u00A0' || r == '\t' }

// isEdgeInvisible are characters copied from web pages and WPS around a
// cell's text; they are dropped at the edges and refused inside.
func isEdgeInvisible(r rune) bool {
	return r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\uFEFF' || r == '\u2060' || r == '\r' || r == '\n'
}

func isLatin(r rune) bool { return unicode.Is(unicode.Latin, r) && unicode.IsLetter(r) }

func isHanOrDot(r rune) bool { return r == MiddleDot || IsHan(r) }

// IsLetter reports whether r may appear in a name on its own.
func IsLetter(r rune) bool {
	return IsHan(r) || r == '〇' || r == '々' || isLatin(r)
}

// hanRanges are the CJK Unified Ideographs blocks, whole, so characters
// Unicode adds to a block are accepted before Go's tables know them.
var hanRanges = [][2]rune{
	{0x3400, 0x4DBF},   // Extension A
	{0x4E00, 0x9FFF},   // Unified Ideographs
	{0x20000, 0x2A6DF}, // Extension B
	{0x2A700, 0x2B73F}, // Extension C
	{0x2B740, 0x2B81F}, // Extension D
	{0x2B820, 0x2CEAF}, // Extension E
	{0x2CEB0, 0x2EBEF}, // Extension F
	{0x2EBF0, 0x2EE5F}, // Extension I
	{0x30000, 0x3134F}, // Extension G
	{0x31350, 0x323AF}, // Extension H
	{0x323B0, 0x3347F}, // Extension J (Unicode 17)
}

// IsHan reports whether r is a CJK unified ideograph, in any extension, or
// one of the twelve compatibility-block code points that are unified
// ideographs themselves (﨎 﨏 﨑 …); other compatibility ideographs become
// their unified form under NFC.
func IsHan(r rune) bool {
	for _, h := range hanRanges {
		if r >= h[0] && r <= h[1] {
			return true
		}
	}
	return r >= 0xFA0E && r <= 0xFA29 && unicode.Is(unicode.Ideographic, r)
}

// Block names the block of a Han character, for messages and reports:
// "基本区", "扩展A" … "扩展J", or "" for other characters.
func Block(r rune) string {
	names := []string{"扩展A", "基本区", "扩展B", "扩展C", "扩展D", "扩展E", "扩展F", "扩展I", "扩展G", "扩展H", "扩展J"}
	for i, h := range hanRanges {
		if r >= h[0] && r <= h[1] {
			return names[i]
		}
	}
	if IsHan(r) {
		return "兼容区"
	}
	return ""
}

// describe names a refused character in Chinese, showing it only when it
// is visible.
func describe(r rune) string {
	switch {
	case r == utf8.RuneError:
		return "无法识别的字符"
	case r < 0x20 || r == 0x7F || r >= 0x80 && r < 0xA0:
		return "控制字符"
	case r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x200E || r == 0x200F || r == 0x061C:
		return "文字方向控制符"
	case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF:
		return "零宽字符"
	case unicode.Is(unicode.Co, r):
		return "私用区字符（造字）"
	case unicode.Is(unicode.Cf, r) || unicode.IsSpace(r):
		return "不可见字符"
	case unicode.IsDigit(r) || unicode.IsNumber(r):
		return fmt.Sprintf("数字“%c”", r)
	case unicode.Is(unicode.Cs, r) || !unicode.IsPrint(r) && !unicode.IsGraphic(r):
		return "未定义的字符"
	}
	return fmt.Sprintf("“%c”", r)
}

func advice(r rune) string {
	switch {
	case unicode.Is(unicode.Co, r):
		return "私用区的造字在别的电脑和人社系统里显示不出来；请改用 Unicode 中的标准汉字（扩展区汉字均可录入）"
	case unicode.IsDigit(r) || unicode.IsNumber(r):
		return "请填写证件上的姓名"
	case unicode.IsPrint(r):
		return "请按证件填写；少数民族姓名中的间隔号请用“·”"
	}
	return "这个字符看不见，多半是从网页或文档复制时带进来的；请删除后重新输入姓名"
}

// printable shows a name in a message with invisible characters as ⍰.
func printable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) || IsHan(r) {
			return r
		}
		return '⍰'
	}, s)
}
