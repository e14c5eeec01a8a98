package printing

import (
	"sync"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Every string on every page is drawn through DrawText or DrawCell: runs
// gofpdf can set go into the text layer; every other character (above
// U+FFFF, or missing from the main font) is drawn as a filled vector
// outline from a fallback font, at the current size on the same baseline, so
// 王𠮷 reads as one name. Such characters are absent from the text layer
// (copying the name out of the PDF loses them); the printed page has them.

// fauxBold marks documents currently drawing with text rendering mode 2
// (fill + stroke), so outlines are stroked the same way.
var fauxBold sync.Map // *gofpdf.Fpdf → bool

func setFauxBold(pdf *gofpdf.Fpdf, on bool) {
	if on {
		pdf.SetTextRenderingMode(2)
		fauxBold.Store(pdf, true)
	} else {
		pdf.SetTextRenderingMode(0)
		fauxBold.Delete(pdf)
	}
}

// allSettable reports whether gofpdf can set all of s with the main font.
func allSettable(s string) bool {
	t := loadFont()
	for _, r := range s {
		if !t.hasGlyph(r) {
			return false
		}
	}
	return true
}

// TextWidth is the width of s (mm) at the current font size.
func TextWidth(pdf *gofpdf.Fpdf, s string) float64 {
	if allSettable(s) {
		return pdf.GetStringWidth(s)
	}
	w := 0.0
	for _, r := range s {
		w += runeWidth(pdf, r)
	}
	return w
}

func runeWidth(pdf *gofpdf.Fpdf, r rune) float64 {
	settable, f, g := glyphFor(r)
	if settable {
		return pdf.GetStringWidth(string(r))
	}
	_, size := pdf.GetFontSize()
	if f == nil {
		return size // an unprintable character keeps its place (CheckPrintable refuses it first)
	}
	var buf sfnt.Buffer
	adv, err := f.f.GlyphAdvance(&buf, g, fixed.Int26_6(f.upem*64), 0)
	if err != nil {
		return size
	}
	return float64(adv) / 64 / f.upem * size
}

// DrawText draws s with its left end at x on the baseline y (mm), in the
// current font size and text colour. It is the one way text reaches a page.
func DrawText(pdf *gofpdf.Fpdf, x, baseline float64, s string) {
	if allSettable(s) {
		pdf.Text(x, baseline, s)
		return
	}
	run := []rune{}
	flush := func() {
		if len(run) > 0 {
			pdf.Text(x, baseline, string(run))
			x += pdf.GetStringWidth(string(run))
			run = run[:0]
		}
	}
	for _, r := range s {
		settable, f, g := glyphFor(r)
		if settable {
			run = append(run, r)
			continue
		}
		flush()
		if f != nil {
			drawOutline(pdf, f, g, x, baseline)
		}
		x += runeWidth(pdf, r)
	}
	flush()
}

// DrawCell draws s in the box (x, y, w, h) vertically centred and aligned
// "L", "C" or "R", exactly where gofpdf's CellFormat would put it.
func DrawCell(pdf *gofpdf.Fpdf, x, y, w, h float64, s, align string) {
	if allSettable(s) {
		pdf.SetXY(x, y)
		pdf.CellFormat(w, h, s, "", 0, align+"M", false, 0, "")
		return
	}
	tw := TextWidth(pdf, s)
	dx := pdf.GetCellMargin()
	switch align {
	case "C":
		dx = (w - tw) / 2
	case "R":
		dx = w - pdf.GetCellMargin() - tw
	}
	_, size := pdf.GetFontSize()
	DrawText(pdf, x+dx, y+h/2+0.3*size, s)
	pdf.SetXY(x+w, y)
}

// drawOutline fills glyph g of f with its left side bearing point at x on
// the baseline, scaled to the current font size.
func drawOutline(pdf *gofpdf.Fpdf, f *outlineFont, g sfnt.GlyphIndex, x, baseline float64) {
	var buf sfnt.Buffer
	// ppem = units per em: coordinates come back in font units (26.6),
	// y growing downwards as on the page.
	segs, err := f.f.LoadGlyph(&buf, g, fixed.Int26_6(f.upem*64), nil)
	if err != nil || len(segs) == 0 {
		return
	}
	_, size := pdf.GetFontSize()
	k := size / f.upem / 64
	px := func(p fixed.Point26_6) (float64, float64) {
		return x + float64(p.X)*k, baseline + float64(p.Y)*k
	}
	fr, fg, fb := pdf.GetFillColor()
	tr, tg, tb := pdf.GetTextColor()
	pdf.SetFillColor(tr, tg, tb)
	open := false
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			if open {
				pdf.ClosePath()
			}
			pdf.MoveTo(px(s.Args[0]))
			open = true
		case sfnt.SegmentOpLineTo:
			pdf.LineTo(px(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			cx, cy := px(s.Args[0])
			ex, ey := px(s.Args[1])
			pdf.CurveTo(cx, cy, ex, ey)
		case sfnt.SegmentOpCubeTo:
			c1x, c1y := px(s.Args[0])
			c2x, c2y := px(s.Args[1])
			ex, ey := px(s.Args[2])
			pdf.CurveBezierCubicTo(c1x, c1y, c2x, c2y, ex, ey)
		}
	}
	if open {
		pdf.ClosePath()
	}
	if _, bold := fauxBold.Load(pdf); bold {
		pdf.DrawPath("FD") // nonzero fill, as TrueType outlines need, then the faux-bold stroke
	} else {
		pdf.DrawPath("F")
	}
	pdf.SetFillColor(fr, fg, fb)
}
