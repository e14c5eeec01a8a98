package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// CompletionScreen is a placeholder until its screen is built.
type CompletionScreen struct {
	u    *UI
	root fyne.CanvasObject
}

func newCompletionScreen(u *UI) *CompletionScreen {
	return &CompletionScreen{u: u, root: widget.NewLabel("结业/证书：建设中")}
}

func (s *CompletionScreen) Content() fyne.CanvasObject { return s.root }
func (s *CompletionScreen) Refresh()                   {}
