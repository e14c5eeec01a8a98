package training

import (
	"fmt"
	"strconv"
	"strings"

	"trainingdesk/errs"
)

// ParseClock reads a time of day as clerks type it — HH:MM, also H:MM, a
// full-width colon, spaces around — into minutes after midnight. It is the
// one reading of a clock time (timetable, roll call, terminal logs).
func ParseClock(field errs.Field, s string) (int, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "：", ":"))
	h, m, ok := strings.Cut(s, ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 || len(m) != 2 || len(h) > 2 {
		return 0, errs.Errorf(errs.Invalid, field, "“%s”不是有效时间：请按 HH:MM 填写，如 09:00", s)
	}
	return hh*60 + mm, nil
}

// Clock writes minutes after midnight as HH:MM, the way lessons keep times.
func Clock(min int) string { return fmt.Sprintf("%02d:%02d", min/60, min%60) }

// CheckIn checks a lesson of class before it is saved, naming the field, and
// writes its times as HH:MM (so 9:00 and 09：00 are kept as 09:00).
func (l *Lesson) CheckIn(class Class) error {
	if l.Date.IsZero() {
		return errs.Errorf(errs.Invalid, FieldLessonDate, "请填写，格式 YYYY-MM-DD")
	}
	if l.Date.Before(class.Start) || l.Date.After(class.End) {
		return errs.Errorf(errs.Invalid, FieldLessonDate, "%s 不在开班日期 %s 至 %s 之内", l.Date.Format(DateLayout),
			class.Start.Format(DateLayout), class.End.Format(DateLayout))
	}
	start, err := ParseClock(FieldLessonStart, l.Start)
	if err != nil {
		return err
	}
	end, err := ParseClock(FieldLessonEnd, l.End)
	if err != nil {
		return err
	}
	l.Start, l.End = Clock(start), Clock(end)
	switch {
	case end <= start:
		return errs.Errorf(errs.Invalid, FieldLessonEnd, "必须晚于开始时间 %s", l.Start)
	case !(l.Hours > 0): // also NaN
		return errs.Errorf(errs.Invalid, FieldHours, "必须大于 0")
	case l.Hours > 24:
		return errs.Errorf(errs.Invalid, FieldHours, "一次课 %g 学时过大，请核对", l.Hours)
	case strings.TrimSpace(l.Topic) == "":
		return errs.Errorf(errs.Invalid, FieldTopic, "不能为空")
	}
	return nil
}
