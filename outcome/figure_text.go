package outcome

import (
	"fmt"
	"strconv"
	"strings"

	"trainingdesk/training"
)

// FigureWords are the words of a figure's text in one language; the GUI's
// English mode passes its own, so both read the same parts in one order.
type FigureWords struct {
	Pending       string // closing day, numerator, denominator
	None          string
	Ratio         string // value, numerator, denominator
	Percent       string // value in %, numerator, denominator
	TargetRatio   string // target
	TargetPercent string // target in %
	Met, NotMet   string
	Open          string // classes still open, the day they count
}

// ChineseFigureWords are the clerk's words (reports, PDFs, the GUI).
var ChineseFigureWords = FigureWords{
	Pending:       "待定（统计期至 %s 截止；目前 %s / %s）",
	None:          "无（没有可统计的人数）",
	Ratio:         "%.1f（%s ÷ %s）",
	Percent:       "%.1f%%（%s ÷ %s）",
	TargetRatio:   "，目标 ≥ %g",
	TargetPercent: "，目标 ≥ %g%%",
	Met:           " 达标",
	NotMet:        " 未达标",
	Open:          "（另有 %d 个班级统计期未满，%s 后计入）",
}

// Text is the figure as a clerk reads it: value, numerator ÷
// denominator, target, or pending with the day its window closes.
func (f Figure) Text() string { return f.TextIn(ChineseFigureWords) }

// TextIn is Text in the words given.
func (f Figure) TextIn(w FigureWords) string {
	num := func(v float64) string {
		return strings.TrimSuffix(strings.TrimRight(strconv.FormatFloat(v, 'f', 1, 64), "0"), ".")
	}
	var b strings.Builder
	switch {
	case f.Pending:
		fmt.Fprintf(&b, w.Pending, f.Closes.Format(training.DateLayout), num(f.Num), num(f.Den))
	case f.Value == nil:
		b.WriteString(w.None)
	case f.Ratio:
		fmt.Fprintf(&b, w.Ratio, *f.Value, num(f.Num), num(f.Den))
	default:
		fmt.Fprintf(&b, w.Percent, *f.Value*100, num(f.Num), num(f.Den))
	}
	if f.Target > 0 {
		if f.Ratio {
			fmt.Fprintf(&b, w.TargetRatio, f.Target)
		} else {
			fmt.Fprintf(&b, w.TargetPercent, f.Target*100)
		}
		if f.Value != nil && !f.Pending {
			if f.Met() {
				b.WriteString(w.Met)
			} else {
				b.WriteString(w.NotMet)
			}
		}
	}
	b.WriteString(f.openNote(w))
	return b.String()
}

// OpenNote says which classes a figure of several does not count yet.
func (f Figure) OpenNote() string { return f.openNote(ChineseFigureWords) }

func (f Figure) openNote(w FigureWords) string {
	if f.Pending || f.Open == 0 {
		return ""
	}
	return fmt.Sprintf(w.Open, f.Open, f.Closes.Format(training.DateLayout))
}
