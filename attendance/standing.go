package attendance

import (
	"time"

	"trainingdesk/training"
)

// Held is THE definition of a lesson that has taken place, for rates "so
// far", for the report's marks and for the roll-call reminders: its roll was
// taken (someone is marked), or it has ended by now. An ended lesson nobody
// marked is held, and counts as absent for everyone — an untaken roll must
// not make a class look better than it is. A zero now knows no clock: only
// marked lessons are held.
func Held(l training.Lesson, marked bool, now time.Time) bool {
	if marked {
		return true
	}
	if now.IsZero() {
		return false
	}
	if _, end, err := LessonWindow(l, now.Location()); err == nil {
		return !now.Before(end)
	}
	return training.Day(now).After(training.Day(l.Date)) // unreadable times: the day is over
}

// AtRisk is THE rule for flagging a trainee's attendance (red in the 考勤
// report, "出勤不足" in `report class`, at_risk in its JSON):
//   - before the class starts, nobody;
//   - while it runs, a rate over the lessons held so far under the
//     threshold (nobody while no lesson is held yet);
//   - once it has ended, a final rate (of the class's 学时) under it.
func AtRisk(s TraineeSummary, status training.ClassStatus, r Rules) bool {
	switch status {
	case training.Planned:
		return false
	case training.Running:
		return s.HeldHours > 0 && Below(s.RateSoFar, r)
	}
	return Below(s.Rate, r)
}
