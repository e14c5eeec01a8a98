package fontmerge

import (
	"bytes"
	"testing"
	"unicode"

	gotext "github.com/go-text/typesetting/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"trainingdesk/assets"
)

// A hollowed font keeps the characters it was told to keep, outlines
// unchanged, and lacks the others, so a renderer falls back for them; it
// is much smaller, which is the point (Fyne parses it once per text style).
func TestHollowKeepsWhatItShouldAndDropsTheRest(t *testing.T) {
	drop := func(r rune) bool { return unicode.Is(unicode.Han, r) && r >= 0x5000 && r != '王' }
	hollow, err := Hollow(assets.Font, drop)
	if err != nil {
		t.Fatal(err)
	}
	if len(hollow) > len(assets.Font)*2/3 {
		t.Errorf("hollowed font %d bytes of %d", len(hollow), len(assets.Font))
	}
	h, err := sfnt.Parse(hollow)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := sfnt.Parse(assets.Font)
	var b1, b2 sfnt.Buffer
	for _, r := range []rune{'A', '5', '，', '王', '中'} {
		g, err := h.GlyphIndex(&b1, r)
		if err != nil || g == 0 {
			t.Fatalf("%c dropped", r)
		}
		segs, err := h.LoadGlyph(&b1, g, fixed.I(1000), nil)
		if err != nil {
			t.Fatal(err)
		}
		og, _ := base.GlyphIndex(&b2, r)
		orig, _ := base.LoadGlyph(&b2, og, fixed.I(1000), nil)
		if len(segs) == 0 || len(segs) != len(orig) || segs[0] != orig[0] {
			t.Errorf("%c: outline changed (%d segments, was %d)", r, len(segs), len(orig))
		}
	}
	face, err := gotext.ParseTTF(bytes.NewReader(hollow))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []rune{'王', 'A'} {
		if _, ok := face.NominalGlyph(r); !ok {
			t.Errorf("go-text does not find %c", r)
		}
	}
	for _, r := range []rune{'龙', '鑫', 0x20BB7} {
		if _, ok := face.NominalGlyph(r); ok {
			t.Errorf("%c (U+%04X) still mapped, so no fallback would draw it", r, r)
		}
	}
}
