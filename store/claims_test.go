package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"trainingdesk/errs"
	"trainingdesk/outcome"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

// claimClass is finishedClass with a standard of 1234.56 元, every trainee
// a 登记失业人员, the last one marked absent, and the certificates issued.
func claimClass(t *testing.T, s *Store, code string, first, n int) (training.Class, []training.Trainee) {
	t.Helper()
	c, roster := finishedClass(t, s, code, first, n)
	c.SubsidyFen = 123456
	c, err := s.UpdateClass(c)
	if err != nil {
		t.Fatal(err)
	}
	for i := range roster {
		roster[i].Category = "登记失业人员"
		if roster[i], _, err = s.UpdateTrainee(roster[i]); err != nil {
			t.Fatal(err)
		}
	}
	lessons, _ := s.Lessons(c.ID)
	if err := s.MarkLesson(lessons[0].ID, []MarkInput{{TraineeID: roster[n-1].ID, Status: training.Absent, Source: "terminal"}}, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := s.IssueCertificates(c.ID, nil); err != nil {
		t.Fatal(err)
	}
	return c, roster
}

func lineFor(t *testing.T, cc ClaimComputation, id string) subsidy.Line {
	t.Helper()
	for _, l := range cc.Result.Lines {
		if l.Trainee.ID == id {
			return l
		}
	}
	t.Fatalf("no line for %s", id)
	return subsidy.Line{}
}

func TestClaimsFromTheRecords(t *testing.T) {
	s, _ := openCertStore(t, day("2026-03-05"))
	c, roster := claimClass(t, s, "B-01", 0, 4)
	cc, err := s.ComputeClaim(c.ID, day("2026-03-10"))
	if err != nil {
		t.Fatal(err)
	}
	// Three present, passed, certified: 60 % of 1234.56 元 = 740.74 元 each.
	if cc.Result.TotalCompletion != 3*74074 || cc.Result.TotalEmployment != 0 || cc.Result.Qualified != 3 {
		t.Fatalf("totals %d %d qualified %d", cc.Result.TotalCompletion, cc.Result.TotalEmployment, cc.Result.Qualified)
	}
	absent := lineFor(t, cc, roster[3].ID)
	if absent.Qualified || !strings.Contains(strings.Join(absent.Reasons, "；"), "出勤率 0% 低于 80%") {
		t.Errorf("absent trainee: %q", absent.Reasons)
	}
	if l := lineFor(t, cc, roster[0].ID); !l.Pending || !strings.Contains(strings.Join(l.Reasons, "；"), "第二笔待 2026-09-02 后计算") {
		t.Errorf("pending window: %q", l.Reasons)
	}

	// A draft is local: the bureau hears nothing of it.
	before, _ := s.Counts()
	draft, _, err := s.DraftClaim(c.ID, subsidy.StageCompletion, day("2026-03-10"))
	if err != nil || draft.State != training.ClaimDraft || draft.ClaimedFen != 3*74074 {
		t.Fatalf("draft %+v %v", draft, err)
	}
	if after, _ := s.Counts(); after.Pending != before.Pending {
		t.Errorf("a draft was queued: %d → %d", before.Pending, after.Pending)
	}

	cl, err := s.SubmitClaim(c.ID, subsidy.StageCompletion, day("2026-03-12"))
	if err != nil || cl.State != training.ClaimSubmitted || len(cl.Lines) != 3 || cl.ClaimedFen != 222222 || cl.ID != draft.ID {
		t.Fatalf("submit %+v %v", cl, err)
	}
	// No trainee is claimed twice.
	if _, err := s.SubmitClaim(c.ID, subsidy.StageCompletion, day("2026-03-13")); !errs.Is(errs.Conflict, err) {
		t.Errorf("second submit: %v", err)
	}
	cc, _ = s.ComputeClaim(c.ID, day("2026-03-13"))
	if l := lineFor(t, cc, roster[0].ID); !strings.Contains(strings.Join(l.Reasons, "；"), "结业补贴已在 2026-03-12 提交的申领中，不重复申领") {
		t.Errorf("reasons %q", l.Reasons)
	}
	// The same person in another class ending the same year is not subsidised again.
	c2, roster2 := claimClass(t, s, "B-02", 0, 2)
	cc2, _ := s.ComputeClaim(c2.ID, day("2026-03-10"))
	if l := lineFor(t, cc2, roster2[0].ID); l.Qualified || !strings.Contains(strings.Join(l.Reasons, "；"), "本年度已在班级“B-01”申领补贴") {
		t.Errorf("one class a year: %q", l.Reasons)
	}

	// Less than claimed is 部分到账, and the difference stays visible.
	if _, err := s.RecordClaimPayment(c.ID, subsidy.StageCompletion, 222223, day("2026-04-01")); errs.FieldOf(err) != subsidy.FieldAmount {
		t.Errorf("more than claimed: %v", err)
	}
	paid, err := s.RecordClaimPayment(c.ID, subsidy.StageCompletion, 200000, day("2026-04-01"))
	if err != nil || paid.State != training.ClaimPartPaid || paid.ClaimedFen-paid.ReceivedFen != 22222 {
		t.Fatalf("paid %+v %v", paid, err)
	}
	paid, err = s.RecordClaimPayment(c.ID, subsidy.StageCompletion, 222222, day("2026-04-15"))
	if err != nil || paid.State != training.ClaimPaid {
		t.Fatalf("paid %+v %v", paid, err)
	}
	if _, err := s.ReturnClaim(c.ID, subsidy.StageCompletion, "材料不全", day("2026-04-16")); !errs.Is(errs.NotFound, err) {
		t.Errorf("a paid claim cannot be returned: %v", err)
	}
}

func TestReturnedClaimFreesItsTrainees(t *testing.T) {
	s, _ := openCertStore(t, day("2026-03-05"))
	c, _ := claimClass(t, s, "R-01", 10, 3)
	if _, err := s.SubmitClaim(c.ID, subsidy.StageCompletion, day("2026-03-12")); err != nil {
		t.Fatal(err)
	}
	back, err := s.ReturnClaim(c.ID, subsidy.StageCompletion, "身份证复印件不清晰", day("2026-03-20"))
	if err != nil || back.State != training.ClaimReturned {
		t.Fatalf("%+v %v", back, err)
	}
	again, err := s.SubmitClaim(c.ID, subsidy.StageCompletion, day("2026-03-25"))
	if err != nil || again.Batch != 2 || len(again.Lines) != 2 {
		t.Fatalf("resubmit %+v %v", again, err)
	}
	claims, _ := s.Claims("")
	if len(claims) != 2 || claims[0].State != training.ClaimReturned || claims[1].State != training.ClaimSubmitted {
		t.Errorf("claims %+v", claims)
	}
}

func TestClaimReachesTheBureauAfterWhatItCites(t *testing.T) {
	s, clk := openCertStore(t, day("2026-03-05"))
	c, _ := claimClass(t, s, "S-01", 20, 2)
	if _, err := s.SubmitClaim(c.ID, subsidy.StageCompletion, day("2026-03-12")); err != nil {
		t.Fatal(err)
	}
	due, err := s.Due(clk.t.AddDate(1, 0, 0), 1000)
	if err != nil {
		t.Fatal(err)
	}
	if len(due) == 0 || due[len(due)-1].Kind != training.KindClaim {
		t.Fatalf("the claim is not last: %d records", len(due))
	}
	for _, r := range due[:len(due)-1] {
		if r.Kind == training.KindClaim {
			t.Error("two claims due")
		}
	}
}

func TestNoStandardNoComputation(t *testing.T) {
	s, _ := openCertStore(t, day("2026-03-05"))
	c, _ := finishedClass(t, s, "N-01", 30, 1)
	if _, err := s.ComputeClaim(c.ID, day("2026-03-10")); errs.FieldOf(err) != subsidy.FieldStandard {
		t.Errorf("%v", err)
	}
}

func TestEmploymentComesFromTheFollowUps(t *testing.T) {
	s, clk := openCertStore(t, day("2026-03-05"))
	c, roster := claimClass(t, s, "E-01", 40, 3)
	follow := func(tr training.Trainee, e outcome.Entry) outcome.Entry {
		t.Helper()
		e.TraineeID = tr.ID
		got, err := s.RecordFollowUp(e, nil)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	job := follow(roster[0], outcome.Entry{Date: day("2026-03-04"), Status: outcome.Employed, Employer: "榕城电气", Start: day("2026-03-03"),
		Evidence: []outcome.Evidence{{Kind: outcome.Contract, Ref: "HT-1"}}})
	follow(roster[1], outcome.Entry{Date: day("2026-03-04"), Status: outcome.Flexible}) // no proof
	cc, err := s.ComputeClaim(c.ID, day("2026-03-10"))
	if err != nil {
		t.Fatal(err)
	}
	if l := lineFor(t, cc, roster[0].ID); !l.Employed || l.Employment != 49382 || !strings.Contains(strings.Join(l.Reasons, "；"), "就业（2026-03-03 起，证明：劳动合同），就业补贴 493.82 元") {
		t.Errorf("employed: %+v", l)
	}
	if l := lineFor(t, cc, roster[1].ID); l.Employed || !l.Pending || !strings.Contains(strings.Join(l.Reasons, "；"), "已登记灵活就业但缺少就业证明") {
		t.Errorf("no proof: %+v", l.Reasons)
	}
	cl, err := s.SubmitClaim(c.ID, subsidy.StageEmployment, day("2026-03-10"))
	if err != nil || len(cl.Lines) != 1 || cl.Lines[0].FollowUpID != job.ID || cl.ClaimedFen != 49382 {
		t.Fatalf("employment claim %+v %v", cl, err)
	}
	due, _ := s.Due(clk.t.AddDate(1, 0, 0), 1000)
	seen := map[training.Kind]int{}
	for i, r := range due {
		seen[r.Kind] = i
	}
	if seen[training.KindClaim] < seen[training.KindFollowUp] {
		t.Error("the claim would reach the bureau before the follow-up it cites")
	}
}

func TestRegionalTableGivesTheStandardAtFiling(t *testing.T) {
	s, _ := openCertStore(t, day("2026-03-05"))
	rules := filepath.Join(t.TempDir(), "rules.json")
	body := `{"categories":["登记失业人员"],"employment_months":6,"mode":"split","split":{"completion_percent":60},
		"standards":[{"occupation":"电工","level":5,"yuan":"1500"}]}`
	if err := os.WriteFile(rules, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Settings()
	st.SubsidyRulesFile = rules
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	c, err := s.FileClass(training.Class{Code: "T-01", Name: "电工班", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: day("2026-03-02"), End: day("2026-03-02"), Hours: 8})
	if err != nil || c.SubsidyFen != 150000 {
		t.Fatalf("standard %d %v", c.SubsidyFen, err)
	}
	c2, _ := s.FileClass(training.Class{Code: "T-02", Name: "电工班", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: day("2026-03-02"), End: day("2026-03-02"), Hours: 8, SubsidyFen: 90000})
	if c2.SubsidyFen != 90000 {
		t.Errorf("the clerk's own standard was replaced: %d", c2.SubsidyFen)
	}
}
