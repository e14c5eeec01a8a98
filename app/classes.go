package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ClassesScreen is a placeholder until its screen is built.
type ClassesScreen struct {
	u    *UI
	root fyne.CanvasObject
}

func newClassesScreen(u *UI) *ClassesScreen {
	return &ClassesScreen{u: u, root: widget.NewLabel("班级：建设中")}
}

func (s *ClassesScreen) Content() fyne.CanvasObject { return s.root }
func (s *ClassesScreen) Refresh()                   {}
