package attendance

import (
	"sort"
	"time"

	"trainingdesk/training"
)

// LessonMark is one cell of a trainee's attendance row. Status is "" when
// the lesson has not been marked; it counts as absent for the rate.
type LessonMark struct {
	LessonNo int
	LessonID string
	Status   string
	Held     bool // see Held: the lesson has taken place (unmarked = absent)
}

// TraineeSummary is a trainee's attendance over the class.
type TraineeSummary struct {
	TraineeID      string
	AttendedHours  float64
	TotalHours     float64
	Rate           float64 // 0..1, of the class's 学时: what eligibility uses
	HeldHours      float64 // 学时 of the lessons held so far (see Held)
	RateSoFar      float64 // attended ÷ held: how a trainee stands while the class runs
	Marks          []LessonMark
	BelowThreshold bool
}

// attended reports whether a status earns the lesson's 学时: being in the
// room, even late or leaving early. 请假 does not (see the package comment).
func attended(status string) bool {
	return status == training.Present || status == training.Late || status == training.EarlyLeave
}

// Summarize gives one summary per trainee, in the order given, with marks
// in timetable order. TotalHours is the class's 学时 when set, else the sum
// of the lessons'; Rate = attended/total, 0 when total is 0, at most 1.
// It knows no clock: only marked lessons are held (see SummarizeAt).
func Summarize(classHours float64, lessons []training.Lesson, marks []training.Mark, traineeIDs []string, r Rules) []TraineeSummary {
	return SummarizeAt(time.Time{}, classHours, lessons, marks, traineeIDs, r)
}

// SummarizeAt is Summarize as of now: lessons ended by then are held even
// when nobody marked them (see Held).
func SummarizeAt(now time.Time, classHours float64, lessons []training.Lesson, marks []training.Mark, traineeIDs []string, r Rules) []TraineeSummary {
	r = r.withDefaults()
	ls := append([]training.Lesson(nil), lessons...)
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].No < ls[j].No })
	hours := make([]float64, len(ls))
	sum := 0.0
	for i, l := range ls {
		hours[i] = hoursOf(l, r)
		sum += hours[i]
	}
	total := classHours
	if total <= 0 {
		total = sum
	}

	type key struct{ lesson, trainee string }
	status := make(map[key]string, len(marks))
	held := map[string]bool{}
	for _, m := range marks {
		status[key{m.LessonID, m.TraineeID}] = m.Status
		held[m.LessonID] = true
	}
	heldHours := 0.0
	for i, l := range ls {
		held[l.ID] = Held(l, held[l.ID], now)
		if held[l.ID] {
			heldHours += hours[i]
		}
	}

	out := make([]TraineeSummary, 0, len(traineeIDs))
	for _, t := range traineeIDs {
		s := TraineeSummary{TraineeID: t, TotalHours: total, HeldHours: heldHours, Marks: make([]LessonMark, len(ls))}
		for i, l := range ls {
			st := status[key{l.ID, t}]
			s.Marks[i] = LessonMark{LessonNo: l.No, LessonID: l.ID, Status: st, Held: held[l.ID]}
			if attended(st) {
				s.AttendedHours += hours[i]
			}
		}
		if total > 0 {
			s.Rate = min(s.AttendedHours/total, 1)
		}
		if heldHours > 0 {
			s.RateSoFar = min(s.AttendedHours/heldHours, 1)
		}
		s.BelowThreshold = Below(s.Rate, r)
		out = append(out, s)
	}
	return out
}

// Below reports whether a rate misses the threshold. A rate exactly on it
// passes; the small slack keeps 48/60 from failing on float rounding.
func Below(rate float64, r Rules) bool {
	return rate < r.withDefaults().Threshold-1e-9
}

// AverageRate is the mean rate of the trainees (0 for none).
func AverageRate(s []TraineeSummary) float64 {
	if len(s) == 0 {
		return 0
	}
	sum := 0.0
	for _, t := range s {
		sum += t.Rate
	}
	return sum / float64(len(s))
}
