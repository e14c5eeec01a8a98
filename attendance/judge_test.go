package attendance

import (
	"testing"
	"time"

	"trainingdesk/training"
)

func TestJudgeEdges(t *testing.T) {
	r := DefaultRules() // 10 minutes each way
	day := time.Date(2025, 3, 10, 0, 0, 0, 0, time.Local)
	start, end := day.Add(9*time.Hour), day.Add(12*time.Hour)
	at := func(h, m, s int) time.Time {
		return day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(s)*time.Second)
	}
	var none time.Time
	tests := []struct {
		name            string
		signIn, signOut time.Time
		want            string
	}{
		{"on time", at(8, 55, 0), at(12, 0, 0), training.Present},
		{"sign-in exactly on tolerance", at(9, 10, 0), at(12, 0, 0), training.Present},
		{"one second past tolerance", at(9, 10, 1), at(12, 0, 0), training.Late},
		{"sign-out exactly on tolerance", at(9, 0, 0), at(11, 50, 0), training.Present},
		{"one second before sign-out tolerance", at(9, 0, 0), at(11, 49, 59), training.EarlyLeave},
		{"missing sign-out", at(9, 0, 0), none, training.EarlyLeave},
		{"late and early: early wins", at(9, 30, 0), at(11, 0, 0), training.EarlyLeave},
		{"late and no sign-out", at(9, 30, 0), none, training.EarlyLeave},
		{"no sign-in", none, at(12, 0, 0), training.Absent},
		{"no punches", none, none, training.Absent},
		{"first punch after the end", at(12, 5, 0), at(12, 20, 0), training.Absent},
	}
	for _, tt := range tests {
		if got := Judge(start, end, tt.signIn, tt.signOut, r); got != tt.want {
			t.Errorf("%s: Judge = %s, want %s", tt.name, got, tt.want)
		}
	}
}
