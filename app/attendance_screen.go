package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// AttendanceScreen is a placeholder until its screen is built.
type AttendanceScreen struct {
	u    *UI
	root fyne.CanvasObject
}

func newAttendanceScreen(u *UI) *AttendanceScreen {
	return &AttendanceScreen{u: u, root: widget.NewLabel("考勤：建设中")}
}

func (s *AttendanceScreen) Content() fyne.CanvasObject { return s.root }
func (s *AttendanceScreen) Refresh()                   {}
