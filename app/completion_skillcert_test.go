package app

import (
	"strings"
	"testing"

	"trainingdesk/eligibility"
	"trainingdesk/training"

	"fyne.io/fyne/v2/test"
)

// The clerk ticks a passed trainee, types the 职业技能等级证书 with a
// mistake, sees it under the field, corrects it and saves; the result holds
// it. Replacing it later asks for a reason under 更正原因.
func TestCompletionRecordsASkillCertificate(t *testing.T) {
	u, s := completionUI(t, "DEMO-2026-01")
	var passed *CompletionRow
	for _, r := range s.Rows {
		if r.line.Result != nil && r.line.Result.Passed() && passed == nil {
			passed = r
		}
	}
	if passed == nil {
		t.Fatal("the demo class has nobody who passed")
	}
	test.Tap(s.SkillButton)
	if s.SkillCert != nil {
		t.Fatal("the form opened with nobody ticked")
	}
	passed.Pick.SetChecked(true)
	test.Tap(s.SkillButton)
	f := s.SkillCert
	f.Number.SetText("S2026350100000123")
	f.Level.SetSelected(training.Level(4).Label())
	f.Issued.SetText(testDay.AddDate(0, 0, 3).Format(training.DateLayout))
	f.Issuer.SetText("福州市职业技能鉴定中心")
	test.Tap(f.SaveButton)
	if !strings.Contains(f.fields.errorAt(eligibility.FieldSkillIssued), "将来") {
		t.Fatalf("a date after today is not named under 发证日期: %q / %q", f.fields.errorAt(eligibility.FieldSkillIssued), f.fields.General.Text)
	}
	f.Issued.SetText(testDay.Format(training.DateLayout))
	test.Tap(f.SaveButton)
	if msg := f.fields.firstError(); msg != "" {
		t.Fatalf("a good certificate refused: %q", msg)
	}
	res, _ := u.Store.Results(s.class.ID)
	if c := res[passed.TraineeID].SkillCert; c == nil || c.Number != "S2026350100000123" || c.Level != 4 {
		t.Fatalf("the result does not hold the certificate: %+v", c)
	}
	// Reopened, it shows what is recorded; a new number needs a reason.
	for _, r := range s.Rows {
		r.Pick.SetChecked(r.TraineeID == passed.TraineeID)
	}
	test.Tap(s.SkillButton)
	f = s.SkillCert
	if f.Number.Text != "S2026350100000123" {
		t.Fatalf("the form does not show the recorded certificate: %q", f.Number.Text)
	}
	f.Number.SetText("S2026350100000999")
	test.Tap(f.SaveButton)
	if f.fields.errorAt(eligibility.FieldReason) == "" {
		t.Fatal("a replacement without a reason was not asked for one")
	}
}
