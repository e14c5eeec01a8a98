package eligibility

import (
	"testing"

	"trainingdesk/errs"
	"trainingdesk/training"
)

func TestSkillCertificateNamesEveryWrongField(t *testing.T) {
	_, err := ParseSkillCertificate("S 12", "六级", "2026-13-01", "")
	got := map[errs.Field]bool{}
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		got[errs.FieldOf(e)] = true
	}
	for _, f := range []errs.Field{FieldSkillNumber, FieldSkillLevel, FieldSkillIssued, FieldSkillIssuer} {
		if !got[f] {
			t.Errorf("%s not named in %v", f.Label(), err)
		}
	}
	c, err := ParseSkillCertificate(" s2026350100000123 ", "四级/中级工", "2026/7/15", "福州市职业技能鉴定中心")
	if err != nil || c.Number != "S2026350100000123" || c.Level != 4 || c.Issued.Format(training.DateLayout) != "2026-07-15" {
		t.Fatalf("a good certificate as typed: %+v %v", c, err)
	}
	pass := 80.0
	class := training.Class{Start: c.Issued.AddDate(0, 0, -10)}
	failed := training.Result{Attempts: []training.Attempt{{Theory: &pass, Passed: false}}}
	if err := CheckSkillCertificate(c, failed, class, c.Issued); errs.FieldOf(err) != FieldSkillCert {
		t.Errorf("on a failed result: %v", err)
	}
	passed := training.Result{Attempts: []training.Attempt{{Theory: &pass, Passed: true}}}
	if err := CheckSkillCertificate(c, passed, class, c.Issued); err != nil {
		t.Errorf("a good certificate refused: %v", err)
	}
	if err := CheckSkillCertificate(c, passed, training.Class{Start: c.Issued.AddDate(0, 0, 1)}, c.Issued); errs.FieldOf(err) != FieldSkillIssued {
		t.Errorf("issued before the class began: %v", err)
	}
}
