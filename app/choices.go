package app

import "fyne.io/fyne/v2/widget"

// A choice list (Select, RadioGroup, CheckGroup) shows its Chinese values in
// the UI's language; the code and the store keep the Chinese values. The
// words come from the one English table (wording_en.go).

// Ts is T of every text of a list.
func (u *UI) Ts(zh []string) []string {
	out := make([]string, len(zh))
	for i, s := range zh {
		out[i] = u.T(s)
	}
	return out
}

// valueOf turns a shown choice back into its Chinese value among values
// (the shown text itself when it is none of them: data, or Chinese mode).
func (u *UI) valueOf(shown string, values []string) string {
	if u.lang != "en" {
		return shown
	}
	for _, v := range values {
		if u.T(v) == shown {
			return v
		}
	}
	return shown
}

// valuesOf is valueOf of every picked choice of a CheckGroup.
func (u *UI) valuesOf(shown []string, values []string) []string {
	out := make([]string, len(shown))
	for i, s := range shown {
		out[i] = u.valueOf(s, values)
	}
	return out
}

// newChoice is a drop-down that may show nothing chosen, asking in the UI's
// language: Fyne's own placeholder, "(Select one)", is English in every
// language. (Fyne sizes a select by its placeholder, so a drop-down that
// always holds a choice and sits in a row of buttons keeps the default: it
// never shows it, and a short 请选择 would cut its choices to "…".)
func (u *UI) newChoice(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = u.T("请选择")
	return s
}
