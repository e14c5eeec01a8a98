package demo

import (
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/store"
)

// With --marked-lessons K the big classes have K lessons behind them, each
// marked for every trainee and queued for the bureau; the next is not.
func TestSeedMarkedMarksTheFirstLessonsOfTheBigClasses(t *testing.T) {
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	today := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC) // a Wednesday
	if err := SeedMarked(s, demoClassesMost+40, 2, today); err != nil {
		t.Fatal(err)
	}
	big, err := s.ClassByCode("DEMO-2026-L001")
	if err != nil {
		t.Fatal(err)
	}
	lessons, err := s.Lessons(big.ID)
	if err != nil || len(lessons) < 3 {
		t.Fatalf("%d lessons, %v", len(lessons), err)
	}
	for i, l := range lessons[:3] {
		marks, err := s.LessonMarks(l.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := 40
		if i == 2 {
			want = 0
		}
		if len(marks) != want || i < 2 && !l.Date.Before(today) {
			t.Errorf("lesson %d on %s: %d marks, want %d, before %s", l.No, l.Date.Format("01-02"), len(marks), want, today.Format("01-02"))
		}
	}
	if err := SeedMarked(s, 10, MaxMarkedLessons+1, today); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != FieldMarkedLessons {
		t.Errorf("%d lessons accepted: %v", MaxMarkedLessons+1, err)
	}
}
