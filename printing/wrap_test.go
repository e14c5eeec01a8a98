package printing

import (
	"testing"

	"github.com/jung-kurt/gofpdf"
)

func TestWrapRunesKeepsEveryRune(t *testing.T) {
	err := render(&discard{}, "P", func(pdf *gofpdf.Fpdf) error {
		pdf.AddPage()
		pdf.SetFontSize(14)
		tests := []struct {
			text  string
			width float64
			lines int // at least
		}{
			{"张三", 100, 1},
			{"广州市天河区某某职业技能培训学校有限公司第二分校（番禺校区）", 60, 3},
			{"Guangzhou Vocational Training School 广州职业培训学校", 40, 3},
			{"中式烹调师，西式面点师。", 30, 2},
			{"", 50, 1},
		}
		for _, tt := range tests {
			lines := wrapRunes(pdf, tt.text, tt.width)
			joined := ""
			for _, l := range lines {
				joined += l
				if w := pdf.GetStringWidth(l); w > tt.width && len([]rune(l)) > 1 {
					t.Errorf("line %q is %.1f mm, box %.1f mm", l, w, tt.width)
				}
				if len(l) > 0 && isClosing([]rune(l)[0]) {
					t.Errorf("line %q starts with closing punctuation", l)
				}
			}
			if joined != tt.text {
				t.Errorf("wrap lost text: %q → %q", tt.text, lines)
			}
			if len(lines) < tt.lines {
				t.Errorf("%q in %.0f mm: %d lines, want ≥ %d", tt.text, tt.width, len(lines), tt.lines)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
