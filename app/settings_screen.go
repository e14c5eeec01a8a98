package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// SettingsScreen is a placeholder until its screen is built.
type SettingsScreen struct {
	u    *UI
	root fyne.CanvasObject
}

func newSettingsScreen(u *UI) *SettingsScreen {
	return &SettingsScreen{u: u, root: widget.NewLabel("设置：建设中")}
}

func (s *SettingsScreen) Content() fyne.CanvasObject { return s.root }
func (s *SettingsScreen) Refresh()                   {}
