package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// RosterScreen is a placeholder until its screen is built.
type RosterScreen struct {
	u    *UI
	root fyne.CanvasObject
}

func newRosterScreen(u *UI) *RosterScreen {
	return &RosterScreen{u: u, root: widget.NewLabel("学员：建设中")}
}

func (s *RosterScreen) Content() fyne.CanvasObject { return s.root }
func (s *RosterScreen) Refresh()                   {}
