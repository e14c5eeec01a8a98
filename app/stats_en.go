package app

import (
	"fmt"
	"strconv"
	"strings"

	"trainingdesk/outcome"
	"trainingdesk/training"
)

// figureText is a figure's value line in the UI's language: outcome's own
// Chinese text, or the same parts in English.
func (s *StatsScreen) figureText(f outcome.Figure) string {
	if s.u.lang != "en" {
		return f.Text()
	}
	num := func(v float64) string {
		return strings.TrimSuffix(strings.TrimRight(strconv.FormatFloat(v, 'f', 1, 64), "0"), ".")
	}
	var b strings.Builder
	switch {
	case f.Pending:
		fmt.Fprintf(&b, "pending (window closes %s; so far %s / %s)", f.Closes.Format(training.DateLayout), num(f.Num), num(f.Den))
	case f.Value == nil:
		b.WriteString("none (nobody to count)")
	case f.Ratio:
		fmt.Fprintf(&b, "%.1f (%s ÷ %s)", *f.Value, num(f.Num), num(f.Den))
	default:
		fmt.Fprintf(&b, "%.1f%% (%s ÷ %s)", *f.Value*100, num(f.Num), num(f.Den))
	}
	if f.Target > 0 {
		if f.Ratio {
			fmt.Fprintf(&b, ", target ≥ %g", f.Target)
		} else {
			fmt.Fprintf(&b, ", target ≥ %g%%", f.Target*100)
		}
		if f.Value != nil && !f.Pending {
			if f.Met() {
				b.WriteString(" met")
			} else {
				b.WriteString(" not met")
			}
		}
	}
	if !f.Pending && f.Open > 0 {
		fmt.Fprintf(&b, " (%d more classes count after %s)", f.Open, f.Closes.Format(training.DateLayout))
	}
	return b.String()
}
