package attendance

import (
	"math"
	"strconv"
	"strings"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// Rules are the attendance settings of a region; DefaultRules holds the
// usual ones.
type Rules struct {
	MinutesPerHour int           // minutes in one 学时
	LateTolerance  time.Duration // signing in up to start+LateTolerance is present
	EarlyTolerance time.Duration // signing out from end-EarlyTolerance on is present
	Threshold      float64       // share of 学时 attended needed for eligibility
	Window         time.Duration // how far outside a lesson a terminal punch still belongs to it
	DoubleScan     time.Duration // a badge scanned again within this counts once
}

// DefaultRules: 45-minute 学时, 10 minutes' grace at each end, 80 % needed,
// punches up to an hour before or after a lesson belong to it.
func DefaultRules() Rules {
	return Rules{
		MinutesPerHour: 45,
		LateTolerance:  10 * time.Minute,
		EarlyTolerance: 10 * time.Minute,
		Threshold:      0.8,
		Window:         60 * time.Minute,
		DoubleScan:     60 * time.Second,
	}
}

// withDefaults fills zero fields, so a half-filled Rules from a settings
// file never divides by zero or makes every trainee eligible.
func (r Rules) withDefaults() Rules {
	d := DefaultRules()
	if r.MinutesPerHour <= 0 {
		r.MinutesPerHour = d.MinutesPerHour
	}
	if r.Threshold <= 0 {
		r.Threshold = d.Threshold
	}
	if r.Window <= 0 {
		r.Window = d.Window
	}
	if r.DoubleScan <= 0 {
		r.DoubleScan = d.DoubleScan
	}
	return r
}

// parseClock is training.ParseClock, the one reading of a clock time.
func parseClock(field errs.Field, s string) (int, error) { return training.ParseClock(field, s) }

// LessonHours is the 学时 of a lesson from start to end (HH:MM), rounded
// down to the nearest half 学时: 09:00–12:00 is 180 min / 45 = 4 学时,
// 14:00–17:30 is 210 min / 45 = 4.67, counted as 4.5.
func LessonHours(start, end string, r Rules) (float64, error) {
	r = r.withDefaults()
	s, err := parseClock(training.FieldLessonStart, start)
	if err != nil {
		return 0, err
	}
	e, err := parseClock(training.FieldLessonEnd, end)
	if err != nil {
		return 0, err
	}
	if e <= s {
		return 0, errs.Errorf(errs.Invalid, training.FieldLessonEnd, "结束时间 %s 须晚于开始时间 %s", end, start)
	}
	h := float64(e-s) / float64(r.MinutesPerHour)
	return math.Floor(h*2+1e-9) / 2, nil
}

// LessonWindow is when a lesson starts and ends, in loc (nil = local time).
// The calendar day is the one recorded in l.Date, whatever its zone.
func LessonWindow(l training.Lesson, loc *time.Location) (start, end time.Time, err error) {
	if loc == nil {
		loc = time.Local
	}
	if l.Date.IsZero() {
		return time.Time{}, time.Time{}, errs.Errorf(errs.Invalid, training.FieldLessonDate, "第 %d 节课没有日期：请填写上课日期", l.No)
	}
	s, err := parseClock(training.FieldLessonStart, l.Start)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	e, err := parseClock(training.FieldLessonEnd, l.End)
	if err != nil {
		return time.Time{}, time.Time{}, err
	}
	if e <= s {
		return time.Time{}, time.Time{}, errs.Errorf(errs.Invalid, training.FieldLessonEnd, "第 %d 节课结束时间 %s 须晚于开始时间 %s", l.No, l.End, l.Start)
	}
	y, m, d := l.Date.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, loc)
	return day.Add(time.Duration(s) * time.Minute), day.Add(time.Duration(e) * time.Minute), nil
}

// hoursOf is a lesson's recorded 学时, or its computed one when none was
// recorded (0 when its times are unreadable).
func hoursOf(l training.Lesson, r Rules) float64 {
	if l.Hours > 0 {
		return l.Hours
	}
	h, err := LessonHours(l.Start, l.End, r)
	if err != nil {
		return 0
	}
	return h
}

// fmtHours prints 学时 without trailing zeros: 56, 4.5.
func fmtHours(h float64) string {
	return strconv.FormatFloat(math.Round(h*100)/100, 'f', -1, 64)
}

// trimClock drops spaces and turns a full-width colon into ":".
func trimClock(s string) string { return strings.TrimSpace(strings.ReplaceAll(s, "：", ":")) }
