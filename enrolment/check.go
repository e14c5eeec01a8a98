// Package enrolment checks a person's details before they join a class. The
// roster form, the paste box, the spreadsheet import and the command line all
// call Check, so a clerk gets the same answer everywhere.
package enrolment

import (
	"strings"

	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/personname"
	"trainingdesk/training"
)

// Check normalizes p in place (identity number, sex and birth date from the
// number) and returns warnings the clerk should see, or the first error,
// naming the field.
func Check(p *training.Person) (warnings []string, err error) {
	name, err := personname.Check(p.Name)
	if err != nil {
		return nil, err
	}
	p.Name = name
	n, err := identity.Parse(p.IDNumber)
	if err != nil {
		return nil, errs.E(errs.Invalid, training.FieldIDNumber, err.Error())
	}
	sex := strings.TrimSpace(p.Sex)
	if sex != "" && sex != n.Sex {
		return nil, errs.Errorf(errs.Invalid, training.FieldSex, "填写的“%s”与证件号码（%s）不符，请核对", sex, n.Sex)
	}
	p.IDNumber, p.IDType, p.Sex, p.Birth = n.Value, string(n.Kind), n.Sex, n.Birth
	p.Phone = strings.TrimSpace(p.Phone)
	if p.Phone != "" && !validPhone(p.Phone) {
		return n.Warnings, errs.Errorf(errs.Invalid, training.FieldPhone, "“%s”不是有效的手机号（11 位，以 1 开头）或座机号（如 0571-88888888）", p.Phone)
	}
	return n.Warnings, nil
}

func validPhone(p string) bool {
	digits := strings.ReplaceAll(p, "-", "")
	for _, r := range digits {
		if r < '0' || r > '9' {
			return false
		}
	}
	if len(digits) == 11 && digits[0] == '1' {
		return true
	}
	return digits != "" && digits[0] == '0' && len(digits) >= 10 && len(digits) <= 12 && strings.Contains(p, "-")
}
