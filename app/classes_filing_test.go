package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"trainingdesk/training"
)

// Filing a class that started already asks first; confirmed, it is saved.
func TestLateFilingAsksFirst(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	s := u.Classes
	test.Tap(s.NewButton)
	typeClass(s.Form, "2026-OLD-01", "2026-10-01", "2026-10-20")
	test.Tap(s.Form.SaveButton)
	if s.Form.FilingConfirm == nil {
		t.Fatal("a class that started in the past was filed without a warning")
	}
	if list, _ := u.Store.Classes(); len(list) != 0 {
		t.Fatal("saved before the confirmation")
	}
	s.Form.FilingConfirm.Hide()
	s.Form.store(mustRead(t, s.Form)) // the confirmation's 仍要保存
	if _, err := u.Store.ClassByCode("2026-OLD-01"); err != nil {
		t.Fatalf("confirmed late class not saved: %v", err)
	}
}

func mustRead(t *testing.T, f *classForm) training.Class {
	t.Helper()
	c, ok := f.read()
	if !ok {
		t.Fatal(f.fields.firstError())
	}
	return c
}
