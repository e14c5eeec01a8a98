package printing

import (
	"bytes"
	"strings"
	"testing"

	"github.com/jung-kurt/gofpdf"

	"trainingdesk/training"
)

// missingBMPRune finds a CJK Extension A character the font lacks: one that
// gofpdf would silently print as nothing.
func missingBMPRune(t *testing.T) rune {
	t.Helper()
	f := loadFont()
	for r := rune(0x3400); r <= 0x4DBF; r++ {
		if !f.hasGlyph(r) {
			return r
		}
	}
	t.Fatal("font covers all of CJK Extension A; pick another missing rune")
	return 0
}

func TestFontTable(t *testing.T) {
	f := loadFont()
	if f.err != nil {
		t.Fatal(f.err)
	}
	for _, r := range "张三欧阳娜娜·（）—0123456789ABCxyz培训合格证书样本无效临时补发" {
		if !f.hasGlyph(r) {
			t.Errorf("font should have %q (U+%04X)", r, r)
		}
	}
	if f.hasGlyph('㐀') {
		t.Error("㐀 (U+3400) is not in LXGW WenKai Regular; the table is wrong")
	}
	if f.hasGlyph('𠮷') {
		t.Error("runes above U+FFFF must count as missing: gofpdf cannot draw them")
	}
}

func TestCheckPrintable(t *testing.T) {
	missing := missingBMPRune(t)
	tests := []struct {
		name, field, text string
		want              []string // substrings of the error; nil = printable
	}{
		{"plain name", "姓名", "张三", nil},
		{"minority name with middle dot", "姓名", "阿卜杜热合曼·买买提", nil},
		{"latin and digits", "证书编号", "GZ01-2024-000001", nil},
		{"empty", "证件号码", "", nil},
		{"supplementary plane", "姓名", "吉𠮷", []string{"姓名：", "“吉𠮷”", "“𠮷”(U+20BB7)", "超出字库", "请核对姓名或手工填写"}},
		{"BMP rune missing from font", "姓名", "王" + string(missing), []string{"姓名：", "超出字库", string(missing)}},
		{"control character", "培训机构", "某某\n学校", []string{"培训机构：", "控制字符"}},
		{"broken UTF-8", "姓名", "张\xff三", []string{"姓名：", "字符编码"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckPrintable(tt.field, tt.text)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("refused printable text: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("accepted unprintable text")
			}
			if training.FieldOf(err) != tt.field {
				t.Errorf("field = %q, want %q", training.FieldOf(err), tt.field)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message %q lacks %q", err, w)
				}
			}
		})
	}
}

// Every drawing function refuses unprintable text with the Chinese message,
// never panics, and writes nothing.
func TestUnprintableNameIsRefusedEverywhere(t *testing.T) {
	for _, bad := range []string{"吉𠮷", "王" + string(missingBMPRune(t))} {
		cert := sampleCert(1)
		cert.Name = bad
		calls := map[string]func(*bytes.Buffer) error{
			"Certificates": func(w *bytes.Buffer) error {
				return Certificates(w, []CertificateData{sampleCert(0), cert}, CertOptions{}, nil)
			},
			"SignInSheet": func(w *bytes.Buffer) error {
				return SignInSheet(w, SheetData{Institution: "某学校", Trainees: []SheetTrainee{{Name: "张三"}, {Name: bad}}})
			},
			"Badges": func(w *bytes.Buffer) error {
				return Badges(w, BadgeData{Institution: "某学校", Badges: []Badge{{Name: bad, Class: "一班", Code: "TD1:x"}}})
			},
		}
		for name, call := range calls {
			var buf bytes.Buffer
			err := call(&buf)
			if err == nil || !strings.Contains(err.Error(), "超出字库") || training.FieldOf(err) != "姓名" {
				t.Errorf("%s(%q): err = %v, want the 超出字库 message for 姓名", name, bad, err)
			}
			if buf.Len() != 0 {
				t.Errorf("%s(%q) wrote %d bytes despite the error", name, bad, buf.Len())
			}
		}
	}
}

// The guard turns gofpdf's own panic (a rune above U+FFFF reaching it) into
// an error.
func TestRenderRecoversGofpdfPanic(t *testing.T) {
	var buf bytes.Buffer
	err := render(&buf, "P", func(pdf *gofpdf.Fpdf) error {
		pdf.AddPage()
		pdf.Text(20, 20, "𠮷")
		pdf.GetStringWidth("𠮷")
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "生成 PDF 时出错") {
		t.Fatalf("err = %v, want the recovered panic", err)
	}
	if buf.Len() != 0 {
		t.Error("a failed document was written")
	}
}
