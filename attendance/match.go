package attendance

import (
	"sort"
	"strings"
	"time"
)

// Punch is one line of a terminal's log: who punched and when.
type Punch struct {
	Line     int // line in the source file, for messages
	IDNumber string
	At       time.Time
}

// Slot is a lesson a trainee should attend. IDNumber must be normalized the
// same way as punches (upper case, trimmed); the caller passes identity-
// normalized numbers.
type Slot struct {
	LessonID, TraineeID, IDNumber string
	Start, End                    time.Time
}

// Outcome is what the punches say about one trainee at one lesson.
type Outcome struct {
	LessonID, TraineeID string
	SignIn, SignOut     time.Time // SignOut zero when there was one punch
	Status              string
}

// Unmatched is a punch (or a bad line) that belongs to no lesson; it is
// listed for the clerk, never dropped. The number is masked.
type Unmatched struct {
	Line           int
	IDNumberMasked string
	At             time.Time
	Reason         string
}

// Reasons a punch is left unmatched.
const (
	ReasonUnknownID = "证件号码不在本班名单"
	ReasonNoLesson  = "不在任何课程的时间窗口内"
	ReasonFuture    = "打卡时间晚于现在：请核对考勤机的时钟"
)

// DropFuture sets aside punches later than now: no time in the future is
// ever recorded (a terminal whose clock runs ahead); they are listed.
func DropFuture(punches []Punch, now time.Time) (past []Punch, future []Unmatched) {
	past = punches[:0:0]
	for _, p := range punches {
		if p.At.After(now) {
			future = append(future, Unmatched{Line: p.Line, IDNumberMasked: maskID(normID(p.IDNumber)), At: p.At, Reason: ReasonFuture})
			continue
		}
		past = append(past, p)
	}
	return past, future
}

// Match gives each punch to the trainee with its ID number and to the
// lesson whose [start−Window, end+Window] holds it. When windows overlap
// (two lessons the same day), the punch goes to the lesson it is nearest to
// — 0 inside the lesson, else the distance to its start or end — and on a
// tie to the lesson whose start is nearer. This refines "nearest start":
// a sign-out 5 minutes after the morning lesson stays with the morning even
// if the afternoon lesson starts 25 minutes later.
//
// Within a lesson the first punch is the sign-in and the last the sign-out;
// a single punch is a sign-in only (so Judge says early_leave, or absent if
// it came after the end). Outcomes are returned only for slots that got a
// punch, in slot order: a lesson nobody punched for is left to the clerk,
// so an import never overwrites a manual mark such as 请假 with absent.
func Match(punches []Punch, slots []Slot, r Rules) ([]Outcome, []Unmatched) {
	r = r.withDefaults()
	byID := make(map[string][]int, len(slots))
	for i, s := range slots {
		id := normID(s.IDNumber)
		byID[id] = append(byID[id], i)
	}
	got := make([][]time.Time, len(slots))
	var unmatched []Unmatched
	for _, p := range punches {
		id := normID(p.IDNumber)
		cands, ok := byID[id]
		if !ok || id == "" {
			unmatched = append(unmatched, Unmatched{Line: p.Line, IDNumberMasked: maskID(id), At: p.At, Reason: ReasonUnknownID})
			continue
		}
		best := -1
		var bestGap, bestStart time.Duration
		for _, i := range cands {
			s := slots[i]
			if p.At.Before(s.Start.Add(-r.Window)) || p.At.After(s.End.Add(r.Window)) {
				continue
			}
			gap := distance(p.At, s.Start, s.End)
			fromStart := abs(p.At.Sub(s.Start))
			if best < 0 || gap < bestGap || (gap == bestGap && fromStart < bestStart) {
				best, bestGap, bestStart = i, gap, fromStart
			}
		}
		if best < 0 {
			unmatched = append(unmatched, Unmatched{Line: p.Line, IDNumberMasked: maskID(id), At: p.At, Reason: ReasonNoLesson})
			continue
		}
		got[best] = append(got[best], p.At)
	}

	var out []Outcome
	for i, ts := range got {
		if len(ts) == 0 {
			continue
		}
		sort.Slice(ts, func(a, b int) bool { return ts[a].Before(ts[b]) })
		s := slots[i]
		o := Outcome{LessonID: s.LessonID, TraineeID: s.TraineeID, SignIn: ts[0]}
		if len(ts) > 1 {
			o.SignOut = ts[len(ts)-1]
		}
		o.Status = Judge(s.Start, s.End, o.SignIn, o.SignOut, r)
		out = append(out, o)
	}
	return out, unmatched
}

// distance from t to the interval [start, end]; 0 inside.
func distance(t, start, end time.Time) time.Duration {
	switch {
	case t.Before(start):
		return start.Sub(t)
	case t.After(end):
		return t.Sub(end)
	}
	return 0
}

func abs(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// normID is the light normalization a terminal log needs: spaces, the
// apostrophe Excel puts before long numbers, lower-case x.
func normID(s string) string {
	return strings.ToUpper(strings.Trim(strings.TrimSpace(s), "'\t "))
}
