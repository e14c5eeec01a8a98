package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"trainingdesk/demo"
	"trainingdesk/store"
)

// testDay is the "today" of UI tests, so demo dates are stable.
var testDay = time.Date(2026, 11, 22, 10, 0, 0, 0, time.UTC)

// newTestUI builds the real main window on an empty store, headless.
func newTestUI(t *testing.T) *UI { return newUIWith(t, nil) }

// newDemoUI is newTestUI on the demo data set (60 trainees in 3 current classes, demo.PastTrainees in 3 past ones).
func newDemoUI(t *testing.T) *UI {
	return newUIWith(t, func(s *store.Store) error { return demo.Seed(s, 60, testDay) })
}

func newUIWith(t *testing.T, seed func(*store.Store) error) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newTheme())
	s, err := store.Open(t.TempDir(), store.Options{Now: func() time.Time { return now() }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if seed != nil {
		if err := seed(s); err != nil {
			t.Fatal(err)
		}
	}
	return New(a, s)
}
