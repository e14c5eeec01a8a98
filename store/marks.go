package store

import (
	"strings"
	"time"

	"trainingdesk/attendance"
	"trainingdesk/training"
)

// MarkInput is one trainee's attendance at a lesson as the clerk (or a
// scanner, or a terminal log) gives it.
type MarkInput struct {
	TraineeID string
	Status    string
	SignIn    time.Time
	SignOut   time.Time
	Source    string // manual | scan | terminal
}

// MarkLesson saves marks for one lesson in one transaction. Marks entered by
// hand after the lesson's day, or overriding by hand what a scanner or
// terminal recorded, are corrections (补录): they need a reason, which goes
// to the mark and the audit log. On the lesson's day the clerk may change
// hand-made marks freely (全部出勤, then the exceptions).
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
	if !validStatus(in.Status) {
		return training.Invalid("考勤状态", "“%s”无效，应为 出勤/迟到/早退/请假/缺勤", in.Status)
	}
	tr, err := t.trainee(in.TraineeID)
	if err != nil {
		return err
	}
	if tr.ClassID != l.ClassID {
		return training.Invalid("学员", "%s 不是本班学员", tr.Name())
	}
	if in.Source == "" {
		in.Source = "manual"
	}
	id := training.MarkID(l.ID, tr.ID)
	var old training.Mark
	exists, err := t.get(training.KindAttendance, id, &old)
	if err != nil {
		return err
	}
	m := training.Mark{ID: id, ClassID: l.ClassID, LessonID: l.ID, TraineeID: tr.ID, Status: in.Status,
		SignIn: in.SignIn, SignOut: in.SignOut, Source: in.Source, Version: old.Version + 1, UpdatedAt: t.now}
	if exists && old.Status == m.Status && old.SignIn.Equal(m.SignIn) && old.SignOut.Equal(m.SignOut) {
		return nil
	}
	action := "记录考勤"
	overridesMachine := exists && old.Source != "manual"
	if in.Source == "manual" && (overridesMachine || lessonDayPassed(l, t.now)) {
		if reason == "" {
			return training.Invalid("补录原因", "%s 第 %d 课的考勤是事后补录或更正，请填写原因", tr.Name(), l.No)
		}
		m.Reason, action = reason, "补录考勤："+reason
	}
	return t.put(action, training.KindAttendance, id, m.Version, m)
}

func lessonDayPassed(l training.Lesson, now time.Time) bool {
	return l.Date.Before(training.Day(now))
}

func validStatus(s string) bool {
	for _, x := range training.Statuses {
		if s == x {
			return true
		}
	}
	return false
}

// MarkAllPresent is the one action that starts marking a lesson: everyone
// not yet marked is present, signed in at the start and out at the end.
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
		for _, tr := range roster {
			if t.records(training.KindAttendance).Get([]byte(training.MarkID(l.ID, tr.ID))) != nil {
				continue
			}
			if err := t.mark(l, MarkInput{TraineeID: tr.ID, Status: training.Present, SignIn: start, SignOut: end}, reason); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	return n, err
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
