package attendance

import (
	"fmt"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// Fields of a mark the clerk can correct.
var (
	FieldStatus  = errs.NewField("status", "考勤状态", "Attendance status")
	FieldSignIn  = errs.NewField("sign_in", "签到时间", "Sign-in time")
	FieldSignOut = errs.NewField("sign_out", "签退时间", "Sign-out time")
	FieldReason  = errs.NewField("reason", "补录原因", "Reason for the correction")
	FieldLesson  = errs.NewField("lesson", "课次", "Lesson")
)

// Entry is a mark as the clerk, a scanner or a terminal gives it: a status
// ("" = follow the times) and the times (zero = none).
type Entry struct {
	Status          string
	SignIn, SignOut time.Time
}

// Decision is what is recorded for an Entry.
type Decision struct {
	Status          string
	SignIn, SignOut time.Time
	// FromTimes is the status the times say ("" when there is no sign-in).
	FromTimes string
	// Correction: the status given contradicts the times. The record keeps
	// the clerk's status, but only with a reason, audited.
	Correction bool
}

// Decide is the one rule that turns an entry into a mark, for the lesson
// that runs from start to end, at the moment now:
//
//   - no time is ever in the future;
//   - a sign-out needs a sign-in before it;
//   - the status follows from the times (Judge); while the lesson is still
//     running, a missing sign-out is not yet 早退: the arrival alone is judged;
//   - 请假 and 缺勤 carry no times; any other status without times is the
//     clerk's word (there is nothing to contradict);
//   - a status given that differs from what the times say is a correction.
func Decide(start, end, now time.Time, e Entry, r Rules) (Decision, error) {
	if e.Status != "" && !ValidStatus(e.Status) {
		return Decision{}, errs.E(errs.Invalid, FieldStatus, fmt.Sprintf("“%s”无效，应为 出勤/迟到/早退/请假/缺勤", e.Status))
	}
	if e.SignIn.After(now) {
		return Decision{}, errs.E(errs.Invalid, FieldSignIn, fmt.Sprintf("%s 还没到：不能记录将来的时间", clock(e.SignIn)))
	}
	if e.SignOut.After(now) {
		return Decision{}, errs.E(errs.Invalid, FieldSignOut, fmt.Sprintf("%s 还没到：不能记录将来的时间，下课后再签退", clock(e.SignOut)))
	}
	if !e.SignOut.IsZero() && e.SignIn.IsZero() {
		return Decision{}, errs.E(errs.Invalid, FieldSignIn, "有签退时间就须有签到时间：请填写签到时间")
	}
	if !e.SignOut.IsZero() && !e.SignOut.After(e.SignIn) {
		return Decision{}, errs.E(errs.Invalid, FieldSignOut, fmt.Sprintf("签退 %s 须晚于签到 %s", clock(e.SignOut), clock(e.SignIn)))
	}
	d := Decision{Status: e.Status, SignIn: e.SignIn, SignOut: e.SignOut}
	if !e.SignIn.IsZero() {
		out := e.SignOut
		if out.IsZero() && now.Before(end) {
			out = end // the lesson runs on: judge the arrival only
		}
		d.FromTimes = Judge(start, end, e.SignIn, out, r)
	}
	switch {
	case d.Status == "" && d.FromTimes == "":
		return Decision{}, errs.E(errs.Invalid, FieldStatus, "请选择考勤状态，或填写签到时间")
	case d.Status == "":
		d.Status = d.FromTimes
	case d.FromTimes != "" && d.Status != d.FromTimes:
		d.Correction = true
	}
	if d.Status == training.Excused || d.Status == training.Absent {
		d.SignIn, d.SignOut = time.Time{}, time.Time{}
	}
	return d, nil
}

// ValidStatus reports whether s is one of the five statuses.
func ValidStatus(s string) bool {
	for _, x := range training.Statuses {
		if s == x {
			return true
		}
	}
	return false
}

// Repeat reports whether a badge scanned at `at` repeats the trainee's last
// scan at `last` within the double-scan window: it counts once, and never
// signs the trainee out.
func Repeat(last, at time.Time, r Rules) bool {
	r = r.withDefaults()
	if last.IsZero() {
		return false
	}
	d := at.Sub(last)
	return d >= 0 && d < r.DoubleScan
}

// RollCall is what 全部出勤 records for a trainee at the moment now: signed
// in at the lesson's start (or now, before it starts), signed out at its
// end only once the end has passed — never a time in the future.
func RollCall(start, end, now time.Time) Entry {
	e := Entry{Status: training.Present, SignIn: start}
	if now.Before(start) {
		e.SignIn = now
	}
	if !now.Before(end) {
		e.SignOut = end
	}
	return e
}

// Ended reports whether a lesson that ends at end is over at now.
func Ended(end, now time.Time) bool { return !now.Before(end) }

// ClockOn reads HH:MM (also full-width ：) as a time on the lesson's day in
// loc (nil = local); "" is no time.
func ClockOn(l training.Lesson, f errs.Field, hm string, loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = time.Local
	}
	if trimmed := trimClock(hm); trimmed == "" {
		return time.Time{}, nil
	}
	min, err := parseClock(f, hm)
	if err != nil {
		return time.Time{}, errs.E(errs.Invalid, f, fmt.Sprintf("“%s”不是有效时间：请按 HH:MM 填写，如 09:02", trimClock(hm)))
	}
	y, m, d := l.Date.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, loc).Add(time.Duration(min) * time.Minute), nil
}

func clock(t time.Time) string { return t.In(time.Local).Format("15:04") }
