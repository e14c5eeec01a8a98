package fontmerge

import (
	"bytes"
	"testing"

	gotext "github.com/go-text/typesetting/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"trainingdesk/assets"
)

// The merged font has the base font's characters, unchanged, and the name
// font's for what the base lacks, as both Go font readers see it (sfnt, and
// go-text, which Fyne draws with).
func TestAppendAddsTheMissingCharacters(t *testing.T) {
	merged, err := Append(assets.Font, assets.NameFont)
	if err != nil {
		t.Fatal(err)
	}
	m, err := sfnt.Parse(merged)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := sfnt.Parse(assets.Font)
	names, _ := sfnt.Parse(assets.NameFont)
	var buf sfnt.Buffer
	for _, tt := range []struct {
		r    rune
		from *sfnt.Font
	}{{'王', base}, {'A', base}, {0x20BB7, base}, {0x3400, names}, {0x2B825, names}, {0x2D016, names}} {
		g, err := m.GlyphIndex(&buf, tt.r)
		if err != nil || g == 0 {
			t.Errorf("%c (U+%04X) missing from the merged font: %v", tt.r, tt.r, err)
			continue
		}
		segs, err := m.LoadGlyph(&buf, g, fixed.I(1000), nil)
		if err != nil {
			t.Fatal(err)
		}
		var b2 sfnt.Buffer
		og, _ := tt.from.GlyphIndex(&b2, tt.r)
		orig, err := tt.from.LoadGlyph(&b2, og, fixed.I(int(tt.from.UnitsPerEm())), nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(segs) != len(orig) || len(segs) > 0 && segs[1] != orig[1] {
			t.Errorf("%c (U+%04X): outline changed in the merge", tt.r, tt.r)
		}
	}
	face, err := gotext.ParseTTF(bytes.NewReader(merged))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []rune{'王', 0x20BB7, 0x3400, 0x2B825} {
		if _, ok := face.NominalGlyph(r); !ok {
			t.Errorf("go-text does not find %c (U+%04X)", r, r)
		}
	}
	if _, ok := face.NominalGlyph(0x2EBF0); ok {
		t.Error("a character neither font has appeared")
	}
}

func TestRefusesWhatIsNotTrueType(t *testing.T) {
	if _, err := Append([]byte("not a font at all"), assets.NameFont); err == nil {
		t.Fatal("accepted garbage")
	}
}

// BenchmarkAppend is the GUI's start-up cost of the merge.
func BenchmarkAppend(b *testing.B) {
	for b.Loop() {
		if _, err := Append(assets.Font, assets.NameFont); err != nil {
			b.Fatal(err)
		}
	}
}
