package app

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"trainingdesk/certificate"
	"trainingdesk/certprint"
	"trainingdesk/eligibility"
	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/training"
)

// completionUI is the demo window on the 结业/证书 screen at the demo's
// test day, showing class code.
func completionUI(t *testing.T, code string) (*UI, *CompletionScreen) {
	t.Helper()
	old := now
	now = func() time.Time { return testDay }
	t.Cleanup(func() { now = old })
	u := newDemoUI(t)
	c, err := u.Store.ClassByCode(code)
	if err != nil {
		t.Fatal(err)
	}
	u.SelectClass(c.ID)
	u.Show(3)
	u.Completion.Refresh()
	if len(u.Completion.Rows) == 0 {
		t.Fatalf("%s shows no trainees", code)
	}
	return u, u.Completion
}

// typeScore clears an entry and types into it as the clerk would.
func typeScore(f *scoreField, text string) {
	f.SetText("")
	for _, r := range text {
		f.SetText(f.Text + string(r)) // as typed, one character at a time
	}
}

// rowFailedOnlyOnScores is a trainee whose one reason not to be certified
// is the failed assessment.
func rowFailedOnlyOnScores(t *testing.T, s *CompletionScreen) *CompletionRow {
	t.Helper()
	for _, r := range s.Rows {
		v := r.line.Verdict
		if len(v.Reasons) == 1 && v.Reasons[0] == eligibility.ReasonFailed {
			return r
		}
	}
	t.Fatal("the demo has nobody who failed only the assessment")
	return nil
}

var certNumber = regexp.MustCompile(`\b[0-9A-Z]{9}2026\d{6}\b`)

func TestCompletionReSitPassesThenIssueShowsTheNumber(t *testing.T) {
	u, s := completionUI(t, "DEMO-2026-01")
	r := rowFailedOnlyOnScores(t, s)
	if r.Eligible.Text != "不可发证" || !strings.Contains(r.Why.Text, eligibility.ReasonFailed) {
		t.Fatalf("failed trainee shows %q / %q", r.Eligible.Text, r.Why.Text)
	}
	typeScore(r.Practice, "86")
	if !strings.HasPrefix(r.Result.Text, "合格") {
		t.Fatalf("after typing a pass mark the result reads %q, want 合格", r.Result.Text)
	}
	test.Tap(s.SaveButton)
	r = s.rowOf(r.TraineeID)
	if r.Result.Text != "合格（补考）" || r.Eligible.Text != "可发证" {
		t.Fatalf("after saving: result %q, eligibility %q", r.Result.Text, r.Eligible.Text)
	}

	confirmIssue(t, s)
	r = s.rowOf(r.TraineeID)
	number := certNumber.FindString(r.Cert.Text)
	if number == "" || !strings.Contains(r.Cert.Text, "临时") || r.Eligible.Text != "已发证" {
		t.Fatalf("after issuing the row shows %q / %q", r.Cert.Text, r.Eligible.Text)
	}
	c, err := u.Store.CertificateByNumber(number)
	if err != nil || c.TraineeID != r.TraineeID {
		t.Fatalf("the number shown is not this trainee's certificate: %+v, %v", c, err)
	}
	if !r.Theory.Disabled() {
		t.Error("a certified result can still be edited")
	}
}

func TestCompletionValidatesScoresAsTyped(t *testing.T) {
	_, s := completionUI(t, "DEMO-2026-02") // running: nobody assessed yet
	r := s.Rows[0]
	for _, tc := range []struct {
		theory, practice string
		result, why      string
	}{
		{"80", "", "待更正", "实操成绩"},
		{"abc", "70", "待更正", "不是数字"},
		{"101", "70", "待更正", "0–100"},
		{"８０", "55", "不合格", ""},
		{"80", "70", "合格", ""},
	} {
		typeScore(r.Theory, tc.theory)
		typeScore(r.Practice, tc.practice)
		if !strings.HasPrefix(r.Result.Text, tc.result) || !strings.Contains(r.Why.Text, tc.why) {
			t.Errorf("%q/%q: result %q, message %q; want %q and %q", tc.theory, tc.practice, r.Result.Text, r.Why.Text, tc.result, tc.why)
		}
	}
	typeScore(r.Practice, "")
	if err := r.Practice.Validate(); errs.FieldOf(err) != eligibility.FieldPractice {
		t.Errorf("the practice entry does not flag itself: %v", err)
	}
	if err := r.Theory.Validate(); err != nil {
		t.Errorf("the theory entry is flagged for the practice score: %v", err)
	}
	// Saving keeps the refused row as typed and stores nothing for it.
	test.Tap(s.SaveButton)
	if res, _ := s.u.Store.Results(s.class.ID); len(res) != 0 {
		t.Fatalf("%d results stored from an incomplete row", len(res))
	}
}

