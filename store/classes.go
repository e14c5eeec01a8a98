package store

import (
	"encoding/json"
	"sort"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// FileClass files a new class (开班). The code must be unique.
func (s *Store) FileClass(c training.Class) (training.Class, error) {
	if err := s.resolveOccupation(&c); err != nil {
		return c, err
	}
	if err := c.Check(); err != nil {
		return c, err
	}
	err := s.update(func(t *tx) error {
		if t.index(ixClassCode).Get([]byte(c.Code)) != nil {
			return errs.Errorf(errs.Exists, training.FieldClassCode, "“%s”已被其他班级使用，请换一个编号", c.Code)
		}
		if err := t.linkTeachers(&c); err != nil {
			return err
		}
		c.ID, c.Version, c.UpdatedAt = training.NewID(), 1, t.now
		t.defaultSubsidy(&c)
		if err := t.index(ixClassCode).Put([]byte(c.Code), []byte(c.ID)); err != nil {
			return err
		}
		return t.put("开班备案", training.KindClass, c.ID, c.Version, c)
	})
	return c, err
}

// UpdateClass saves an edited class; its id never changes.
func (s *Store) UpdateClass(c training.Class) (training.Class, error) {
	// A class filed before the catalogue keeps its code; a changed code is checked.
	occErr := s.resolveOccupation(&c)
	if err := c.Check(); err != nil {
		return c, err
	}
	err := s.update(func(t *tx) error {
		var old training.Class
		if ok, err := t.get(training.KindClass, c.ID, &old); err != nil || !ok {
			return orNotFound(err)
		}
		if occErr != nil && c.OccupationCode != old.OccupationCode {
			return occErr
		}
		ix := t.index(ixClassCode)
		if c.Code != old.Code {
			if ix.Get([]byte(c.Code)) != nil {
				return errs.Errorf(errs.Exists, training.FieldClassCode, "“%s”已被其他班级使用，请换一个编号", c.Code)
			}
			if err := ix.Delete([]byte(old.Code)); err != nil {
				return err
			}
			if err := ix.Put([]byte(c.Code), []byte(c.ID)); err != nil {
				return err
			}
		}
		if err := t.linkTeachers(&c); err != nil {
			return err
		}
		c.FilingNo, c.Version, c.UpdatedAt = old.FilingNo, old.Version+1, t.now
		return t.put("修改班级", training.KindClass, c.ID, c.Version, c)
	})
	return c, err
}

// Classes lists every class, the newest start date first.
func (s *Store) Classes() ([]training.Class, error) {
	var out []training.Class
	err := s.view(func(t *tx) error {
		return t.each(training.KindClass, "", func(raw []byte) error {
			var c training.Class
			if err := json.Unmarshal(raw, &c); err != nil {
				return err
			}
			out = append(out, c)
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Start.Equal(out[j].Start) {
			return out[i].Start.After(out[j].Start)
		}
		return out[i].Code < out[j].Code
	})
	return out, err
}

// Class returns one class by id.
func (s *Store) Class(id string) (training.Class, error) {
	var c training.Class
	err := s.view(func(t *tx) error {
		ok, err := t.get(training.KindClass, id, &c)
		if !ok {
			return orNotFound(err)
		}
		return err
	})
	return c, err
}

// ClassByCode finds a class by the code the clerk gave it.
func (s *Store) ClassByCode(code string) (training.Class, error) {
	var id string
	_ = s.view(func(t *tx) error {
		id = string(t.index(ixClassCode).Get([]byte(code)))
		return nil
	})
	if id == "" {
		return training.Class{}, errs.Errorf(errs.NotFound, training.FieldClass, "找不到编号为“%s”的班级", code)
	}
	return s.Class(id)
}

// TraineeCounts maps class id → number of enrolled trainees.
func (s *Store) TraineeCounts() (map[string]int, error) {
	out := map[string]int{}
	err := s.view(func(t *tx) error {
		return t.index(ixClassCounts).ForEach(func(k, v []byte) error {
			out[string(k)] = readCount(v)
			return nil
		})
	})
	return out, err
}

func orNotFound(err error) error {
	if err != nil {
		return err
	}
	return ErrNotFound
}

func indexOfByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}
