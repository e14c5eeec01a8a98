package store

import (
	"fmt"
	"strings"
	"time"

	"trainingdesk/attendance"
	"trainingdesk/errs"
	"trainingdesk/training"
)

// MarkInput is one trainee's attendance at a lesson as the clerk (or a
// scanner, or a terminal log) gives it. Status "" means: follow the times.
type MarkInput struct {
	TraineeID string
	Status    string
	SignIn    time.Time
	SignOut   time.Time
	Source    string // manual | roll (全部出勤) | scan | terminal
}

// Where a mark came from.
const (
	SourceManual   = "manual"
	SourceRoll     = "roll" // 全部出勤: sign-out filled when the lesson ends
	SourceScan     = "scan"
	SourceTerminal = "terminal"
)

// byHand reports whether a source is the clerk's own entry.
func byHand(source string) bool { return source == SourceManual || source == SourceRoll }

// MarkLesson saves marks for one lesson in one transaction. The status and
// times are settled by attendance.Decide (status from the times, no future
// times, none for 请假/缺勤). These need a reason, which goes to the mark and
// the audit log: a status that contradicts the times (更正), marks entered by
// hand after the lesson's day or overriding what a scanner or terminal
// recorded (补录). On the lesson's day the clerk may change hand-made marks
// freely (全部出勤, then the exceptions).
func (s *Store) MarkLesson(lessonID string, inputs []MarkInput, reason string) error {
	reason = strings.TrimSpace(reason)
	return s.update(func(t *tx) error {
		var l training.Lesson
		if ok, err := t.get(training.KindLesson, lessonID, &l); err != nil || !ok {
			return orNotFound(err)
		}
		for _, in := range inputs {
			if err := t.mark(l, in, reason); err != nil {
				return err
			}
		}
		return nil
	})
}

func (t *tx) mark(l training.Lesson, in MarkInput, reason string) error {
	tr, err := t.trainee(in.TraineeID)
	if err != nil {
		return err
	}
	if tr.ClassID != l.ClassID {
		return errs.Errorf(errs.NotFound, training.FieldTrainee, "%s 不是本班学员", tr.Name())
	}
	if in.Source == "" {
		in.Source = SourceManual
	}
	st, err := t.settings()
	if err != nil {
		return err
	}
	start, end, err := attendance.LessonWindow(l, time.Local)
	if err != nil {
		return err
	}
	d, err := attendance.Decide(start, end, t.now, attendance.Entry{Status: in.Status, SignIn: in.SignIn, SignOut: in.SignOut}, st.Rules())
	if err != nil {
		return errs.E(errs.Op("store.MarkLesson"), fmt.Sprintf("%s 第 %d 课：%s", tr.Name(), l.No, errs.Message(err)), err)
	}
	id := training.MarkID(l.ID, tr.ID)
	var old training.Mark
	exists, err := t.get(training.KindAttendance, id, &old)
	if err != nil {
		return err
	}
	m := training.Mark{ID: id, ClassID: l.ClassID, LessonID: l.ID, TraineeID: tr.ID, Status: d.Status,
		SignIn: d.SignIn, SignOut: d.SignOut, Source: in.Source, Version: old.Version + 1, UpdatedAt: t.now}
	if exists && old.Status == m.Status && old.Source == m.Source && old.SignIn.Equal(m.SignIn) && old.SignOut.Equal(m.SignOut) {
		return nil
	}
	action := "记录考勤"
	switch {
	case d.Correction:
		if reason == "" {
			return errs.E(errs.Invalid, attendance.FieldReason, fmt.Sprintf("%s 第 %d 课：按签到/签退时间应为“%s”，改为“%s”是更正，请填写原因",
				tr.Name(), l.No, training.StatusLabel(d.FromTimes), training.StatusLabel(d.Status)))
		}
		m.Reason, m.Correction, action = reason, true, "更正考勤："+reason
	case byHand(in.Source) && ((exists && !byHand(old.Source)) || lessonDayPassed(l, t.now)):
		if reason == "" {
			return errs.E(errs.Invalid, attendance.FieldReason, fmt.Sprintf("%s 第 %d 课的考勤是事后补录或更正，请填写原因", tr.Name(), l.No))
		}
		m.Reason, action = reason, "补录考勤："+reason
	}
	return t.put(action, training.KindAttendance, id, m.Version, m)
}

func lessonDayPassed(l training.Lesson, now time.Time) bool {
	return l.Date.Before(training.Day(now))
}

