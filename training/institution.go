package training

import (
	"strings"

	"trainingdesk/errs"
	"trainingdesk/identity"
)

// Check normalizes the institution's details and reports the first thing
// wrong, naming the field. An empty code becomes the organisation-code part
// of the 统一社会信用代码 (short and unique).
func (inst *Institution) Check() error {
	inst.Name = strings.TrimSpace(inst.Name)
	if inst.Name == "" {
		return errs.Errorf(errs.Invalid, FieldInstitutionName, "不能为空")
	}
	code, err := identity.ValidateUSCC(inst.USCC)
	if err != nil {
		return errs.Errorf(errs.Invalid, FieldUSCC, "%v", err)
	}
	inst.USCC = code
	inst.Code = strings.TrimSpace(inst.Code)
	if inst.Code == "" {
		inst.Code = code[8:17]
	}
	if !validInstCode(inst.Code) {
		return errs.Errorf(errs.Invalid, FieldInstitutionCode, "“%s”无效：只能用字母、数字和短横线，最多 16 位", inst.Code)
	}
	return nil
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
