package attendance

import (
	"testing"
	"time"

	"trainingdesk/training"
)

func TestLessonHours(t *testing.T) {
	r := DefaultRules()
	tests := []struct {
		start, end string
		want       float64
		wantErr    string // field named in the error
	}{
		{"09:00", "12:00", 4, ""},
		{"14:00", "17:30", 4.5, ""}, // 4.67 rounds down to 4.5
		{"08:00", "08:45", 1, ""},
		{"08:00", "08:44", 0.5, ""},
		{"8:00", "9:30", 2, ""},
		{"09：00", "10：30", 2, ""}, // full-width colon typed by an IME
		{"12:00", "09:00", 0, "结束时间"},
		{"09:00", "09:00", 0, "结束时间"},
		{"9点", "12:00", 0, "开始时间"},
		{"09:00", "24:00", 0, "结束时间"},
	}
	for _, tt := range tests {
		got, err := LessonHours(tt.start, tt.end, r)
		if tt.wantErr != "" {
			if training.FieldOf(err) != tt.wantErr {
				t.Errorf("LessonHours(%s,%s) error %v, want one naming %s", tt.start, tt.end, err, tt.wantErr)
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
	if _, _, err := LessonWindow(training.Lesson{No: 1, Start: "09:00", End: "12:00"}, shanghai); training.FieldOf(err) != "日期" {
		t.Errorf("lesson without date: error %v, want one naming 日期", err)
	}
}
