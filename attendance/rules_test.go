package attendance

import (
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

func TestLessonHours(t *testing.T) {
	r := DefaultRules()
	tests := []struct {
		start, end string
		want       float64
		wantErr    errs.Field // field named in the error
	}{
		{"09:00", "12:00", 4, errs.Field{}},
		{"14:00", "17:30", 4.5, errs.Field{}}, // 4.67 rounds down to 4.5
		{"08:00", "08:45", 1, errs.Field{}},
		{"08:00", "08:44", 0.5, errs.Field{}},
		{"8:00", "9:30", 2, errs.Field{}},
		{"09：00", "10：30", 2, errs.Field{}}, // full-width colon typed by an IME
		{"12:00", "09:00", 0, training.FieldLessonEnd},
		{"09:00", "09:00", 0, training.FieldLessonEnd},
		{"9点", "12:00", 0, training.FieldLessonStart},
		{"09:00", "24:00", 0, training.FieldLessonEnd},
	}
	for _, tt := range tests {
		got, err := LessonHours(tt.start, tt.end, r)
		if !tt.wantErr.IsZero() {
			if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != tt.wantErr {
				t.Errorf("LessonHours(%s,%s) error %v, want one naming %s", tt.start, tt.end, err, tt.wantErr.Label())
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("LessonHours(%s,%s) = %v, %v; want %v", tt.start, tt.end, got, err, tt.want)
		}
	}
}

func TestLessonHoursOtherMinutes(t *testing.T) {
	r := DefaultRules()
	r.MinutesPerHour = 60
	if got, _ := LessonHours("09:00", "12:00", r); got != 3 {
		t.Errorf("60-minute 学时: got %v, want 3", got)
	}
}

func TestLessonWindow(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	// Stored at midnight UTC: the day written is what counts, not the instant.
	l := training.Lesson{No: 3, Date: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC), Start: "09:00", End: "12:00"}
	s, e, err := LessonWindow(l, shanghai)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2025, 3, 10, 9, 0, 0, 0, shanghai); !s.Equal(want) {
		t.Errorf("start %v, want %v", s, want)
	}
	if want := time.Date(2025, 3, 10, 12, 0, 0, 0, shanghai); !e.Equal(want) {
		t.Errorf("end %v, want %v", e, want)
	}
	if _, _, err := LessonWindow(training.Lesson{No: 1, Start: "09:00", End: "12:00"}, shanghai); errs.FieldOf(err) != training.FieldLessonDate {
		t.Errorf("lesson without date: error %v, want one naming 日期", err)
	}
}
