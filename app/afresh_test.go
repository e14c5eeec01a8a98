package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/store"
)

// overlayText is every label's text in the window's top dialog.
func overlayText(u *UI) string {
	top := u.Win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.RichText:
			b.WriteString(x.String() + "\n")
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		}
	}
	walk(top)
	return b.String()
}

// A first start cut short left an empty database and no key: the store
// starts afresh, and the clerk is told so in a dialog at start (over the
// welcome dialog) instead of being asked for a backup that never existed.
func TestTheClerkIsToldWhenTheStoreStartedAfresh(t *testing.T) {
	for _, interrupted := range []bool{true, false} {
		a := test.NewTempApp(t)
		dir := t.TempDir()
		if interrupted {
			if err := os.WriteFile(filepath.Join(dir, store.DBFile), nil, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		s, err := store.Open(dir, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		u := New(a, s)
		u.Start()
		shown := strings.Contains(overlayText(u), store.StartedAfreshNotice)
		u.Stop()
		s.Close()
		switch {
		case interrupted && (!shown || u.AfreshNotice == nil):
			t.Fatal("the notice is not shown after a first start cut short")
		case !interrupted && (shown || u.AfreshNotice != nil):
			t.Fatal("the notice is shown on an ordinary first start")
		}
		if interrupted && u.Settings.FirstRun == nil {
			t.Fatal("the welcome dialog is not shown under the notice")
		}
	}
}
