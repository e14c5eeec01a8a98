package attendance

import (
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

func TestDecide(t *testing.T) {
	r := DefaultRules()
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.Local)
	at := func(h, m int) time.Time { return day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute) }
	start, end := at(9, 0), at(12, 0)
	var none time.Time
	tests := []struct {
		name       string
		now        time.Time
		e          Entry
		want       string
		correction bool
		field      errs.Field
	}{
		{"late from the times", at(13, 0), Entry{SignIn: at(9, 25), SignOut: at(12, 0)}, training.Late, false, errs.Field{}},
		{"出勤 against a late sign-in", at(13, 0), Entry{Status: training.Present, SignIn: at(9, 25), SignOut: at(12, 0)}, training.Present, true, errs.Field{}},
		{"running lesson: no sign-out yet is not 早退", at(10, 57), Entry{SignIn: at(9, 0)}, training.Present, false, errs.Field{}},
		{"over: no sign-out is 早退", at(12, 30), Entry{SignIn: at(9, 0)}, training.EarlyLeave, false, errs.Field{}},
		{"sign-out in the future", at(10, 57), Entry{SignIn: at(9, 0), SignOut: at(12, 0)}, "", false, FieldSignOut},
		{"sign-in in the future", at(8, 0), Entry{SignIn: at(9, 0)}, "", false, FieldSignIn},
		{"sign-out before sign-in", at(13, 0), Entry{SignIn: at(10, 0), SignOut: at(9, 30)}, "", false, FieldSignOut},
		{"sign-out alone", at(13, 0), Entry{SignOut: at(12, 0)}, "", false, FieldSignIn},
		{"nothing at all", at(13, 0), Entry{}, "", false, FieldStatus},
		{"unknown status", at(13, 0), Entry{Status: "here"}, "", false, FieldStatus},
		{"请假 against a sign-in", at(13, 0), Entry{Status: training.Excused, SignIn: at(9, 0), SignOut: at(12, 0)}, training.Excused, true, errs.Field{}},
		{"缺勤 by word", at(13, 0), Entry{Status: training.Absent}, training.Absent, false, errs.Field{}},
		{"迟到 by word, no times", at(13, 0), Entry{Status: training.Late, SignIn: none}, training.Late, false, errs.Field{}},
	}
	for _, tt := range tests {
		d, err := Decide(start, end, tt.now, tt.e, r)
		if !tt.field.IsZero() {
			if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != tt.field {
				t.Errorf("%s: err = %v, want field %s", tt.name, err, tt.field.Key())
			}
			continue
		}
		if err != nil || d.Status != tt.want || d.Correction != tt.correction {
			t.Errorf("%s: %+v %v, want %s correction=%v", tt.name, d, err, tt.want, tt.correction)
		}
		if (d.Status == training.Excused || d.Status == training.Absent) && (!d.SignIn.IsZero() || !d.SignOut.IsZero()) {
			t.Errorf("%s: %s keeps times %+v", tt.name, d.Status, d)
		}
	}
}

func TestRollCallNeverWritesAFutureSignOut(t *testing.T) {
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.Local)
	start, end := day.Add(9*time.Hour), day.Add(12*time.Hour)
	if e := RollCall(start, end, day.Add(10*time.Hour+57*time.Minute)); !e.SignOut.IsZero() || !e.SignIn.Equal(start) {
		t.Errorf("at 10:57: %+v", e)
	}
	if e := RollCall(start, end, day.Add(12*time.Hour+30*time.Minute)); !e.SignOut.Equal(end) {
		t.Errorf("after the end: %+v", e)
	}
	if e := RollCall(start, end, day.Add(8*time.Hour+50*time.Minute)); e.SignIn.After(day.Add(8*time.Hour + 50*time.Minute)) {
		t.Errorf("before the start: %+v", e)
	}
}

func TestRepeatWindow(t *testing.T) {
	r := DefaultRules()
	t0 := time.Date(2026, 3, 2, 9, 2, 0, 0, time.Local)
	if !Repeat(t0, t0.Add(59*time.Second), r) || Repeat(t0, t0.Add(60*time.Second), r) || Repeat(time.Time{}, t0, r) {
		t.Error("double-scan window is 60 s by default, exclusive")
	}
}

func TestNumberByDateAndTime(t *testing.T) {
	d := func(s string) time.Time { x, _ := time.Parse("2006-01-02", s); return x }
	ls := []training.Lesson{
		{ID: "c", No: 1, Date: d("2026-03-05"), Start: "09:00"},
		{ID: "b", No: 2, Date: d("2026-03-03"), Start: "14:00"},
		{ID: "a", No: 3, Date: d("2026-03-03"), Start: "09:00"},
	}
	changed := Number(ls)
	if ls[0].ID != "a" || ls[0].No != 1 || ls[1].ID != "b" || ls[2].ID != "c" || ls[2].No != 3 || len(changed) != 2 {
		t.Errorf("numbered: %+v, changed %d", ls, len(changed))
	}
}
