package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"trainingdesk/certificate"
)

// 预览样本 works before anything is issued and uses no number; 发证 asks
// first, and is refused while the verification URL is the placeholder.
func TestSampleBeforeIssueAndIssueAsksFirst(t *testing.T) {
	u, s := completionUI(t, "DEMO-2026-01")
	path := filepath.Join(t.TempDir(), "样本.pdf")
	if err := printAndWait(s, path, true); err != nil {
		t.Fatalf("样本 before issuing: %v", err)
	}
	if info, err := os.Stat(path); err != nil || info.Size() == 0 {
		t.Fatalf("no 样本 PDF: %v", err)
	}
	if certs, _ := u.Store.Certificates(s.class.ID); len(certs) != 0 {
		t.Fatalf("the 样本 issued %d certificates", len(certs))
	}

	test.Tap(s.IssueButton)
	if s.IssueConfirm == nil {
		t.Fatal("发证 did not ask for confirmation")
	}
	if certs, _ := u.Store.Certificates(s.class.ID); len(certs) != 0 {
		t.Fatalf("%d certificates numbered before the confirmation", len(certs))
	}
	s.IssueConfirm.Hide()

	// With the placeholder verification URL, 发证 is refused before asking.
	st, _ := u.Store.Settings()
	st.VerifyBaseURL = certificate.DefaultBaseURL
	if err := u.Store.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	s.IssueConfirm = nil
	test.Tap(s.IssueButton)
	if s.IssueConfirm != nil || u.Win.Canvas().Overlays().Top() == nil {
		t.Fatal("发证 with the placeholder URL was not refused")
	}
}

// Score entry names every wrong field at once, keeps what was typed when
// the store refuses, and tells a correction (with a reason) from a 补考.
func TestScoreEntryKeepsTypingAndTellsCorrectionFromResit(t *testing.T) {
	u, s := completionUI(t, "DEMO-2026-01")
	var r *CompletionRow
	for _, row := range s.Rows {
		if row.line.Result != nil && row.line.Result.Passed() && row.cert == nil {
			r = row
			break
		}
	}
	if r == nil {
		t.Fatal("no passed trainee")
	}
	typeScore(r.Theory, "abc")
	typeScore(r.Practice, "180")
	if !strings.Contains(r.Why.Text, "理论成绩") || !strings.Contains(r.Why.Text, "实操成绩") {
		t.Fatalf("both wrong fields not named: %q", r.Why.Text)
	}
	// A passing result changed without a reason: refused, the typing stays.
	typeScore(r.Theory, "85")
	typeScore(r.Practice, "45")
	test.Tap(s.SaveButton)
	r = s.rowOf(r.TraineeID)
	if r.Practice.Text != "45" || r.Theory.Text != "85" {
		t.Fatalf("refused row lost the typing: %q / %q", r.Theory.Text, r.Practice.Text)
	}
	s.Reason.SetText("实操成绩录入错误")
	test.Tap(s.SaveButton)
	res, _ := u.Store.Results(s.class.ID)
	got := res[r.TraineeID]
	if len(got.Attempts) != 1 || got.Passed() || got.Attempts[0].Correction != "实操成绩录入错误" {
		t.Fatalf("correction stored as %+v", got)
	}
	if s.Reason.Text != "" {
		t.Error("the reason stays for the next save")
	}
	// Now failed: new scores without a reason are a 补考.
	r = s.rowOf(r.TraineeID)
	typeScore(r.Practice, "75")
	if !strings.Contains(r.Result.Text, "补考") {
		t.Errorf("preview %q", r.Result.Text)
	}
	test.Tap(s.SaveButton)
	if res, _ = u.Store.Results(s.class.ID); len(res[r.TraineeID].Attempts) != 2 {
		t.Fatalf("补考 not kept as a second attempt: %+v", res[r.TraineeID])
	}
}
