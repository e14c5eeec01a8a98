package eligibility

import (
	"errors"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// Fields of a 职业技能等级证书 record.
var (
	FieldSkillNumber = errs.NewField("skill_cert_number", "等级证书编号", "Skill certificate number")
	FieldSkillLevel  = errs.NewField("skill_cert_level", "证书等级", "Certificate level")
	FieldSkillIssued = errs.NewField("skill_cert_issued", "发证日期", "Date issued")
	FieldSkillIssuer = errs.NewField("skill_cert_issuer", "评价机构", "Assessing body")
	FieldSkillCert   = errs.NewField("skill_cert", "职业技能等级证书", "Skill level certificate")
)

// Skill certificate limits: the national numbers are 20 characters or so.
const (
	minSkillNumber = 6
	maxSkillNumber = 32
	maxSkillIssuer = 60
)

// ParseSkillCertificate reads what a clerk typed (the level as 1–5, 四级 or
// 四级/中级工; the date as YYYY-MM-DD) and names every wrong field at once.
func ParseSkillCertificate(number, level, issued, issuer string) (training.SkillCertificate, error) {
	c := training.SkillCertificate{Number: strings.ToUpper(strings.TrimSpace(number)), Issuer: strings.TrimSpace(issuer)}
	var problems []error
	if l, err := training.ParseLevel(strings.TrimSpace(level)); err != nil {
		problems = append(problems, errs.E(errs.Invalid, FieldSkillLevel, "请选择五级/初级工 … 一级/高级技师"))
	} else {
		c.Level = l
	}
	if strings.TrimSpace(issued) == "" {
		problems = append(problems, errs.E(errs.Invalid, FieldSkillIssued, "请填写证书上的发证日期，如 2026-07-15"))
	} else if d, err := training.ParseDate(FieldSkillIssued, issued); err != nil {
		problems = append(problems, errs.E(errs.Invalid, FieldSkillIssued, "请按 YYYY-MM-DD 填写，如 2026-07-15"))
	} else {
		c.Issued = d
	}
	problems = append(problems, checkSkillText(c)...)
	return c, errors.Join(problems...)
}

// CheckSkillCertificate is the one rule for recording a 职业技能等级证书 on
// a result: the trainee passed the class's assessment, the number and the
// 评价机构 are readable, and the certificate was issued between the class's
// start and today.
func CheckSkillCertificate(c training.SkillCertificate, r training.Result, class training.Class, now time.Time) error {
	var problems []error
	if err := CheckSkillRecord(c, r); err != nil {
		problems = append(problems, errs.Problems(err)...)
	}
	switch day := training.Day(c.Issued); {
	case c.Issued.IsZero():
		problems = append(problems, errs.E(errs.Invalid, FieldSkillIssued, "请填写证书上的发证日期"))
	case day.Before(training.Day(class.Start)):
		problems = append(problems, errs.Errorf(errs.Invalid, FieldSkillIssued, "%s 早于开班日期 %s：本班培训取得的证书不会更早，请核对",
			day.Format(training.DateLayout), class.Start.Format(training.DateLayout)))
	case day.After(training.Day(now)):
		problems = append(problems, errs.Errorf(errs.Invalid, FieldSkillIssued, "%s 是将来的日期，请核对", day.Format(training.DateLayout)))
	}
	return errors.Join(problems...)
}

// CheckSkillRecord is the part of the rule a record carries by itself (the
// bureau checks it too): a passed result, a level, a readable number and
// 评价机构.
func CheckSkillRecord(c training.SkillCertificate, r training.Result) error {
	var problems []error
	if !r.Passed() {
		problems = append(problems, errs.E(errs.Conflict, FieldSkillCert, "考核合格后才能登记职业技能等级证书：请先录入合格成绩"))
	}
	if !c.Level.Valid() {
		problems = append(problems, errs.E(errs.Invalid, FieldSkillLevel, "请选择五级/初级工 … 一级/高级技师"))
	}
	problems = append(problems, checkSkillText(c)...)
	return errors.Join(problems...)
}

// KeepsSkillCert refuses a result that would no longer be passed while a
// 职业技能等级证书 is recorded on it: the two records would contradict.
func KeepsSkillCert(r training.Result) error {
	if r.SkillCert != nil && !r.Passed() {
		return errs.Errorf(errs.Conflict, FieldSkillCert, "已登记等级证书 %s，成绩不能改为不合格：如确属录错，请先撤销等级证书登记", r.SkillCert.Number)
	}
	return nil
}

func checkSkillText(c training.SkillCertificate) []error {
	var problems []error
	n := utf8.RuneCountInString(c.Number)
	ok := n >= minSkillNumber && n <= maxSkillNumber
	for _, r := range c.Number {
		if !(r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r == '-') {
			ok = false
		}
	}
	if !ok {
		problems = append(problems, errs.Errorf(errs.Invalid, FieldSkillNumber,
			"须为 %d–%d 位字母、数字或“-”，照证书抄写（不含空格）", minSkillNumber, maxSkillNumber))
	}
	switch {
	case c.Issuer == "":
		problems = append(problems, errs.E(errs.Invalid, FieldSkillIssuer, "请填写发证的评价机构名称"))
	case utf8.RuneCountInString(c.Issuer) > maxSkillIssuer:
		problems = append(problems, errs.Errorf(errs.Limit, FieldSkillIssuer, "最多 %d 个字", maxSkillIssuer))
	case strings.IndexFunc(c.Issuer, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }) >= 0:
		problems = append(problems, errs.E(errs.Invalid, FieldSkillIssuer, "含有控制字符或不可见字符，请重新输入"))
	}
	return problems
}
