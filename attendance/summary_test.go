package attendance

import (
	"fmt"
	"math"
	"testing"
	"time"

	"trainingdesk/training"
)

// tenLessons: 10 lessons of 4 学时 (09:00–12:00), the last without a
// recorded 学时 so it is computed from its times.
func tenLessons() []training.Lesson {
	ls := make([]training.Lesson, 10)
	for i := range ls {
		ls[i] = training.Lesson{ID: fmt.Sprintf("L%d", i+1), No: i + 1, Start: "09:00", End: "12:00", Hours: 4}
	}
	ls[9].Hours = 0
	// Out of order on purpose: summaries follow the timetable numbers.
	ls[0], ls[5] = ls[5], ls[0]
	return ls
}

func marksFor(trainee string, statuses ...string) []training.Mark {
	var ms []training.Mark
	for i, s := range statuses {
		if s != "" {
			ms = append(ms, training.Mark{LessonID: fmt.Sprintf("L%d", i+1), TraineeID: trainee, Status: s})
		}
	}
	return ms
}

func TestSummarize(t *testing.T) {
	P, L, E, X, A := training.Present, training.Late, training.EarlyLeave, training.Excused, training.Absent
	var marks []training.Mark
	marks = append(marks, marksFor("all", P, P, P, P, P, P, P, P, P, P)...)
	marks = append(marks, marksFor("edge", P, L, E, P, P, P, P, P, A, X)...) // 8 of 10: exactly 80 %
	marks = append(marks, marksFor("gaps", P, P, P, P, P, P, P, "", "", "")...)
	tests := []struct {
		classHours    float64
		trainee       string
		attended, tot float64
		rate          float64
		below         bool
	}{
		{0, "all", 40, 40, 1, false},
		{0, "edge", 32, 40, 0.8, false},
		{0, "gaps", 28, 40, 0.7, true},
		{0, "nobody", 0, 40, 0, true},
		{60, "edge", 32, 60, 32.0 / 60, true}, // class 学时 beat the timetable's
		{32, "all", 40, 32, 1, false},         // rate is capped at 1
	}
	for _, tt := range tests {
		s := Summarize(tt.classHours, tenLessons(), marks, []string{tt.trainee}, DefaultRules())[0]
		if s.AttendedHours != tt.attended || s.TotalHours != tt.tot || math.Abs(s.Rate-tt.rate) > 1e-9 || s.BelowThreshold != tt.below {
			t.Errorf("%s with class %v: %+v, want attended %v total %v rate %v below %v", tt.trainee, tt.classHours, s, tt.attended, tt.tot, tt.rate, tt.below)
		}
		if len(s.Marks) != 10 || s.Marks[0].LessonNo != 1 || s.Marks[0].LessonID != "L1" {
			t.Errorf("%s: marks not in timetable order: %+v", tt.trainee, s.Marks)
		}
	}
	gaps := Summarize(0, tenLessons(), marks, []string{"gaps"}, DefaultRules())[0]
	if gaps.Marks[7].Status != "" {
		t.Errorf("unmarked lesson shows %q, want empty", gaps.Marks[7].Status)
	}
}

func TestSummarizeNoLessons(t *testing.T) {
	s := Summarize(0, nil, nil, []string{"t"}, DefaultRules())[0]
	if s.Rate != 0 || s.TotalHours != 0 || !s.BelowThreshold {
		t.Errorf("empty timetable: %+v", s)
	}
}

func TestAverageRate(t *testing.T) {
	if AverageRate(nil) != 0 {
		t.Error("average of nobody should be 0")
	}
	got := AverageRate([]TraineeSummary{{Rate: 1}, {Rate: 0.5}, {Rate: 0.6}})
	if math.Abs(got-0.7) > 1e-9 {
		t.Errorf("AverageRate = %v, want 0.7", got)
	}
}

func BenchmarkSummarize60x40(b *testing.B) {
	lessons := make([]training.Lesson, 40)
	for i := range lessons {
		lessons[i] = training.Lesson{ID: fmt.Sprintf("L%d", i), No: i + 1, Date: time.Date(2025, 3, 1+i%28, 0, 0, 0, 0, time.Local), Start: "09:00", End: "12:00", Hours: 4}
	}
	var trainees []string
	var marks []training.Mark
	for t := 0; t < 60; t++ {
		id := fmt.Sprintf("T%d", t)
		trainees = append(trainees, id)
		for _, l := range lessons {
			marks = append(marks, training.Mark{LessonID: l.ID, TraineeID: id, Status: training.Statuses[(t+l.No)%5]})
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Summarize(160, lessons, marks, trainees, DefaultRules())
	}
}

// TestRateSoFarCountsOnlyLessonsHeld: halfway through a class a trainee who
// came to every lesson so far is on course (100 %) though only at 50 % of
// the class's 学时.
func TestRateSoFarCountsOnlyLessonsHeld(t *testing.T) {
	P, A := training.Present, training.Absent
	var marks []training.Mark
	marks = append(marks, marksFor("keen", P, P, P, P, P, "", "", "", "", "")...)
	marks = append(marks, marksFor("away", P, A, A, P, A, "", "", "", "", "")...)
	sums := Summarize(40, tenLessons(), marks, []string{"keen", "away"}, DefaultRules())
	keen, away := sums[0], sums[1]
	if keen.HeldHours != 20 || keen.RateSoFar != 1 || keen.Rate != 0.5 {
		t.Errorf("keen: %+v", keen)
	}
	if away.RateSoFar != 0.4 || !Below(away.RateSoFar, DefaultRules()) {
		t.Errorf("away: %+v", away)
	}
}
