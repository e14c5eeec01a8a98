package printing

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/jung-kurt/gofpdf"

	"trainingdesk/certificate"
	"trainingdesk/errs"
	"trainingdesk/personname"
	"trainingdesk/training"
)

// noFontRune is a CJK Extension I character (Unicode 15.1): no font this
// program ships or looks for has it, so it cannot be printed.
const noFontRune = '\U0002EBF0'

// missingBMPRune finds a letter below U+FFFF that no embedded font has:
// gofpdf would silently print it as nothing.
func missingBMPRune(t *testing.T) rune {
	t.Helper()
	for r := rune(0x0370); r <= 0xFFFF; r++ {
		if unicode.IsLetter(r) {
			if settable, f, _ := glyphFor(r); !settable && f == nil {
				return r
			}
		}
	}
	t.Fatal("the fonts cover every letter of the BMP; pick another missing rune")
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
		name  string
		field errs.Field
		text  string
		want  []string // substrings of the error; nil = printable
	}{
		{"plain name", personname.FieldName, "张三", nil},
		{"minority name with middle dot", personname.FieldName, "阿卜杜热合曼·买买提", nil},
		{"latin and digits", certificate.FieldNumber, "GZ01-2024-000001", nil},
		{"empty", training.FieldIDNumber, "", nil},
		{"supplementary plane, in a fallback font", personname.FieldName, "王𠮷", nil},
		{"Extension A, in the name font", personname.FieldName, "李㐀", nil},
		{"supplementary plane, in no font", personname.FieldName, "吉" + string(noFontRune), []string{"姓名：", "(U+2EBF0)", "不在本程序带的字库里", "fonts 文件夹"}},
		{"BMP rune missing from every font", personname.FieldName, "王" + string(missing), []string{"姓名：", "不在本程序带的字库里", string(missing)}},
		{"control character", training.FieldInstitutionName, "某某\n学校", []string{"机构名称：", "控制字符"}},
		{"broken UTF-8", personname.FieldName, "张\xff三", []string{"姓名：", "字符编码"}},
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
			if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != tt.field {
				t.Errorf("field = %q, want %q", errs.FieldOf(err).Key(), tt.field.Key())
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message %q lacks %q", err, w)
				}
			}
		})
	}
}

// A certificate refuses a name it cannot print with the Chinese message,
// never panics, and writes nothing. (签到表 and 学员证 print a stand-in
// instead: TestARareNameGetsAStandInOnSheetsNotOnCertificates.)
func TestUnprintableNameIsRefusedOnCertificates(t *testing.T) {
	for _, bad := range []string{"吉" + string(noFontRune), "王" + string(missingBMPRune(t))} {
		cert := sampleCert(1)
		cert.Name = bad
		calls := map[string]func(*bytes.Buffer) error{
			"Certificates": func(w *bytes.Buffer) error {
				return Certificates(w, []CertificateData{sampleCert(0), cert}, CertOptions{}, nil)
			},
		}
		for name, call := range calls {
			var buf bytes.Buffer
			err := call(&buf)
			if err == nil || !strings.Contains(err.Error(), "不在本程序带的字库里") || errs.FieldOf(err) != personname.FieldName {
				t.Errorf("%s(%q): err = %v, want the 不在字库 message for 姓名", name, bad, err)
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

// A font dropped into the data directory's fonts folder prints what the
// embedded fonts lack (here any Extension B character, from Hanazono).
func TestAddFontDirPrintsWhatTheEmbeddedFontsLack(t *testing.T) {
	const hana = "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"
	if _, err := os.Stat(hana); err != nil {
		t.Skip("fonts-hanazono not installed")
	}
	defer func() { fallback = newOutlineFonts(nil) }()
	name := "王\U00020000"
	if err := CheckName(name); err == nil || !strings.Contains(err.Error(), "U+20000") {
		t.Fatalf("before: %v", err)
	}
	dir := t.TempDir()
	if err := os.Symlink(hana, filepath.Join(dir, "HanaMinB.ttf")); err != nil {
		t.Fatal(err)
	}
	AddFontDir(dir)
	if err := CheckName(name); err != nil {
		t.Fatalf("after: %v", err)
	}
	var buf bytes.Buffer
	if err := Badges(&buf, BadgeData{Institution: "某学校", Badges: []Badge{{Name: name, Class: "一班", Code: "TD1:x"}}}); err != nil {
		t.Fatal(err)
	}
}