func TestCompletionPrintRevokeAndUnprintableName(t *testing.T) {
	u, s := completionUI(t, "DEMO-2026-01")
	confirmIssue(t, s)
	var first *CompletionRow
	for _, r := range s.Rows {
		if r.cert != nil && first == nil {
			first = r
		}
	}
	if first == nil {
		t.Fatal("nobody was certified")
	}
	first.Pick.SetChecked(true)
	path := filepath.Join(t.TempDir(), "证书.pdf")
	if err := printAndWait(s, path, false); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(path); err != nil || info.Size() == 0 {
		t.Fatalf("no PDF at %s: %v", path, err)
	}
	if log, _ := u.Store.Reprints(first.cert.Number); len(log) != 1 {
		t.Fatalf("printing logged %d times", len(log))
	}
	if s.printBar.Visible() {
		t.Error("the progress bar stays up after printing")
	}

	if err := s.Revoke(" "); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != certificate.FieldRevokeReason {
		t.Fatalf("revoke without a reason: %v", err)
	}
	if err := s.Revoke("姓名录入错误"); err != nil {
		t.Fatal(err)
	}
	r := s.rowOf(first.TraineeID)
	if !strings.Contains(r.Cert.Text, "已撤销") || r.Eligible.Text == "已发证" || r.Theory.Disabled() {
		t.Fatalf("after revoking: %q / %q", r.Cert.Text, r.Eligible.Text)
	}

	// A name the printer cannot draw is left out of the issue (no number
	// spent) and the class still prints; once the printing package can draw
	// it (issue 16's outlines), it is issued and printed like any other.
	r.Pick.SetChecked(false) // print the whole class
	enrolEligible(t, u.Store, s.class.ID, "吉\U0002EBF0")
	s.load()
	confirmIssue(t, s)
	printable := certprint.NamePrintable("吉\U0002EBF0") == nil
	if got := s.rowOf(rowNamed(t, s, "吉\U0002EBF0").TraineeID); (got.cert != nil) != printable {
		t.Fatalf("吉\U0002EBF0 printable=%v, certificate %+v", printable, got.cert)
	}
	out := filepath.Join(t.TempDir(), "x.pdf")
	if err := printAndWait(s, out, false); err != nil {
		t.Fatalf("one unprintable name blocked the class: %v", err)
	}
	if info, err := os.Stat(out); err != nil || info.Size() == 0 {
		t.Fatalf("no PDF for the others: %v", err)
	}
}

// confirmIssue taps 发证 and answers the confirmation with 发证.
func confirmIssue(t *testing.T, s *CompletionScreen) {
	t.Helper()
	s.IssueConfirm = nil
	test.Tap(s.IssueButton)
	if s.IssueConfirm == nil {
		return // nothing to issue: an information dialog said so
	}
	s.IssueConfirm.Hide()
	s.IssueNow()
}

func rowNamed(t *testing.T, s *CompletionScreen, name string) *CompletionRow {
	t.Helper()
	for _, r := range s.Rows {
		if r.Name.Text == name {
			return r
		}
	}
	t.Fatalf("no row for %s", name)
	return nil
}

func printAndWait(s *CompletionScreen, path string, draft bool) error {
	done := make(chan error, 1)
	s.PrintTo(path, draft, func(err error) { done <- err })
	select {
	case err := <-done:
		return err
	case <-time.After(60 * time.Second):
		return os.ErrDeadlineExceeded
	}
}

// enrolEligible adds a person present at every lesson with a pass.
func enrolEligible(t *testing.T, s *store.Store, classID, name string) {
	t.Helper()
	id, _ := identity.Complete("11010519900101001")
	tr, _, err := s.EnrolTrainee(classID, training.Person{Name: name, IDNumber: id}, "")
	if err != nil {
		t.Fatal(err)
	}
	lessons, _ := s.Lessons(classID)
	for _, l := range lessons {
		if err := s.MarkLesson(l.ID, []store.MarkInput{{TraineeID: tr.ID, Status: training.Present, Source: "terminal"}}, ""); err != nil {
			t.Fatal(err)
		}
	}
	th, pr := 90.0, 90.0
	if _, err := s.SetResult(tr.ID, &th, &pr); err != nil {
		t.Fatal(err)
	}
}
