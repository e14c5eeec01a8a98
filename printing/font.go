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
// the printout cannot show: outside the Basic Multilingual Plane (gofpdf
// would panic), missing from the font (it would print as nothing), a control
// character or broken UTF-8. The message names the field and the character.
func CheckPrintable(field, text string) error {
	t := loadFont()
	if t.err != nil {
		return t.err
	}
	if !utf8.ValidString(text) {
		return training.Invalid(field, "“%s”含有无法识别的字符编码，无法打印；请重新录入", strings.ToValidUTF8(text, "?"))
	}
	for _, r := range text {
		if t.hasGlyph(r) {
			continue
		}
		if r < 0x20 || r == 0x7F {
			return training.Invalid(field, "“%s”中含有控制字符(U+%04X)，无法打印；请删除换行、制表符等后重试", strings.ToValidUTF8(text, "?"), r)
		}
		return training.Invalid(field, "“%s”中的字符“%c”(U+%04X)超出字库，无法打印；请核对%s或手工填写", text, r, r, field)
	}
	return nil
}

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
