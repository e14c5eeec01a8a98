package store

import (
	"strings"

	"trainingdesk/errs"
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
		return inst, errs.Errorf(errs.Invalid, training.FieldInstitutionName, "不能为空")
	}
	code, err := identity.ValidateUSCC(inst.USCC)
	if err != nil {
		return inst, errs.Errorf(errs.Invalid, training.FieldUSCC, "%v", err)
	}
	inst.USCC = code
	inst.Code = strings.TrimSpace(inst.Code)
	if inst.Code == "" {
		inst.Code = code[8:17] // the organisation code part: short and unique
	}
	if !validInstCode(inst.Code) {
		return inst, errs.Errorf(errs.Invalid, training.FieldInstitutionCode, "“%s”无效：只能用字母、数字和短横线，最多 16 位", inst.Code)
	}
	err = s.update(func(t *tx) error {
		if err := t.ensureSigningKey(); err != nil {
			return err
		}
		return t.putMeta("保存机构信息", mInstitution, inst)
	})
	return inst, err
}

// validInstCode keeps certificate numbers printable and easy to read out.
func validInstCode(c string) bool {
	if len(c) > 16 {
		return false
	}
	for _, r := range c {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}
