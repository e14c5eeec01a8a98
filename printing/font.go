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
	"trainingdesk/training"
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

// CheckPrintable refuses, before anything is drawn, text with a character
// the printout cannot show: a control character, broken UTF-8, or a
// character in none of the fonts (the main font, the embedded name font,
// fonts on this machine or in the data directory's fonts folder). The
// message names the field, the character and its code point. Characters
// above U+FFFF or missing from the main font are fine when a fallback font
// has them: they print as outlines (see DrawText).
func CheckPrintable(field, text string) error {
	t := loadFont()
	if t.err != nil {
		return t.err
	}
	if !utf8.ValidString(text) {
		return training.Invalid(field, "“%s”含有无法识别的字符编码，无法打印；请重新录入", strings.ToValidUTF8(text, "?"))
	}
	for _, r := range text {
		if r < 0x20 || r == 0x7F {
			return training.Invalid(field, "“%s”中含有控制字符(U+%04X)，无法打印；请删除换行、制表符等后重试", strings.ToValidUTF8(text, "?"), r)
		}
		if settable, f, _ := glyphFor(r); settable || f != nil {
			continue
		}
		return training.Invalid(field, "“%s”中的字符“%c”(U+%04X)不在本程序带的字库里，无法打印；"+
			"请核对%s，或把含有这个字的字库文件（如花园明朝 HanaMinB.ttf）放进数据目录的 fonts 文件夹后重试", text, r, r, field)
	}
	return nil
}

// CheckName answers "can this name be printed?" before a certificate
// number is assigned: nil, or an error naming the character and its code
// point that no font has.
func CheckName(name string) error { return CheckPrintable("姓名", name) }

// checkAll runs CheckPrintable on field/value pairs, stopping at the first
// refusal.
func checkAll(pairs ...string) error {
	for i := 0; i+1 < len(pairs); i += 2 {
		if err := CheckPrintable(pairs[i], pairs[i+1]); err != nil {
			return err
		}
	}
	return nil
}
