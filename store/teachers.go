package store

import (
	"encoding/json"
	"fmt"
	"sort"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// storedTeacher is a teacher on disk: identity number and phone sealed.
type storedTeacher struct {
	training.Teacher
	IDSealed    []byte `json:"id_sealed"`
	PhoneSealed []byte `json:"phone_sealed,omitempty"`
}

func (t *tx) putTeacher(action string, tc training.Teacher) error {
	st := storedTeacher{Teacher: tc, IDSealed: t.s.k.seal([]byte(tc.IDNumber), tc.ID)}
	if tc.Phone != "" {
		st.PhoneSealed = t.s.k.seal([]byte(tc.Phone), tc.ID+"/phone")
	}
	st.IDNumber, st.Phone = "", ""
	return t.put(action, training.KindTeacher, tc.ID, tc.Version, st)
}

func (t *tx) decodeTeacher(raw []byte) (training.Teacher, error) {
	var st storedTeacher
	if err := json.Unmarshal(raw, &st); err != nil {
		return training.Teacher{}, err
	}
	id, err := t.s.k.open(st.IDSealed, st.ID)
	if err != nil {
		return training.Teacher{}, fmt.Errorf("教师 %s 的证件号码无法解密（密钥不符或数据被改动）", st.Name)
	}
	st.Teacher.IDNumber = string(id)
	if st.PhoneSealed != nil {
		phone, err := t.s.k.open(st.PhoneSealed, st.ID+"/phone")
		if err != nil {
			return training.Teacher{}, fmt.Errorf("教师 %s 的电话无法解密", st.Name)
		}
		st.Teacher.Phone = string(phone)
	}
	return st.Teacher, nil
}

func (t *tx) teacher(id string) (training.Teacher, error) {
	raw := t.records(training.KindTeacher).Get([]byte(id))
	if raw == nil {
		return training.Teacher{}, errs.E(errs.NotFound, "找不到这位教师（可能已被删除）")
	}
	return t.decodeTeacher(raw)
}

// SaveTeacher adds a teacher to the register (no ID) or saves an edit. One
// person is registered once: the identity number is unique.
func (s *Store) SaveTeacher(tc training.Teacher) (training.Teacher, error) {
	if err := tc.Check(s.now()); err != nil {
		return tc, err
	}
	err := s.update(func(t *tx) error {
		key := t.s.k.indexOf(tc.IDNumber)
		ix := t.index(ixTeacherPerson)
		if other := ix.Get(key); other != nil && string(other) != tc.ID {
			return errs.E(errs.Exists, training.FieldTeacherID, "这位教师已在师资库中，请直接修改已有记录")
		}
		action := "登记教师"
		if tc.ID == "" {
			tc.ID, tc.Version = training.NewID(), 1
		} else {
			old, err := t.teacher(tc.ID)
			if err != nil {
				return err
			}
			if old.IDNumber != tc.IDNumber {
				if err := ix.Delete(t.s.k.indexOf(old.IDNumber)); err != nil {
					return err
				}
			}
			tc.Version, action = old.Version+1, "修改教师"
			keepScans(&tc, old)
		}
		tc.UpdatedAt = t.now
		if err := ix.Put(key, []byte(tc.ID)); err != nil {
			return err
		}
		return t.putTeacher(action, tc)
	})
	return tc, err
}

// Teachers is the register, by name.
func (s *Store) Teachers() ([]training.Teacher, error) {
	var out []training.Teacher
	err := s.view(func(t *tx) error {
		return t.each(training.KindTeacher, "", func(raw []byte) error {
			tc, err := t.decodeTeacher(raw)
			if err == nil {
				out = append(out, tc)
			}
			return err
		})
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, err
}

// Teacher is one teacher of the register.
func (s *Store) Teacher(id string) (training.Teacher, error) {
	var tc training.Teacher
	err := s.view(func(t *tx) error {
		var err error
		tc, err = t.teacher(id)
		return err
	})
	return tc, err
}

// Teaching is one line of a teacher's 执教履历: a class they were named for,
// with the lessons of its timetable they gave.
type Teaching struct {
	Class   training.Class
	Lessons []training.Lesson
	Hours   float64
}

// TeachingHistory lists the classes a teacher is named for or gave lessons
// in, newest first.
func (s *Store) TeachingHistory(teacherID string) ([]Teaching, error) {
	var out []Teaching
	err := s.view(func(t *tx) error {
		byClass := map[string]*Teaching{}
		err := t.each(training.KindClass, "", func(raw []byte) error {
			var c training.Class
			if err := json.Unmarshal(raw, &c); err != nil {
				return err
			}
			for _, id := range c.TeacherIDs {
				if id == teacherID {
					byClass[c.ID] = &Teaching{Class: c}
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		err = t.each(training.KindLesson, "", func(raw []byte) error {
			var l training.Lesson
			if err := json.Unmarshal(raw, &l); err != nil {
				return err
			}
			if l.TeacherID != teacherID {
				return nil
			}
			tg, ok := byClass[l.ClassID]
			if !ok {
				var c training.Class
				if found, err := t.get(training.KindClass, l.ClassID, &c); err != nil || !found {
					return err
				}
				tg = &Teaching{Class: c}
				byClass[c.ID] = tg
			}
			tg.Lessons = append(tg.Lessons, l)
			tg.Hours += l.Hours
			return nil
		})
		for _, tg := range byClass {
			sort.Slice(tg.Lessons, func(i, j int) bool { return tg.Lessons[i].Date.Before(tg.Lessons[j].Date) })
			out = append(out, *tg)
		}
		return err
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Class.Start.After(out[j].Class.Start) })
	return out, err
}
