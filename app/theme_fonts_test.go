package app

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	gotext "github.com/go-text/typesetting/font"
)

// Plain text (names, entries) draws every character the shipped fonts have,
// the rare name characters too; headings and labels in bold use the smaller
// label font, which still has GB2312's characters; icons keep Fyne's symbol
// font, so no style parses the big font a second time for nothing.
func TestThemeFontsPerStyle(t *testing.T) {
	th := newTheme()
	face := func(s fyne.TextStyle) *gotext.Face {
		f, err := gotext.ParseTTF(bytes.NewReader(th.Font(s).Content()))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	has := func(f *gotext.Face, r rune) bool { _, ok := f.NominalGlyph(r); return ok }
	plain, bold := face(fyne.TextStyle{}), face(fyne.TextStyle{Bold: true})
	for _, r := range []rune{'王', '龑', 0x3400, 0x2B825} {
		if !has(plain, r) {
			t.Errorf("plain text lacks %c (U+%04X)", r, r)
		}
	}
	for _, r := range []rune{'姓', '名', '班', '级', 'A'} {
		if !has(bold, r) {
			t.Errorf("bold text lacks %c", r)
		}
	}
	if has(bold, 0x3400) || has(bold, '龑') {
		t.Error("bold font has rare characters: it is the big font again")
	}
	if len(th.Font(fyne.TextStyle{Bold: true}).Content()) > len(th.Font(fyne.TextStyle{}).Content())/2 {
		t.Error("label font not much smaller than the full one")
	}
	if sym := th.Font(fyne.TextStyle{Symbol: true}); sym == th.Font(fyne.TextStyle{}) || len(sym.Content()) > 1<<20 {
		t.Errorf("symbol style uses %s (%d bytes)", sym.Name(), len(sym.Content()))
	}
}
