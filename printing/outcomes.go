package printing

import (
	"fmt"
	"io"
	"strconv"

	"github.com/jung-kurt/gofpdf"

	"trainingdesk/outcome"
)

// OutcomeData is a one-page 培训成效报告 of a class or a year: the figures as
// bars against their target lines, and for a year the class-by-class table.
type OutcomeData struct {
	Institution string
	Title       string // e.g. "DEMO-2026-01 电工班" or "2026 年结业的班级"
	Total       outcome.Scorecard
	Classes     []OutcomeClass // a year's classes; empty for one class
}

// OutcomeClass is one row of the class table.
type OutcomeClass struct {
	Code, Name, Type, End string
	Score                 outcome.Scorecard
}

// maxOutcomeRows keeps the report on one page; the rest are counted.
const maxOutcomeRows = 16

// OutcomeReport writes the one-page report.
func OutcomeReport(w io.Writer, d OutcomeData) error {
	if err := checkAll("培训机构", d.Institution, "报告范围", d.Title); err != nil {
		return err
	}
	for _, c := range d.Classes {
		if err := checkAll("班级名称", c.Code+c.Name+c.Type); err != nil {
			return err
		}
	}
	return render(w, "P", func(pdf *gofpdf.Fpdf) error {
		pdf.SetTitle("培训成效报告 "+d.Title, true)
		pdf.AddPage()
		pdf.SetTextColor(20, 20, 20)
		pdf.SetFontSize(20)
		spaced(pdf, 105, sheetMargin+8, "培训成效报告", 3)
		y := float64(sheetMargin + 13)
		textBox(pdf, sheetMargin, y, sheetWidth, 7, d.Institution+"　·　"+d.Title, 11, 8, 1, "C")
		y += 7
		sc := d.Total
		textBox(pdf, sheetMargin, y, sheetWidth, 6, "截至 "+cnDate(sc.AsOf), 10, 8, 1, "C")
		y += 9
		counts := fmt.Sprintf("报名 %d 人　退学 %d 人　结业 %d 人　合格 %d 人　取得证书 %d 人　就业 %d 人",
			sc.Enrolled, sc.Withdrawn, sc.Completed, sc.Passed, sc.Certified, sc.Employed)
		if sc.Startup {
			counts += fmt.Sprintf("　开业 %d 户", sc.Businesses6m)
		}
		textBox(pdf, sheetMargin, y, sheetWidth, 7, counts, 11, 8, 1, "L")
		y += 10
		y = outcomeBars(pdf, sc, y)
		if len(d.Classes) > 0 {
			outcomeTable(pdf, d.Classes, y+4)
		}
		pdf.SetFontSize(8)
		pdf.SetTextColor(90, 90, 90)
		textBox(pdf, sheetMargin, 297-sheetMargin-12, sheetWidth, 12,
			"口径：结业人数＝报名－退学；合格率＝合格÷结业；就业率＝结业后规定月数内就业（含灵活就业、自主创业，按地区设置）且有证明材料者÷结业人数；"+
				"统计期未满的指标标为“待定”并注明截止日期，不按 0% 计；多个班级合计时只计统计期已满的班级。虚线为目标值。", 8, 6, 2, "L")
		return nil
	})
}

