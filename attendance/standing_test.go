package attendance

import (
	"testing"
	"time"

	"trainingdesk/training"
)

func TestHeldMeansMarkedOrEnded(t *testing.T) {
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	l := training.Lesson{Date: day, Start: "09:00", End: "12:00"}
	at := func(h, m int) time.Time { return time.Date(2026, 3, 2, h, m, 0, 0, time.Local) }
	if Held(l, false, at(11, 59)) {
		t.Error("a lesson still under way, nobody marked, is not held yet")
	}
	if !Held(l, true, at(9, 5)) {
		t.Error("a lesson whose roll is taken is held")
	}
	if !Held(l, false, at(12, 0)) {
		t.Error("a lesson that has ended is held even with no roll taken")
	}
	if Held(l, false, time.Time{}) {
		t.Error("without a clock only marks make a lesson held")
	}
}

// While the class runs, a trainee who missed one lesson of the two held is
// at risk and one who came to both is not, whatever the lessons to come;
// after the end the final rate decides.
func TestAtRiskJudgesARunningClassByTheLessonsHeld(t *testing.T) {
	lessons := tenLessons()
	for i := range lessons {
		lessons[i].Date = time.Date(2026, 3, 1+lessons[i].No, 0, 0, 0, 0, time.UTC)
	}
	P, A := training.Present, training.Absent
	var marks []training.Mark
	marks = append(marks, marksFor("keen", P, P)...)
	marks = append(marks, marksFor("away", P, A)...)
	// 3 月 4 日 13:00: lessons 1–3 have ended; lesson 3 has no roll taken.
	now := time.Date(2026, 3, 4, 13, 0, 0, 0, time.Local)
	sums := SummarizeAt(now, 40, lessons, marks, []string{"keen", "away"}, DefaultRules())
	if sums[0].HeldHours != 12 {
		t.Fatalf("held hours %v, want 12 (three lessons ended)", sums[0].HeldHours)
	}
	if !sums[0].Marks[2].Held || sums[0].Marks[3].Held {
		t.Fatalf("held marks: %+v", sums[0].Marks[:4])
	}
	r := DefaultRules()
	if AtRisk(sums[0], training.Planned, r) {
		t.Error("nobody is at risk before the class starts")
	}
	// keen: 8 of 12 held 学时 (the untaken roll counts as absent) = 66.7 %.
	if !AtRisk(sums[0], training.Running, r) || !AtRisk(sums[1], training.Running, r) {
		t.Errorf("running: keen %.2f away %.2f — both under 80 %% of the held lessons", sums[0].RateSoFar, sums[1].RateSoFar)
	}
	early := SummarizeAt(time.Date(2026, 3, 3, 13, 0, 0, 0, time.Local), 40, lessons, marks, []string{"keen", "away"}, r)
	if AtRisk(early[0], training.Running, r) || !AtRisk(early[1], training.Running, r) {
		t.Errorf("after two lessons: keen %.2f away %.2f", early[0].RateSoFar, early[1].RateSoFar)
	}
	if !AtRisk(early[0], training.Finished, r) {
		t.Error("after the end, 8 of 40 学时 is under the threshold")
	}
}
