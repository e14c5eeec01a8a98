package outcome

import (
	"fmt"
	"strconv"
	"strings"

	"trainingdesk/training"
)

// Text is the figure as a clerk reads it: value, numerator ÷
// denominator, target, or pending with the day its window closes.
func (f Figure) Text() string {
	num := func(v float64) string {
		return strings.TrimSuffix(strings.TrimRight(strconv.FormatFloat(v, 'f', 1, 64), "0"), ".")
	}
	var b strings.Builder
	switch {
	case f.Pending:
		fmt.Fprintf(&b, "待定（统计期至 %s 截止；目前 %s / %s）", f.Closes.Format(training.DateLayout), num(f.Num), num(f.Den))
	case f.Value == nil:
		b.WriteString("无（没有可统计的人数）")
	case f.Ratio:
		fmt.Fprintf(&b, "%.1f（%s ÷ %s）", *f.Value, num(f.Num), num(f.Den))
	default:
		fmt.Fprintf(&b, "%.1f%%（%s ÷ %s）", *f.Value*100, num(f.Num), num(f.Den))
	}
	if f.Target > 0 {
		if f.Ratio {
			fmt.Fprintf(&b, "，目标 ≥ %g", f.Target)
		} else {
			fmt.Fprintf(&b, "，目标 ≥ %g%%", f.Target*100)
		}
		if f.Value != nil && !f.Pending {
			if f.Met() {
				b.WriteString(" 达标")
			} else {
				b.WriteString(" 未达标")
			}
		}
	}
	b.WriteString(f.OpenNote())
	return b.String()
}

// OpenNote says which classes a figure of several does not count yet.
func (f Figure) OpenNote() string {
	if f.Pending || f.Open == 0 {
		return ""
	}
	return fmt.Sprintf("（另有 %d 个班级统计期未满，%s 后计入）", f.Open, f.Closes.Format(training.DateLayout))
}
