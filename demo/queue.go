package demo

import (
	"fmt"
	"math/rand"
	"strings"
	"time"

	"trainingdesk/errs"
	"trainingdesk/store"
)

// MaxMarkedLessons is how many lessons a big class has (80 hours of 4).
const MaxMarkedLessons = 20

// FieldMarkedLessons is demo --marked-lessons.
var FieldMarkedLessons = errs.NewField("marked_lessons", "已上课次", "Marked lessons")

// SeedMarked is Seed for the scale script (demo --marked-lessons K): the big
// classes began early enough that K of their lessons are over, and those are
// marked afterwards, one transaction per lesson, so the upload queue holds
// about K records more per big-class trainee (100,000 trainees and K = 9
// make a queue of a million) without one transaction holding them all.
// Killed during the marking, the data set is seeded and partly marked.
func SeedMarked(s *store.Store, n, lessons int, today time.Time) error {
	if lessons < 1 || lessons > MaxMarkedLessons {
		return errs.E(errs.Invalid, FieldMarkedLessons, fmt.Sprintf("已上课次须在 1 到 %d 之间（千人班共 %d 次课）", MaxMarkedLessons, MaxMarkedLessons))
	}
	today = time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	start := today.AddDate(0, 0, -3)
	for past := 0; past < lessons; {
		start = start.AddDate(0, 0, -1)
		if wd := start.Weekday(); wd != time.Saturday && wd != time.Sunday {
			past++
		}
	}
	if err := s.Together(func(s *store.Store) error { return seed(s, n, today, start) }); err != nil {
		return err
	}
	rng := rand.New(rand.NewSource(20261130))
	classes, err := s.Classes()
	if err != nil {
		return err
	}
	for _, c := range classes {
		if !strings.HasPrefix(c.Code, "DEMO-2026-L") {
			continue
		}
		roster, err := s.Trainees(c.ID)
		if err != nil {
			return err
		}
		ls, err := s.Lessons(c.ID)
		if err != nil {
			return err
		}
		for i, l := range ls {
			if i >= lessons || !l.Date.Before(today) {
				break
			}
			if err := markLesson(s, rng, l, roster); err != nil {
				return err
			}
		}
	}
	return nil
}
