package attendance

import (
	"sort"
	"time"

	"trainingdesk/training"
)

// Number puts lessons in date and start-time order and numbers them 1…n,
// whatever order they were entered in (an earlier number breaks a tie, so
// two lessons at the same time keep their order). It returns the lessons
// whose number changed.
func Number(lessons []training.Lesson) (changed []training.Lesson) {
	sort.SliceStable(lessons, func(i, j int) bool {
		a, b := lessons[i], lessons[j]
		if !a.Date.Equal(b.Date) {
			return a.Date.Before(b.Date)
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.No < b.No
	})
	for i := range lessons {
		if lessons[i].No != i+1 {
			lessons[i].No = i + 1
			changed = append(changed, lessons[i])
		}
	}
	return changed
}

// RollMissing lists the lessons that are over at now and have no mark at
// all (marked reports whether a lesson has any): roll that was never taken,
// for the clerk to catch up while people still remember.
func RollMissing(lessons []training.Lesson, marked func(lessonID string) bool, now time.Time, loc *time.Location) []training.Lesson {
	var out []training.Lesson
	for _, l := range lessons {
		_, end, err := LessonWindow(l, loc)
		if err != nil || !Ended(end, now) || marked(l.ID) {
			continue
		}
		out = append(out, l)
	}
	return out
}
