package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"trainingdesk/occupation"
)

// The clerk types pinyin initials into the picker, picks 电工, and the form
// gets name and code; an unknown code is refused on save.
func TestClassFormPicksTheOccupationFromTheCatalogue(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	s := u.Classes
	test.Tap(s.NewButton)
	f := s.Form
	test.Tap(f.PickOccupation)
	p := f.Picker
	if p == nil {
		t.Fatal("选择… opened no picker")
	}
	test.Type(p.Search, "dgong")
	if len(p.hits) == 0 || p.hits[0].Name != "电工" {
		t.Fatalf("dgong lists %v first", p.hits)
	}
	if !strings.Contains(p.Path.Text, "生产辅助人员") {
		t.Errorf("the picker shows where 电工 sits: %q", p.Path.Text)
	}
	p.Results.Select(0)
	if f.Occupation.Text != "电工" || f.OccupationCode.Text != "6-31-01-03" {
		t.Fatalf("picked 电工 but the form shows %q %q", f.Occupation.Text, f.OccupationCode.Text)
	}

	typeClass(f, "2026-DG-009", "2026-12-07", "2026-12-18")
	retype(f.OccupationCode, "6-31-99-99")
	test.Tap(f.SaveButton)
	if list, _ := u.Store.Classes(); len(list) != 0 {
		t.Fatal("a class with a code outside the catalogue was filed")
	}
	if got := f.fields.errorAt(occupation.FieldCode); !strings.Contains(got, "6-31-99-99") {
		t.Fatalf("the refusal under 职业编码 names the code: %q (form: %q)", got, f.fields.firstError())
	}
	// A free-typed name without a code saves, with a warning.
	retype(f.OccupationCode, "")
	test.Tap(f.SaveButton)
	if list, _ := u.Store.Classes(); len(list) != 1 {
		t.Fatalf("a class without a code must still be filed: %v", f.fields.firstError())
	}
	if !strings.Contains(f.Saved.Text, "6-31-01-03") {
		t.Errorf("the saved line warns and suggests the code: %q", f.Saved.Text)
	}
}
