package printing

import (
	"fmt"
	"io"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// Doc is one paper of the claim and filing packages (补贴申请表, 花名册,
// 课程表, 考核方案 …): a title, header lines, then any of a table, free
// paragraphs, closing lines, a checklist to tick and a stamp area. Rows run
// on as many pages as they need, the table header repeated on each.
type Doc struct {
	Title      string
	Landscape  bool
	Lines      []string // under the title: institution, class …
	Columns    []Column
	Rows       [][]string
	Paragraphs []string // free text (考核方案)
	Closing    []string // after the table: totals, notes
	Checklist  []string // paper documents, each with a box to tick
	Stamp      string   // e.g. "申请单位（盖章）"; "" for no stamp area
}

// Column is a table column; Weight shares the page width.
type Column struct {
	Title  string
	Weight float64
	Align  string // "L", "C" (default) or "R"
}

const (
	docMargin = 15.0
	docRowPad = 1.6
	docSize   = 9.5 // table text (pt)
)

// Document writes d as a PDF. Every text is checked first, so a character
// the font cannot print is refused with the field named, never drawn wrong.
func Document(w io.Writer, d Doc) error {
	if err := checkDoc(d); err != nil {
		return err
	}
	orient, pageW, pageH := "P", 210.0, 297.0
	if d.Landscape {
		orient, pageW, pageH = "L", 297.0, 210.0
	}
	return render(w, orient, func(pdf *gofpdf.Fpdf) error {
		pdf.SetTitle(d.Title, true)
		l := &docLayout{pdf: pdf, d: d, width: pageW - 2*docMargin, bottom: pageH - docMargin - 8, pageW: pageW, pageH: pageH}
		l.page()
		l.header()
		if len(d.Columns) > 0 {
			l.table()
		}
		for _, p := range d.Paragraphs {
			l.paragraph(p, 11)
		}
		for _, c := range d.Closing {
			l.paragraph(c, 11)
		}
		if len(d.Checklist) > 0 {
			l.checklist()
		}
		if d.Stamp != "" {
			l.stamp()
		}
		return nil
	})
}

func checkDoc(d Doc) error {
	if err := checkAll("标题", d.Title, "盖章栏", d.Stamp); err != nil {
		return err
	}
	for _, group := range [][]string{d.Lines, d.Paragraphs, d.Closing, d.Checklist} {
		for _, s := range group {
			if err := checkPrintableAt(d.Title, s); err != nil {
				return err
			}
		}
	}
	for _, c := range d.Columns {
		if err := checkPrintableAt(d.Title, c.Title); err != nil {
			return err
		}
	}
	for i, r := range d.Rows {
		if len(r) != len(d.Columns) {
			return fmt.Errorf("%s：第 %d 行有 %d 列，表头有 %d 列", d.Title, i+1, len(r), len(d.Columns))
		}
		for j, s := range r {
			if err := checkPrintableAt(fmt.Sprintf("%s 第 %d 行 %s", d.Title, i+1, d.Columns[j].Title), s); err != nil {
				return err
			}
		}
	}
	return nil
}

type docLayout struct {
	pdf              *gofpdf.Fpdf
	d                Doc
	y, width, bottom float64
	pageW, pageH     float64
	pageNo           int
	widths           []float64
	inTable          bool
}

func (l *docLayout) page() {
	l.pdf.AddPage()
	l.pageNo++
	l.y = docMargin
	l.pdf.SetTextColor(20, 20, 20)
	l.pdf.SetFontSize(9)
	DrawCell(l.pdf, docMargin, l.pageH-docMargin-4, l.width, 5, fmt.Sprintf("%s　第 %d 页", l.d.Title, l.pageNo), "C")
	if l.pageNo > 1 {
		l.pdf.SetFontSize(10)
		DrawCell(l.pdf, docMargin, l.y, l.width, 6, l.d.Title+"（续）", "L")
		l.y += 8
		if l.inTable {
			l.tableHead()
		}
	}
}

// need starts a new page unless h more millimetres fit.
func (l *docLayout) need(h float64) {
	if l.y+h > l.bottom {
		l.page()
	}
}

func (l *docLayout) header() {
	l.pdf.SetFontSize(18)
	spaced(l.pdf, l.pageW/2, l.y+8, l.d.Title, 1.5)
	l.y += 14
	for _, line := range l.d.Lines {
		l.paragraph(line, 10.5)
	}
	l.y += 2
}

// paragraph draws wrapped text across the page width at size pt.
func (l *docLayout) paragraph(s string, size float64) {
	l.pdf.SetFontSize(size)
	lineH := size * ptToMM * 1.5
	for _, part := range strings.Split(s, "\n") {
		for _, line := range wrapRunes(l.pdf, part, l.width) {
			l.need(lineH)
			DrawCell(l.pdf, docMargin, l.y, l.width, lineH, line, "L")
			l.y += lineH
		}
	}
}

func (l *docLayout) table() {
	total := 0.0
	for _, c := range l.d.Columns {
		total += c.Weight
	}
	l.widths = make([]float64, len(l.d.Columns))
	for i, c := range l.d.Columns {
		l.widths[i] = l.width * c.Weight / total
	}
	l.need(20)
	l.inTable = true
	l.tableHead()
	l.pdf.SetFontSize(docSize)
	lineH := docSize * ptToMM * 1.3
	for _, row := range l.d.Rows {
		l.pdf.SetFontSize(docSize)
		cells := make([][]string, len(row))
		n := 1
		for i, s := range row {
			cells[i] = wrapRunes(l.pdf, s, l.widths[i]-2)
			n = max(n, len(cells[i]))
		}
		h := float64(n)*lineH + 2*docRowPad
		l.need(h)
		l.pdf.SetFontSize(docSize)
		x := docMargin
		for i, lines := range cells {
			l.pdf.Rect(x, l.y, l.widths[i], h, "D")
			align := l.d.Columns[i].Align
			if align == "" {
				align = "C"
			}
			top := l.y + (h-float64(len(lines))*lineH)/2
			for j, line := range lines {
				DrawCell(l.pdf, x+1, top+float64(j)*lineH, l.widths[i]-2, lineH, line, align)
			}
			x += l.widths[i]
		}
		l.y += h
	}
	l.inTable = false
	l.y += 3
}

func (l *docLayout) tableHead() {
	l.pdf.SetDrawColor(40, 40, 40)
	l.pdf.SetLineWidth(0.25)
	l.pdf.SetFillColor(232, 232, 232)
	l.pdf.SetFontSize(docSize)
	h := 8.0
	x := docMargin
	for i, c := range l.d.Columns {
		l.pdf.Rect(x, l.y, l.widths[i], h, "FD")
		textBox(l.pdf, x+0.5, l.y, l.widths[i]-1, h, c.Title, docSize, 6, 2, "C")
		x += l.widths[i]
	}
	l.y += h
}

func (l *docLayout) checklist() {
	l.y += 2
	l.pdf.SetFontSize(11)
	lineH := 11 * ptToMM * 1.8
	for _, item := range l.d.Checklist {
		l.need(lineH)
		l.pdf.SetLineWidth(0.3)
		l.pdf.Rect(docMargin+1, l.y+lineH/2-1.8, 3.6, 3.6, "D")
		DrawCell(l.pdf, docMargin+7, l.y, l.width-7, lineH, item, "L")
		l.y += lineH
	}
}

func (l *docLayout) stamp() {
	l.need(48)
	l.y += 8
	x := docMargin + l.width*0.55
	l.pdf.SetFontSize(11)
	DrawCell(l.pdf, x, l.y, l.width*0.45, 7, l.d.Stamp+"：", "L")
	l.pdf.SetDrawColor(150, 150, 150)
	l.pdf.SetDashPattern([]float64{1.2, 1}, 0)
	l.pdf.Circle(x+28, l.y+22, 15, "D")
	l.pdf.SetDashPattern(nil, 0)
	l.pdf.SetDrawColor(40, 40, 40)
	DrawCell(l.pdf, x, l.y+38, l.width*0.45, 7, "日期：　　　　年　　月　　日", "L")
	l.y += 46
}
