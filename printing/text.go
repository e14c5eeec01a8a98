package printing

import (
	"strconv"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// ptToMM converts a font size in points to millimetres.
const ptToMM = 25.4 / 72

// wrapRunes breaks s into lines no wider than width (mm) at the current font
// size, measuring rune by rune: gofpdf's own splitting can cut UTF-8 text.
// CJK text has no spaces, so any rune boundary is a legal break; a closing
// punctuation mark is kept with the rune before it.
func wrapRunes(pdf *gofpdf.Fpdf, s string, width float64) []string {
	var lines []string
	var line []rune
	lineW := 0.0
	for _, r := range s {
		rw := runeWidth(pdf, r)
		if len(line) > 0 && lineW+rw > width {
			keep := 0
			if isClosing(r) && len(line) > 1 {
				keep = 1 // carry the last rune down with the punctuation
			}
			lines = append(lines, string(line[:len(line)-keep]))
			line = append([]rune(nil), line[len(line)-keep:]...)
			lineW = TextWidth(pdf, string(line))
		}
		line = append(line, r)
		lineW += rw
	}
	if len(line) > 0 || len(lines) == 0 {
		lines = append(lines, string(line))
	}
	return lines
}

func isClosing(r rune) bool {
	switch r {
	case '，', '。', '、', '；', '：', '）', '》', '」', '”', ')', ',', '.', ';', ':':
		return true
	}
	return false
}

// fitLines finds the largest size from size down to minSize at which s fits
// in maxLines lines of width; below minSize it keeps wrapping at minSize,
// using as many lines as needed (never dropping text).
func fitLines(pdf *gofpdf.Fpdf, s string, width, size, minSize float64, maxLines int) ([]string, float64) {
	for sz := size; ; sz -= 0.5 {
		if sz < minSize {
			sz = minSize
		}
		pdf.SetFontSize(sz)
		lines := wrapRunes(pdf, s, width)
		if len(lines) <= maxLines || sz <= minSize {
			return lines, sz
		}
	}
}

// textBox draws s wrapped in the box (x, y, w, h), lines vertically centred,
// aligned "L", "C" or "R"; it shrinks the size to fit maxLines.
func textBox(pdf *gofpdf.Fpdf, x, y, w, h float64, s string, size, minSize float64, maxLines int, align string) {
	if minSize <= 0 || minSize > size {
		minSize = size
	}
	if maxLines < 1 {
		maxLines = 1
	}
	lines, sz := fitLines(pdf, s, w, size, minSize, maxLines)
	lineH := sz * ptToMM * 1.35
	top := y + (h-lineH*float64(len(lines)))/2
	for i, line := range lines {
		DrawCell(pdf, x, top+lineH*float64(i), w, lineH, line, align)
	}
}

// spaced draws s centred on cx with extra letter spacing (mm), for titles.
func spaced(pdf *gofpdf.Fpdf, cx, baseline float64, s string, spacing float64) {
	runes := []rune(s)
	total := TextWidth(pdf, s) + spacing*float64(len(runes)-1)
	x := cx - total/2
	for _, r := range runes {
		DrawText(pdf, x, baseline, string(r))
		x += runeWidth(pdf, r) + spacing
	}
}

// cnDate is how dates read on Chinese forms: 2024年5月1日.
func cnDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return strconv.Itoa(t.Year()) + "年" + strconv.Itoa(int(t.Month())) + "月" + strconv.Itoa(t.Day()) + "日"
}

func hours(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }
