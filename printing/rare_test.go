package printing

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"trainingdesk/personname"
)

// rareClass is a class whose names use a character of each extension GB
// 18030-2022 level 3 covers (A, B, C, D, E, F) and the middle dot. Each
// name's rare character sits between ordinary ones, so the test can compare
// their heights. Some rare characters come from the main font's own
// supplementary-plane glyphs, others from the embedded name font.
var rareClass = []string{
	"李㐀明", // Extension A U+3400 (name font)
	"王𠮷华", // Extension B U+20BB7 (main font, as an outline)
	"陈𪟝明", // Extension C U+2A7DD
	"张𫟅华", // Extension D U+2B7C5
	"赵𫠥明", // Extension E U+2B825
	"刘𭀖华", // Extension F U+2D016
	"阿依古丽·买买提",
}

const dpi = 150

func mmToPx(mm float64) int { return int(mm*dpi/25.4 + 0.5) }

// box is a region of a page in mm.
type box struct{ x, y, w, h float64 }

func TestEveryRareCharacterPrintsAtTheHeightOfItsNeighbours(t *testing.T) {
	needTool(t, "pdftoppm")
	lay, err := certificateLayout()
	if err != nil {
		t.Fatal(err)
	}
	var nameField fieldBox
	for _, f := range lay.Fields {
		if f.Key == "name" {
			nameField = f
		}
	}

	var certs []CertificateData
	var sheet SheetData
	badges := BadgeData{Institution: "广州市某某职业技能培训学校"}
	sheet.Institution, sheet.ClassCode, sheet.ClassName = "广州市某某职业技能培训学校", "GZ-2026-01", "电工班"
	for i, name := range rareClass {
		if _, err := personname.Check(name); err != nil {
			t.Fatalf("%s is not a valid name: %v", name, err)
		}
		if err := CheckName(name); err != nil {
			t.Fatalf("CheckName(%s): %v", name, err)
		}
		c := sampleCert(0)
		c.Name = name
		certs = append(certs, c)
		sheet.Trainees = append(sheet.Trainees, SheetTrainee{Name: name, IDMasked: "440106********123X"})
		badges.Badges = append(badges.Badges, Badge{Name: name, Class: "电工班", Code: "TD1:" + string(rune('a'+i))})
	}

	var certPDF, sheetPDF, badgePDF bytes.Buffer
	if err := Certificates(&certPDF, certs, CertOptions{}, nil); err != nil {
		t.Fatal(err)
	}
	if err := SignInSheet(&sheetPDF, sheet); err != nil {
		t.Fatal(err)
	}
	if err := Badges(&badgePDF, badges); err != nil {
		t.Fatal(err)
	}
	keep(t, "certificates.pdf", certPDF.Bytes())
	keep(t, "signin.pdf", sheetPDF.Bytes())
	keep(t, "badges.pdf", badgePDF.Bytes())

	sheetPage := loadPNG(t, rasterize(t, sheetPDF.Bytes(), 1))
	badgePage := loadPNG(t, rasterize(t, badgePDF.Bytes(), 1))
	left := (210 - badgeCols*badgeW - (badgeCols-1)*badgeGap) / 2
	top := (297 - badgeRows*badgeH - (badgeRows-1)*badgeGap) / 2
	for i, name := range rareClass {
		certPage := loadPNG(t, rasterize(t, certPDF.Bytes(), i+1))
		// The value's box, right of its label.
		checkName(t, "证书", name, certPage, box{nameField.X + nameField.LabelW, nameField.Y, nameField.W, nameField.H})
		rowY := float64(sheetMargin+sheetHeaderH) + sheetRowH*float64(i+1)
		checkName(t, "签到表", name, sheetPage, box{sheetMargin + sheetCols[0].w + 0.6, rowY + 0.6, sheetCols[1].w - 1.2, sheetRowH - 1.2})
		bx := left + float64(i%badgeCols)*(badgeW+badgeGap)
		by := top + float64(i/badgeCols)*(badgeH+badgeGap)
		qrX := bx + badgeW - badgeQR - 2
		checkName(t, "学员证", name, badgePage, box{bx + 4, by + badgeBand + 4, qrX - bx - 5, 13})
	}
}

