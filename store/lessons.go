package store

import (
	"encoding/json"
	"fmt"
	"sort"

	"trainingdesk/attendance"
	"trainingdesk/training"
)

// AddLessons puts lessons on a class's timetable in one transaction. The
// whole timetable is then numbered by date and time (attendance.Number),
// whatever order the lessons were entered in; the lessons come back with
// their numbers.
func (s *Store) AddLessons(classID string, lessons []training.Lesson) ([]training.Lesson, error) {
	err := s.update(func(t *tx) error {
		var class training.Class
		if ok, err := t.get(training.KindClass, classID, &class); err != nil || !ok {
			return orNotFound(err)
		}
		n := t.lessonCount(classID)
		for i := range lessons {
			l := &lessons[i]
			if err := l.CheckIn(class); err != nil {
				return err
			}
			if err := t.linkLessonTeacher(l); err != nil {
				return err
			}
			n++
			l.ID, l.ClassID, l.No, l.Version, l.UpdatedAt = training.NewID(), classID, n, 1, t.now
			if err := t.index(ixClassLessons).Put([]byte(fmt.Sprintf("%s|%05d", classID, n)), []byte(l.ID)); err != nil {
				return err
			}
			if err := t.put("添加课程", training.KindLesson, l.ID, l.Version, *l); err != nil {
				return err
			}
		}
		numbers, err := t.renumber(classID)
		for i := range lessons {
			lessons[i].No = numbers[lessons[i].ID]
		}
		return err
	})
	return lessons, err
}

// UpdateLesson saves an edited lesson (its class stays; a new date or time
// may move its number).
func (s *Store) UpdateLesson(l training.Lesson) (training.Lesson, error) {
	err := s.update(func(t *tx) error {
		var old training.Lesson
		if ok, err := t.get(training.KindLesson, l.ID, &old); err != nil || !ok {
			return orNotFound(err)
		}
		var class training.Class
		if _, err := t.get(training.KindClass, old.ClassID, &class); err != nil {
			return err
		}
		if err := l.CheckIn(class); err != nil {
			return err
		}
		if err := t.linkLessonTeacher(&l); err != nil {
			return err
		}
		l.ClassID, l.No, l.Version, l.UpdatedAt = old.ClassID, old.No, old.Version+1, t.now
		if err := t.put("修改课程", training.KindLesson, l.ID, l.Version, l); err != nil {
			return err
		}
		numbers, err := t.renumber(l.ClassID)
		l.No = numbers[l.ID]
		if l.No != old.No {
			l.Version++
		}
		return err
	})
	return l, err
}

// renumber numbers the class's lessons 1…n by date and time, rewriting the
// number index and every lesson whose number changed. It returns each
// lesson's number by id.
func (t *tx) renumber(classID string) (map[string]int, error) {
	lessons, err := t.classLessons(classID)
	if err != nil {
		return nil, err
	}
	ix := t.index(ixClassLessons)
	for _, l := range lessons {
		if err := ix.Delete([]byte(fmt.Sprintf("%s|%05d", classID, l.No))); err != nil {
			return nil, err
		}
	}
	changed := attendance.Number(lessons)
	numbers := make(map[string]int, len(lessons))
	for _, l := range lessons {
		numbers[l.ID] = l.No
		if err := ix.Put([]byte(fmt.Sprintf("%s|%05d", classID, l.No)), []byte(l.ID)); err != nil {
			return nil, err
		}
	}
	for _, l := range changed {
		l.Version, l.UpdatedAt = l.Version+1, t.now
		if err := t.put("课程按日期重新编号", training.KindLesson, l.ID, l.Version, l); err != nil {
			return nil, err
		}
	}
	return numbers, nil
}

func (t *tx) lessonCount(classID string) int {
	n := 0
	prefix := []byte(classID + "|")
	c := t.index(ixClassLessons).Cursor()
	for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
		n++
	}
	return n
}

// Lessons is a class's timetable in date and time order.
func (s *Store) Lessons(classID string) ([]training.Lesson, error) {
	var out []training.Lesson
	err := s.view(func(t *tx) error {
		var err error
		out, err = t.classLessons(classID)
		return err
	})
	return out, err
}

func (t *tx) classLessons(classID string) ([]training.Lesson, error) {
	var out []training.Lesson
	prefix := []byte(classID + "|")
	c := t.index(ixClassLessons).Cursor()
	for k, v := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = c.Next() {
		var l training.Lesson
		raw := t.records(training.KindLesson).Get(v)
		if raw == nil {
			continue
		}
		if err := json.Unmarshal(raw, &l); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Date.Equal(out[j].Date) {
			return out[i].Date.Before(out[j].Date)
		}
		return out[i].Start < out[j].Start
	})
	return out, nil
}

// hasMarks reports whether a trainee has any attendance mark in the class.
func (t *tx) hasMarks(tr training.Trainee) bool {
	lessons, _ := t.classLessons(tr.ClassID)
	for _, l := range lessons {
		if t.records(training.KindAttendance).Get([]byte(training.MarkID(l.ID, tr.ID))) != nil {
			return true
		}
	}
	return false
}
