package store

import (
	"fmt"

	"trainingdesk/attendance"
	"trainingdesk/errs"
	"trainingdesk/training"
)

// LessonByNo finds a lesson by its number in the class's timetable (第 N 课),
// as the command line and printed sheets name it.
func (s *Store) LessonByNo(classID string, no int) (training.Lesson, error) {
	var l training.Lesson
	err := s.view(func(t *tx) error {
		id := t.index(ixClassLessons).Get([]byte(fmt.Sprintf("%s|%05d", classID, no)))
		if id == nil {
			return errs.Errorf(errs.NotFound, attendance.FieldLesson, "本班没有第 %d 课：请用 lessons list 查看课次", no)
		}
		ok, err := t.get(training.KindLesson, string(id), &l)
		if !ok {
			return orNotFound(err)
		}
		return err
	})
	return l, err
}

// DeleteLessons takes lessons off a class's timetable (a recurring series
// made with the wrong number of weeks, say). A lesson with any attendance
// mark is evidence and is refused. The remaining lessons are numbered
// 1…n again by date and time, so numbers stay gap-free.
func (s *Store) DeleteLessons(classID string, ids []string) error {
	return s.update(func(t *tx) error {
		drop := map[string]bool{}
		for _, id := range ids {
			drop[id] = true
		}
		lessons, err := t.classLessons(classID)
		if err != nil {
			return err
		}
		var keep []training.Lesson
		found := 0
		for _, l := range lessons {
			if !drop[l.ID] {
				keep = append(keep, l)
				continue
			}
			found++
			if t.lessonHasMarks(l.ID) {
				return errs.Errorf(errs.Conflict, attendance.FieldLesson, "第 %d 课（%s）已有考勤记录，不能删除", l.No, l.Date.Format(training.DateLayout))
			}
			if err := t.del("删除课程", training.KindLesson, l.ID, l.Version+1); err != nil {
				return err
			}
		}
		if found != len(drop) {
			return errs.Errorf(errs.NotFound, attendance.FieldLesson, "要删除的课程不在本班课程表中，请刷新后重试")
		}
		for _, l := range lessons {
			if drop[l.ID] {
				if err := t.index(ixClassLessons).Delete([]byte(fmt.Sprintf("%s|%05d", classID, l.No))); err != nil {
					return err
				}
			}
		}
		_, err = t.renumber(classID)
		return err
	})
}

func (t *tx) lessonHasMarks(lessonID string) bool {
	c := t.records(training.KindAttendance).Cursor()
	p := []byte(lessonID + ".")
	k, _ := c.Seek(p)
	return k != nil && hasPrefix(k, p)
}
