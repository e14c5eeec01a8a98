package certificate

import (
	"strconv"
	"strings"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// DefaultPattern is institution code + 4-digit year + 6-digit serial,
// e.g. "GZ012024000001".
const DefaultPattern = "{code}{year}{serial:6}"

const patternField = "证书编号规则"

// maxSerialWidth keeps numbers short enough for the QR payload.
const maxSerialWidth = 12

// ValidatePattern checks a numbering pattern: literal text plus the
// placeholders {code}, {year}, {serial} or {serial:N}; {serial} is required
// exactly once, so every number is distinct.
func ValidatePattern(pattern string) error {
	_, err := FormatNumber(pattern, "X", 2000, 1)
	return err
}

// FormatNumber renders one certificate number. The caller (the store) owns the
// gap-free counter; this only formats it. A serial wider than {serial:N}
// allows is refused rather than silently lengthening the number.
func FormatNumber(pattern, instCode string, year, serial int) (string, error) {
	if strings.TrimSpace(pattern) == "" {
		pattern = DefaultPattern
	}
	if serial < 1 {
		return "", errs.Errorf(errs.Invalid, FieldSerial, "流水号须从 1 开始，当前为 %d", serial)
	}
	if year < 1000 || year > 9999 {
		return "", errs.Errorf(errs.Invalid, FieldYear, "年份 %d 无效，须为四位数", year)
	}
	var b strings.Builder
	serials := 0
	rest := pattern
	for rest != "" {
		open := strings.IndexAny(rest, "{}")
		if open < 0 {
			b.WriteString(rest)
			break
		}
		if rest[open] == '}' {
			return "", errs.Errorf(errs.Invalid, FieldPattern, "“%s”中有多余的“}”；占位符写法如 {code}{year}{serial:6}", pattern)
		}
		b.WriteString(rest[:open])
		end := strings.IndexByte(rest[open:], '}')
		if end < 0 {
			return "", errs.Errorf(errs.Invalid, FieldPattern, "“%s”中的“{”没有配对的“}”", pattern)
		}
		name := rest[open+1 : open+end]
		rest = rest[open+end+1:]
		switch {
		case name == "code":
			if strings.TrimSpace(instCode) == "" {
				return "", errs.Errorf(errs.Invalid, training.FieldInstitutionCode, "编号规则用到 {code}，请先在机构信息中填写机构代码")
			}
			b.WriteString(instCode)
		case name == "year":
			b.WriteString(strconv.Itoa(year))
		case name == "serial" || strings.HasPrefix(name, "serial:"):
			serials++
			s, err := formatSerial(pattern, name, serial)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
		default:
			return "", errs.Errorf(errs.Invalid, FieldPattern, "“%s”中的占位符 {%s} 无法识别；可用 {code}、{year}、{serial} 或 {serial:6}", pattern, name)
		}
	}
	if serials != 1 {
		return "", errs.Errorf(errs.Invalid, FieldPattern, "“%s”须包含且只包含一个 {serial}（流水号），否则编号会重复", pattern)
	}
	return b.String(), nil
}

func formatSerial(pattern, name string, serial int) (string, error) {
	s := strconv.Itoa(serial)
	if name == "serial" {
		return s, nil
	}
	width, err := strconv.Atoi(strings.TrimPrefix(name, "serial:"))
	if err != nil || width < 1 || width > maxSerialWidth {
		return "", errs.Errorf(errs.Invalid, FieldPattern, "“%s”中 {%s} 的位数须为 1-%d", pattern, name, maxSerialWidth)
	}
	if len(s) > width {
		return "", errs.Errorf(errs.Invalid, FieldSerial, "流水号 %d 超过编号规则的 %d 位，请在编号规则中加大 {serial:N} 的位数", serial, width)
	}
	return strings.Repeat("0", width-len(s)) + s, nil
}
