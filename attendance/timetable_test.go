package attendance

import (
	"strings"
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

func TestRecurring(t *testing.T) {
	monday := time.Date(2025, 3, 10, 0, 0, 0, 0, time.Local)
	ls, err := Recurring("C1", monday, 2, []time.Weekday{time.Monday, time.Wednesday, time.Saturday}, "09:00", "12:00", "理论", DefaultRules())
	if err != nil {
		t.Fatal(err)
	}
	wantDays := []int{10, 12, 15, 17, 19, 22}
	if len(ls) != len(wantDays) {
		t.Fatalf("got %d lessons, want %d", len(ls), len(wantDays))
	}
	ids := map[string]bool{}
	for i, l := range ls {
		if l.Date.Day() != wantDays[i] || l.No != i+1 || l.Hours != 4 || l.ClassID != "C1" || l.Topic != "理论" {
			t.Errorf("lesson %d = %+v, want day %d no %d 4 学时", i, l, wantDays[i], i+1)
		}
		ids[l.ID] = true
	}
	if len(ids) != len(ls) {
		t.Error("lesson ids are not unique")
	}
	if CheckTotal(24, ls) != "" {
		t.Errorf("6 × 4 学时 should match 24: %q", CheckTotal(24, ls))
	}
}

func TestRecurringErrors(t *testing.T) {
	monday := time.Date(2025, 3, 10, 0, 0, 0, 0, time.Local)
	days := []time.Weekday{time.Monday}
	tests := []struct {
		from       time.Time
		weeks      int
		days       []time.Weekday
		start, end string
		field      errs.Field
	}{
		{monday, 0, days, "09:00", "12:00", FieldWeeks},
		{monday, 500, days, "09:00", "12:00", FieldWeeks},
		{monday, 2, nil, "09:00", "12:00", FieldWeekdays},
		{monday, 2, days, "12:00", "09:00", training.FieldLessonEnd},
		{time.Time{}, 2, days, "09:00", "12:00", FieldFrom},
	}
	for _, tt := range tests {
		_, err := Recurring("C1", tt.from, tt.weeks, tt.days, tt.start, tt.end, "", DefaultRules())
		if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != tt.field {
			t.Errorf("weeks=%d days=%v %s-%s: error %v, want one naming %s", tt.weeks, tt.days, tt.start, tt.end, err, tt.field.Label())
		}
	}
}

func TestCheckTotal(t *testing.T) {
	ls := make([]training.Lesson, 14)
	for i := range ls {
		ls[i].Hours = 4
	}
	if got := CheckTotal(60, ls); !strings.HasPrefix(got, "课程表合计 56 学时，与开班学时 60 不符") {
		t.Errorf("got %q", got)
	}
	if got := CheckTotal(56, ls); got != "" {
		t.Errorf("matching total warned: %q", got)
	}
	if got := CheckTotal(0, ls); got != "" {
		t.Errorf("class without 学时 warned: %q", got)
	}
	ls[0].Hours = 4.5
	if got := CheckTotal(56, ls); !strings.HasPrefix(got, "课程表合计 56.5 学时") {
		t.Errorf("got %q", got)
	}
}