// outcomeBars draws one bar per figure against its target line; a pending
// figure is a grey outline with the day its window closes.
func outcomeBars(pdf *gofpdf.Fpdf, sc outcome.Scorecard, y float64) float64 {
	const labelW, barW, valueW, barH, gap = 34.0, 92.0, 54.0, 6.5, 3.5
	x0 := sheetMargin + labelW
	pdf.SetFontSize(10)
	for _, f := range sc.Figures {
		if f.NA {
			continue
		}
		scale := 1.0 // rates fill the bar at 100 %
		if f.Ratio {
			scale = max(f.Target*2, 1)
			if f.Value != nil && *f.Value > scale {
				scale = *f.Value
			}
		}
		pdf.SetTextColor(20, 20, 20)
		textBox(pdf, sheetMargin, y, labelW-2, barH, f.Label, 10, 7, 1, "R")
		pdf.SetDrawColor(150, 150, 150)
		pdf.SetLineWidth(0.2)
		pdf.SetFillColor(245, 245, 245)
		pdf.Rect(x0, y, barW, barH, "FD")
		var value string
		switch {
		case f.Pending:
			pdf.SetTextColor(120, 120, 120)
			value = "待定，至 " + f.Closes.Format("2006-01-02") + " 截止"
		case f.Value == nil:
			pdf.SetTextColor(120, 120, 120)
			value = "无可统计人数"
		default:
			v := min(*f.Value/scale, 1)
			if f.Met() {
				pdf.SetFillColor(46, 125, 50)
			} else {
				pdf.SetFillColor(198, 40, 40)
			}
			if v > 0 {
				pdf.Rect(x0, y, barW*v, barH, "F")
			}
			pdf.SetTextColor(20, 20, 20)
			value = formatFigure(f)
		}
		if f.Target > 0 {
			tx := x0 + barW*min(f.Target/scale, 1)
			pdf.SetDrawColor(20, 20, 20)
			pdf.SetLineWidth(0.5)
			pdf.SetDashPattern([]float64{1, 0.8}, 0)
			pdf.Line(tx, y-1.2, tx, y+barH+1.2)
			pdf.SetDashPattern([]float64{}, 0)
		}
		textBox(pdf, x0+barW+2, y, valueW, barH, value, 9, 7, 1, "L")
		y += barH + gap
	}
	return y
}

func formatFigure(f outcome.Figure) string {
	n := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	if f.Ratio {
		return fmt.Sprintf("%.1f（%s÷%s）目标 %s", *f.Value, n(f.Num), n(f.Den), n(f.Target))
	}
	s := fmt.Sprintf("%.1f%%（%s÷%s）", *f.Value*100, n(roundTo(f.Num)), n(f.Den))
	if f.Target > 0 {
		s += " 目标 " + n(f.Target*100) + "%"
	}
	if f.Open > 0 {
		s += fmt.Sprintf("，%d 班未计入", f.Open)
	}
	return s
}

func roundTo(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 1, 64), 64)
	return r
}

// outcomeTable is the class-by-class table of a year report.
func outcomeTable(pdf *gofpdf.Fpdf, classes []OutcomeClass, y float64) {
	cols := []struct {
		title string
		w     float64
	}{{"班级编号", 28}, {"班级名称", 52}, {"结业日期", 22}, {"结业", 12}, {"合格率", 20}, {"就业率", 22}, {"6个月开业率", 24}}
	pdf.SetFillColor(235, 235, 235)
	pdf.SetDrawColor(60, 60, 60)
	pdf.SetLineWidth(0.2)
	pdf.SetTextColor(20, 20, 20)
	const rowH = 7.0
	x := float64(sheetMargin)
	for _, c := range cols {
		pdf.Rect(x, y, c.w, rowH, "FD")
		textBox(pdf, x, y, c.w, rowH, c.title, 9, 7, 1, "C")
		x += c.w
	}
	rate := func(f outcome.Figure) string {
		switch {
		case f.NA:
			return "—"
		case f.Pending:
			return "待定"
		case f.Value == nil:
			return "无"
		}
		return fmt.Sprintf("%.1f%%", *f.Value*100)
	}
	for i, c := range classes {
		y += rowH
		if i == maxOutcomeRows {
			textBox(pdf, sheetMargin, y, 180, rowH, fmt.Sprintf("另有 %d 个班级未列出（见“统计”界面或按班级打印）", len(classes)-i), 9, 7, 1, "L")
			return
		}
		cells := []string{c.Code, c.Name, c.End, strconv.Itoa(c.Score.Completed), rate(c.Score.Get(outcome.KeyPassRate)),
			rate(c.Score.Get(outcome.KeyEmploymentRate)), rate(c.Score.Get(outcome.KeyBusinessRate6m))}
		x = sheetMargin
		for j, col := range cols {
			pdf.Rect(x, y, col.w, rowH, "D")
			align := "C"
			if j == 1 {
				align = "L"
			}
			textBox(pdf, x+1, y, col.w-2, rowH, cells[j], 9, 6, 1, align)
			x += col.w
		}
	}
}
