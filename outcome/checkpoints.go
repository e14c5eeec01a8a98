package outcome

import (
	"time"

	"trainingdesk/training"
)

// EarlyDays is how long before a checkpoint a contact already answers it.
const EarlyDays = 14

// LastOpenMonths is how long the last checkpoint stays in the queue after
// its due day when nobody was reached.
const LastOpenMonths = 3

// Checkpoint is one call a trainee is owed after a class.
type Checkpoint struct {
	Months   int       // after the class end
	Due      time.Time // the class end plus Months
	Answered bool      // a contact falls in its window
	Open     bool      // its window has not passed (a later one has not opened)
}

// Checkpoints lists a completed trainee's checkpoints as of today. A
// contact answers the checkpoint whose window holds its date: from EarlyDays
// before its due date until EarlyDays before the next one's (the last one
// answers any later contact, and leaves the queue LastOpenMonths after it
// was due).
func Checkpoints(class training.Class, entries []Entry, st Settings, today time.Time) []Checkpoint {
	months := st.CheckpointsFor(class.Type)
	end := training.Day(class.End)
	out := make([]Checkpoint, len(months))
	for i, m := range months {
		cp := Checkpoint{Months: m, Due: AddMonths(end, m)}
		from := cp.Due.AddDate(0, 0, -EarlyDays)
		until := AddMonths(cp.Due, LastOpenMonths) // the last one leaves the queue some months after
		if i+1 < len(months) {
			until = AddMonths(end, months[i+1]).AddDate(0, 0, -EarlyDays)
		}
		for _, e := range entries {
			d := training.Day(e.Date)
			if !d.Before(from) && (i+1 == len(months) || d.Before(until)) {
				cp.Answered = true
				break
			}
		}
		cp.Open = training.Day(today).Before(until)
		out[i] = cp
	}
	return out
}

// DueBy lists the checkpoints a clerk should call about by horizon (the end
// of this week): unanswered, due by then, and still open.
func DueBy(class training.Class, entries []Entry, st Settings, today, horizon time.Time) []Checkpoint {
	var out []Checkpoint
	for _, cp := range Checkpoints(class, entries, st, today) {
		if !cp.Answered && cp.Open && !cp.Due.After(training.Day(horizon)) {
			out = append(out, cp)
		}
	}
	return out
}

// WeekEnd is the Sunday that ends the week of day: "due this week" means
// due by then.
func WeekEnd(day time.Time) time.Time {
	day = training.Day(day)
	return day.AddDate(0, 0, (7-int(day.Weekday()))%7)
}
