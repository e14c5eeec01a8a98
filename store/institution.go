package store

import (
	"strings"

	"trainingdesk/identity"
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
	inst.Name = strings.TrimSpace(inst.Name)
	if inst.Name == "" {
		return inst, training.Invalid("机构名称", "不能为空")
	}
	code, err := identity.ValidateUSCC(inst.USCC)
	if err != nil {
		return inst, training.Invalid("统一社会信用代码", "%v", err)
	}
	inst.USCC = code
	if inst.Code == "" {
		inst.Code = code[8:17] // the organisation code part: short and unique
	}
	err = s.update(func(t *tx) error {
		if err := t.ensureSigningKey(); err != nil {
			return err
		}
		return t.putMeta("保存机构信息", mInstitution, inst)
	})
	return inst, err
}
