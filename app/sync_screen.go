package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// SyncScreen is a placeholder until the sync screen is built.
type SyncScreen struct {
	u    *UI
	root fyne.CanvasObject
}

func newSyncScreen(u *UI) *SyncScreen {
	return &SyncScreen{u: u, root: widget.NewLabel("同步：建设中")}
}

func (s *SyncScreen) Content() fyne.CanvasObject { return s.root }
func (s *SyncScreen) Refresh()                   {}

// Start begins background sync when credentials are configured.
func (s *SyncScreen) Start() {}

// Stop pauses background sync.
func (s *SyncScreen) Stop() {}
