package store

import (
	"trainingdesk/training"
)

// Institution returns the school's details; ok is false before first-run setup.
func (s *Store) Institution() (inst training.Institution, ok bool, err error) {
	err = s.view(func(t *tx) error {
		ok, err = t.getMeta(mInstitution, &inst)
		return err
	})
	return inst, ok, err
}

// SaveInstitution validates and saves the school's details (first-run setup
// and settings). A new institution also gets its certificate signing key.
func (s *Store) SaveInstitution(inst training.Institution) (training.Institution, error) {
	if err := inst.Check(); err != nil {
		return inst, err
	}
	err := s.update(func(t *tx) error {
		if err := t.ensureSigningKey(); err != nil {
			return err
		}
		return t.putMeta("保存机构信息", mInstitution, inst)
	})
	return inst, err
}
