package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"trainingdesk/eligibility"
	"trainingdesk/errs"
	"trainingdesk/outcome"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

func skillCert(number, issued string) *training.SkillCertificate {
	return &training.SkillCertificate{Number: number, Level: 4, Issued: day(issued), Issuer: "福州市职业技能鉴定中心"}
}

// A recorded 职业技能等级证书 travels with the result to the bureau, is
// never silently replaced, keeps the result passed, and makes the tiered
// subsidy pay the skilled rate.
func TestSkillCertificateIsRecordedAndPaysTheSkilledRate(t *testing.T) {
	s, _ := openCertStore(t, day("2026-03-05"))
	c, roster := claimClass(t, s, "K-01", 60, 4)
	before, _ := s.Results(c.ID)
	r, err := s.SetSkillCertificate(roster[0].ID, skillCert("S2026350100000123", "2026-03-04"), "")
	if err != nil {
		t.Fatal(err)
	}
	if r.SkillCert == nil || r.Version != before[roster[0].ID].Version+1 {
		t.Fatalf("the certificate is not on a new version of the result: %+v", r)
	}
	due, _ := s.Due(day("2027-01-01"), 1000)
	sent := false
	for _, d := range due {
		sent = sent || d.Kind == training.KindResult && d.ID == roster[0].ID && d.Version == r.Version
	}
	if !sent {
		t.Error("the result with its certificate is not queued for the bureau")
	}
	// Replacing needs a reason; a date after today is refused by field.
	_, err = s.SetSkillCertificate(roster[0].ID, skillCert("S2026350100000999", "2026-03-04"), "")
	if !errs.Is(errs.Conflict, err) || errs.FieldOf(err) != eligibility.FieldReason {
		t.Errorf("a replacement without a reason: %v", err)
	}
	_, err = s.SetSkillCertificate(roster[1].ID, skillCert("S2026350100000124", "2026-03-09"), "")
	if errs.FieldOf(err) != eligibility.FieldSkillIssued {
		t.Errorf("a certificate issued after today: %v", err)
	}
	// The absent trainee passed (no 培训合格证书 for the attendance): the
	// result holding a skill certificate cannot be corrected to a fail.
	if _, err := s.SetSkillCertificate(roster[3].ID, skillCert("S2026350100000126", "2026-03-04"), ""); err != nil {
		t.Fatal(err)
	}
	fail := 40.0
	if _, err := s.SetResult(roster[3].ID, &fail, &fail, "录错"); !errs.Is(errs.Conflict, err) || errs.FieldOf(err) != eligibility.FieldSkillCert {
		t.Errorf("a pass with a skill certificate corrected to a fail: %v", err)
	}

	// Tiered mode, 2 of 3 qualified employed (66 %): 140 % with the
	// certificate, 120 % without.
	dir := t.TempDir()
	shipped, err := os.ReadFile(filepath.Join("..", "assets", "codes", "subsidy_rules.json"))
	if err != nil {
		t.Fatal(err)
	}
	rules := filepath.Join(dir, "tiered.json")
	os.WriteFile(rules, []byte(strings.Replace(string(shipped), `"mode": "split"`, `"mode": "tiered"`, 1)), 0o600)
	st, _ := s.Settings()
	st.SubsidyRulesFile = rules
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	for _, tr := range roster[:2] {
		if _, err := s.RecordFollowUp(outcome.Entry{TraineeID: tr.ID, Date: day("2026-03-04"), Status: outcome.Employed, Employer: "榕城电气",
			Start: day("2026-03-03"), Evidence: []outcome.Evidence{{Kind: outcome.Contract, Ref: "HT-" + tr.ID}}}, nil); err != nil {
			t.Fatal(err)
		}
	}
	cc, err := s.ComputeClaim(c.ID, day("2026-10-01"))
	if err != nil {
		t.Fatal(err)
	}
	if cc.Rules.Mode != subsidy.ModeTiered {
		t.Fatalf("mode %q", cc.Rules.Mode)
	}
	if got := lineFor(t, cc, roster[0].ID).Employment; got != 172838 {
		t.Errorf("employed with the certificate: %d, want 140 %% = 172838", got)
	}
	if got := lineFor(t, cc, roster[1].ID).Employment; got != 148147 {
		t.Errorf("employed without: %d, want 120 %% = 148147", got)
	}
	// Withdrawing it needs a reason and puts the rate back to 120 %.
	if _, err := s.SetSkillCertificate(roster[0].ID, nil, "证书编号录入错误，待核"); err != nil {
		t.Fatal(err)
	}
	cc, _ = s.ComputeClaim(c.ID, day("2026-10-01"))
	if got := lineFor(t, cc, roster[0].ID).Employment; got != 148147 {
		t.Errorf("after withdrawing the certificate: %d, want 148147", got)
	}
}
