package app

import (
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/training"
)

// Columns are as wide as the longest text they must show whole, measured
// in the UI's font and language (fyne measures through the label itself),
// never narrower than their designed width.

// longNames are names a name column shows whole: minority names with the
// middle dot run to 11 characters.
var longNames = []string{"阿依古丽·买买提", "阿卜杜热合曼·买买提明"}

// labelWidth is the width a label needs to show s whole (bold: a heading).
func labelWidth(s string, bold bool) float32 {
	l := widget.NewLabel(s)
	l.TextStyle.Bold = bold
	return l.MinSize().Width
}

// fitWidth is w widened to show heading (bold) and every text whole, with
// fitSlack to spare: an exact fit measured in floats is cut to "…" once the
// screen rounds it to pixels.
func fitWidth(w float32, heading string, texts ...string) float32 {
	w = max(w, labelWidth(heading, true)+fitSlack)
	for _, t := range texts {
		w = max(w, labelWidth(t, false)+fitSlack)
	}
	return w
}

const fitSlack = 6

// selectWidth is the width a select needs to show each of texts whole.
func selectWidth(texts []string) float32 {
	w := float32(0)
	for _, t := range texts {
		s := widget.NewSelect([]string{t}, nil)
		s.SetSelected(t)
		w = max(w, s.MinSize().Width)
	}
	return w
}

// longest is the text with the most characters (measured instead of all
// of a long list: one measurement, whatever the class size).
func longest(texts []string) string {
	best, n := "", 0
	for _, t := range texts {
		if c := len([]rune(t)); c > n {
			best, n = t, c
		}
	}
	return best
}

// fitCol widens column i of a row layout for heading and texts (a cell is
// cellGap narrower than its column).
func (c fixedCols) fitCol(i int, heading string, texts ...string) {
	c[i] = max(c[i], fitWidth(0, heading, texts...)+cellGap)
}

// fitColumns sizes the roster's columns: the name column for long names and
// the longest name of list, the category column for every category, the
// headings in the UI's language.
func (s *RosterScreen) fitColumns(list []training.Trainee) {
	names := make([]string, len(list))
	for i, t := range list {
		names[i] = t.Name()
	}
	for i, c := range rosterColumns {
		var texts []string
		switch i {
		case 0:
			texts = append(longNames, longest(names))
		case 4:
			texts = s.u.Ts(s.Form.categories())
		}
		if w := fitWidth(c.width, s.u.T(c.title), texts...); w != s.widths[i] {
			s.widths[i] = w
			s.Table.SetColumnWidth(i, w)
		}
	}
}

// sampleDate is the widest date a column shows (0 and 2 are wide digits).
const sampleDate = "2020-02-20"

// dateEntryWidth is the width of a date entry with its calendar button.
func dateEntryWidth() float32 {
	return labelWidth(sampleDate, false) + theme.IconInlineSize() + 3*theme.InnerPadding()
}
