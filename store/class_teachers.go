package store

import (
	"slices"

	"trainingdesk/training"
)

// linkTeachers ties the names a class lists to the register: an id the
// face chose stays while its teacher is still named; a name that exactly
// one registered teacher has gets that teacher's id. Names nobody
// registered stay as free text (old classes keep working).
func (t *tx) linkTeachers(c *training.Class) error {
	byName, nameOf, err := t.teacherNames()
	if err != nil {
		return err
	}
	chosen := c.TeacherIDs
	c.TeacherIDs = nil
	for _, id := range chosen {
		if name, ok := nameOf[id]; ok && slices.Contains(c.Teachers, name) && !slices.Contains(c.TeacherIDs, id) {
			c.TeacherIDs = append(c.TeacherIDs, id)
		}
	}
	for _, name := range c.Teachers {
		if ids := byName[name]; len(ids) == 1 && !slices.Contains(c.TeacherIDs, ids[0]) {
			c.TeacherIDs = append(c.TeacherIDs, ids[0])
		}
	}
	return nil
}

// linkLessonTeacher does the same for a lesson's one teacher.
func (t *tx) linkLessonTeacher(l *training.Lesson) error {
	byName, nameOf, err := t.teacherNames()
	if err != nil {
		return err
	}
	if nameOf[l.TeacherID] == l.Teacher && l.TeacherID != "" {
		return nil
	}
	l.TeacherID = ""
	if ids := byName[l.Teacher]; len(ids) == 1 {
		l.TeacherID = ids[0]
	}
	return nil
}

// teacherNames maps the register's names to ids and back (the register is a
// few hundred people at most; read once per call).
func (t *tx) teacherNames() (byName map[string][]string, nameOf map[string]string, err error) {
	byName, nameOf = map[string][]string{}, map[string]string{}
	err = t.each(training.KindTeacher, "", func(raw []byte) error {
		var head struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		}
		if err := jsonUnmarshal(raw, &head); err != nil {
			return err
		}
		byName[head.Name] = append(byName[head.Name], head.ID)
		nameOf[head.ID] = head.Name
		return nil
	})
	return byName, nameOf, err
}

// ClassTeacherWarnings says where a class's registered teachers fall short
// of the region's rule (设置). Teachers named only as free text count for
// nothing: the rule needs their qualifications.
func (s *Store) ClassTeacherWarnings(c training.Class) ([]string, error) {
	st, err := s.Settings()
	if err != nil || (st.TeacherRule == training.TeacherRule{}) {
		return nil, err
	}
	var teachers []training.Teacher
	err = s.view(func(t *tx) error {
		for _, id := range c.TeacherIDs {
			tc, err := t.teacher(id)
			if err != nil {
				return err
			}
			teachers = append(teachers, tc)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return training.TeacherWarnings(st.TeacherRule, teachers), nil
}