// checkName finds the ink of name inside b and checks every character's
// slot: each must be drawn (ink), not a .notdef box (ink only on its
// outline), and the rare one as tall as its neighbours and on their baseline.
func checkName(t *testing.T, doc, name string, page *image.Gray, b box) {
	t.Helper()
	r := image.Rect(mmToPx(b.x), mmToPx(b.y), mmToPx(b.x+b.w), mmToPx(b.y+b.h)).Intersect(page.Bounds())
	ink := func(x, y int) bool { return page.GrayAt(x, y).Y < 128 }
	x0, x1 := r.Max.X, r.Min.X
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if ink(x, y) {
				x0, x1 = min(x0, x), max(x1, x)
			}
		}
	}
	if x0 > x1 {
		t.Errorf("%s: %s printed nothing", doc, name)
		return
	}
	runes := []rune(name)
	if !personname.IsHan(runes[1]) || utf8.RuneLen(runes[1]) < 3 || len(runes) != 3 {
		// The minority name: all ordinary characters; check it is all there.
		if n := x1 - x0; n < mmToPx(4)*len(runes)/2 {
			t.Errorf("%s: %s is only %d px wide", doc, name, n)
		}
		return
	}
	em := float64(x1-x0+1) / float64(len(runes))
	type slot struct{ top, bottom, pixels, inner int }
	slots := make([]slot, len(runes))
	for i := range runes {
		sx0, sx1 := x0+int(float64(i)*em), x0+int(float64(i+1)*em)
		s := slot{top: r.Max.Y, bottom: r.Min.Y}
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := sx0; x < sx1; x++ {
				if ink(x, y) {
					s.top, s.bottom = min(s.top, y), max(s.bottom, y)
					s.pixels++
				}
			}
		}
		// Ink well inside the slot: a .notdef box has none.
		for y := s.top + 3; y < s.bottom-2; y++ {
			for x := sx0 + int(em*0.2); x < sx1-int(em*0.2); x++ {
				if ink(x, y) {
					s.inner++
				}
			}
		}
		slots[i] = s
	}
	rare := slots[1]
	c := runes[1]
	if rare.pixels == 0 {
		t.Errorf("%s: %s: %c (U+%04X) is blank", doc, name, c, c)
		return
	}
	if rare.inner == 0 {
		t.Errorf("%s: %s: %c (U+%04X) is an empty box", doc, name, c, c)
	}
	for _, n := range []slot{slots[0], slots[2]} {
		h, nh := rare.bottom-rare.top, n.bottom-n.top
		if float64(h) < 0.7*float64(nh) || float64(h) > 1.3*float64(nh) {
			t.Errorf("%s: %s: %c (U+%04X) is %d px tall, its neighbour %d px", doc, name, c, c, h, nh)
		}
		if d := rare.bottom - n.bottom; float64(abs(d)) > 0.2*em {
			t.Errorf("%s: %s: %c (U+%04X) sits %d px off its neighbour's baseline (em %.0f px)", doc, name, c, c, d, em)
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func loadPNG(t *testing.T, path string) *image.Gray {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	g := image.NewGray(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			g.Set(x, y, img.At(x, y))
		}
	}
	return g
}

// keep writes the document to $TRAININGDESK_KEEP_PDF, for looking at it.
func keep(t *testing.T, name string, b []byte) {
	if dir := os.Getenv("TRAININGDESK_KEEP_PDF"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The claim and filing papers (Document) take rare names too: before
// outlines, a name above U+FFFF reached gofpdf and the whole paper failed.
func TestDocumentPrintsRareNames(t *testing.T) {
	d := Doc{Title: "培训学员花名册", Lines: []string{"培训机构：某学校"},
		Columns: []Column{{Title: "序号", Weight: 1}, {Title: "姓名", Weight: 3}}, Stamp: "申请单位（盖章）"}
	for i, name := range rareClass {
		d.Rows = append(d.Rows, []string{string(rune('1' + i)), name})
	}
	d.Paragraphs = []string{"学员王𠮷华、李㐀明已完成培训。"}
	var buf bytes.Buffer
	if err := Document(&buf, d); err != nil {
		t.Fatal(err)
	}
	text := squeeze(pdfText(t, buf.Bytes()))
	for _, want := range []string{"王", "华", "阿依古丽", "买买提", "已完成培训"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q missing from the text layer", want)
		}
	}
}