// MarkAllPresent is the one action that starts marking a lesson: everyone
// not yet marked is present, signed in at the start; signed out at the end
// only when the end has passed (attendance.RollCall: never a future time).
// Pressed again after the end, it also signs out those it signed in.
func (s *Store) MarkAllPresent(lessonID, reason string) (int, error) {
	n := 0
	err := s.update(func(t *tx) error {
		var l training.Lesson
		if ok, err := t.get(training.KindLesson, lessonID, &l); err != nil || !ok {
			return orNotFound(err)
		}
		start, end, err := attendance.LessonWindow(l, time.Local)
		if err != nil {
			return err
		}
		roster, err := t.classTrainees(l.ClassID)
		if err != nil {
			return err
		}
		e := attendance.RollCall(start, end, t.now)
		for _, tr := range roster {
			if t.records(training.KindAttendance).Get([]byte(training.MarkID(l.ID, tr.ID))) != nil {
				continue
			}
			in := MarkInput{TraineeID: tr.ID, Status: e.Status, SignIn: e.SignIn, SignOut: e.SignOut, Source: SourceRoll}
			if err := t.mark(l, in, reason); err != nil {
				return err
			}
			n++
		}
		_, err = t.closeRoll(l)
		return err
	})
	return n, err
}

// CloseRoll fills the sign-out of the lesson's 全部出勤 marks with the
// lesson's end, once it has passed; the attendance screen calls it when it
// shows a lesson. It writes nothing (no audit entry) when nothing is open.
func (s *Store) CloseRoll(lessonID string) (int, error) {
	open := false
	if err := s.view(func(t *tx) error {
		return t.eachMark(lessonID, func(m training.Mark) {
			open = open || (m.Source == SourceRoll && m.SignOut.IsZero() && !m.SignIn.IsZero())
		})
	}); err != nil || !open {
		return 0, err
	}
	n := 0
	err := s.update(func(t *tx) error {
		var l training.Lesson
		if ok, err := t.get(training.KindLesson, lessonID, &l); err != nil || !ok {
			return orNotFound(err)
		}
		var err error
		n, err = t.closeRoll(l)
		return err
	})
	return n, err
}

func (t *tx) closeRoll(l training.Lesson) (int, error) {
	_, end, err := attendance.LessonWindow(l, time.Local)
	if err != nil || !attendance.Ended(end, t.now) {
		return 0, err
	}
	var open []training.Mark
	if err := t.eachMark(l.ID, func(m training.Mark) {
		if m.Source == SourceRoll && m.SignOut.IsZero() && !m.SignIn.IsZero() {
			open = append(open, m)
		}
	}); err != nil {
		return 0, err
	}
	for _, m := range open {
		m.SignOut, m.Version, m.UpdatedAt = end, m.Version+1, t.now
		if err := t.put("下课补记签退（全部出勤）", training.KindAttendance, m.ID, m.Version, m); err != nil {
			return 0, err
		}
	}
	return len(open), nil
}

// LessonsWithoutRoll lists the class's lessons that are over and have no
// mark at all: roll never taken (shown as a warning on 考勤).
func (s *Store) LessonsWithoutRoll(classID string) ([]training.Lesson, error) {
	var out []training.Lesson
	err := s.view(func(t *tx) error {
		lessons, err := t.classLessons(classID)
		if err != nil {
			return err
		}
		out = attendance.RollMissing(lessons, t.lessonHasMarks, t.now, time.Local)
		return nil
	})
	return out, err
}

// LessonMarks returns the marks of one lesson, by trainee id.
func (s *Store) LessonMarks(lessonID string) (map[string]training.Mark, error) {
	out := map[string]training.Mark{}
	err := s.view(func(t *tx) error {
		return t.eachMark(lessonID, func(m training.Mark) { out[m.TraineeID] = m })
	})
	return out, err
}

// Marks returns every mark of a class.
func (s *Store) Marks(classID string) ([]training.Mark, error) {
	var out []training.Mark
	err := s.view(func(t *tx) error {
		var err error
		out, err = t.classMarks(classID)
		return err
	})
	return out, err
}

func (t *tx) classMarks(classID string) ([]training.Mark, error) {
	var out []training.Mark
	lessons, err := t.classLessons(classID)
	if err != nil {
		return nil, err
	}
	for _, l := range lessons {
		if err := t.eachMark(l.ID, func(m training.Mark) { out = append(out, m) }); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (t *tx) eachMark(lessonID string, fn func(training.Mark)) error {
	return t.each(training.KindAttendance, lessonID+".", func(raw []byte) error {
		var m training.Mark
		if err := jsonUnmarshal(raw, &m); err != nil {
			return err
		}
		fn(m)
		return nil
	})
}
