package printing

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"

	"trainingdesk/assets"
	"trainingdesk/errs"
	"trainingdesk/personname"
)

// fontFamily is the name the font is registered under in every PDF.
const fontFamily = "wenkai"

// fontTable is the embedded font checked once per process: which Basic
// Multilingual Plane runes it has a glyph for (gofpdf can draw no others).
type fontTable struct {
	bytes []byte
	has   [0x10000 / 64]uint64
	err   error
}

var (
	fontOnce sync.Once
	font     fontTable
)

func loadFont() *fontTable {
	fontOnce.Do(func() {
		font.bytes = assets.Font
		font.err = font.index()
	})
	return &font
}

// index refuses anything but TrueType before gofpdf sees it (gofpdf would
// only print the problem to stdout) and records the cmap.
func (t *fontTable) index() error {
	b := t.bytes
	if len(b) < 4 || !(bytes.Equal(b[:4], []byte{0, 1, 0, 0}) || string(b[:4]) == "true") {
		return errors.New("内置字体不是 TrueType 格式，无法生成 PDF；请重新安装本程序")
	}
	f, err := sfnt.Parse(b)
	if err != nil {
		return fmt.Errorf("内置字体已损坏（%v），无法生成 PDF；请重新安装本程序", err)
	}
	var buf sfnt.Buffer
	for r := rune(0x20); r <= 0xFFFF; r++ {
		if g, err := f.GlyphIndex(&buf, r); err == nil && g != 0 {
			t.has[r>>6] |= 1 << (r & 63)
		}
	}
	return nil
}

// hasGlyph reports whether gofpdf can draw r with the embedded font.
func (t *fontTable) hasGlyph(r rune) bool {
	return r >= 0 && r <= 0xFFFF && t.has[r>>6]&(1<<(r&63)) != 0
}

// FieldText is printed text that is not a clerk's field: a document's
// title, a column, the certificate layout's own words. The message says where.
var FieldText = errs.NewField("printed_text", "打印内容", "Printed text")

// CheckPrintable refuses, before anything is drawn, text with a character
// the printout cannot show: a control character, broken UTF-8, or a
// character in none of the fonts (the main font, the embedded name font,
// fonts on this machine or in the data directory's fonts folder). The
// error names the field; the message the character and its code point.
// Characters above U+FFFF or missing from the main font are fine when a
// fallback font has them: they print as outlines (see DrawText).
func CheckPrintable(field errs.Field, text string) error {
	msg, err := unprintable(field.Label(), text)
	if msg == "" {
		return err
	}
	return errs.E(errs.Invalid, field, msg)
}

// checkPrintableAt is CheckPrintable for text that is no clerk's field:
// where ("标题", "第3行 姓名") leads the message.
func checkPrintableAt(where, text string) error {
	msg, err := unprintable(where, text)
	if msg == "" {
		return err
	}
	return errs.E(errs.Invalid, FieldText, where+"："+msg)
}

// unprintable is what stops text from printing ("" when nothing does), or
// the error of loading the fonts.
func unprintable(label, text string) (string, error) {
	t := loadFont()
	if t.err != nil {
		return "", t.err
	}
	if !utf8.ValidString(text) {
		return fmt.Sprintf("“%s”含有无法识别的字符编码，无法打印；请重新录入", strings.ToValidUTF8(text, "?")), nil
	}
	for _, r := range text {
		if r < 0x20 || r == 0x7F {
			return fmt.Sprintf("“%s”中含有控制字符(U+%04X)，无法打印；请删除换行、制表符等后重试", strings.ToValidUTF8(text, "?"), r), nil
		}
		if settable, f, _ := glyphFor(r); settable || f != nil {
			continue
		}
		return fmt.Sprintf("“%s”中的字符“%c”(U+%04X)不在本程序带的字库里，无法打印；"+
			"请核对%s，或把含有这个字的字库文件（如花园明朝 HanaMinB.ttf）放进数据目录的 fonts 文件夹后重试", text, r, r, label), nil
	}
	return "", nil
}

// CheckName answers "can this name be printed?" before a certificate
// number is assigned: nil, or an error naming the character and its code
// point that no font has.
func CheckName(name string) error { return CheckPrintable(personname.FieldName, name) }

// checkAll runs CheckPrintable on label/value pairs, stopping at the first
// refusal; a label is a declared errs.Field or a string saying where.
func checkAll(pairs ...any) error {
	for i := 0; i+1 < len(pairs); i += 2 {
		text := pairs[i+1].(string)
		var err error
		switch l := pairs[i].(type) {
		case errs.Field:
			err = CheckPrintable(l, text)
		case string:
			err = checkPrintableAt(l, text)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
