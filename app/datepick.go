package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/training"
)

// withCalendar gives a date entry a calendar button: the picked day is
// typed in as YYYY-MM-DD, so the entry's own checks run as for a typed
// date, and typing stays the fast way. (Fyne's DateEntry would write and
// read dates in the system locale's format and replace the entry's
// validator; the app's dates are ISO everywhere.)
func withCalendar(e *widget.Entry) {
	var pop *widget.PopUp
	btn := widget.NewButtonWithIcon("", theme.Icon(theme.IconNameCalendar), nil)
	btn.Importance = widget.LowImportance
	btn.OnTapped = func() {
		c := fyne.CurrentApp().Driver().CanvasForObject(e)
		if c == nil {
			return
		}
		start := time.Now()
		if t, err := time.Parse(training.DateLayout, e.Text); err == nil {
			start = t
		}
		cal := widget.NewCalendar(start, func(t time.Time) {
			e.SetText(t.Format(training.DateLayout))
			if pop != nil {
				pop.Hide()
			}
		})
		pop = widget.NewPopUp(cal, c)
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e).Add(fyne.NewPos(0, e.Size().Height))
		pop.ShowAtPosition(pos)
	}
	e.ActionItem = btn
	e.Refresh()
}
