// Package enrolment checks a person's details before they join a class. The
// roster form, the paste box, the spreadsheet import and the command line all
// call Check, so a clerk gets the same answer everywhere.
package enrolment

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/width"

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
	sex, err := ParseSex(p.Sex)
	if err != nil {
		return nil, err
	}
	if sex != "" && sex != n.Sex {
		return nil, errs.Errorf(errs.Invalid, training.FieldSex, "填写为“%s”，但证件号码显示为“%s”：请核对性别或证件号码", sex, n.Sex)
	}
	p.IDNumber, p.IDType, p.Sex, p.Birth = n.Value, string(n.Kind), n.Sex, n.Birth
	if p.Phone, err = NormalizePhone(p.Phone); err != nil {
		return n.Warnings, err
	}
	return n.Warnings, nil
}

// ParseSex reads a sex as clerks and spreadsheets write it (男, 男性, M,
// male …) as 男 or 女; "" stays "" (the number decides).
func ParseSex(written string) (string, error) {
	switch s := strings.TrimSpace(written); strings.ToUpper(s) {
	case "":
		return "", nil
	case "男", "男性", "M", "MALE":
		return "男", nil
	case "女", "女性", "F", "FEMALE":
		return "女", nil
	default:
		return "", errs.Errorf(errs.Invalid, training.FieldSex, "“%s”无法识别：请填写“男”或“女”", s)
	}
}

var (
	mobile   = regexp.MustCompile(`^1[0-9]{10}$`)
	landline = regexp.MustCompile(`^0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?$`)
)

// NormalizePhone accepts a mobile number (spaces, dashes and +86 tolerated)
// or a landline with its area code (and extension), and returns it tidied;
// "" stays "".
func NormalizePhone(written string) (string, error) {
	p := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, width.Fold.String(written))
	if p == "" {
		return "", nil
	}
	p = strings.TrimPrefix(p, "+86")
	if digits := strings.ReplaceAll(p, "-", ""); mobile.MatchString(digits) {
		return digits, nil
	}
	if landline.MatchString(p) {
		return p, nil
	}
	return "", errs.Errorf(errs.Invalid, training.FieldPhone, "“%s”格式不对：请填写 11 位手机号（如 13812345678）或带区号的固定电话（如 0571-88888888）", strings.TrimSpace(written))
}
