package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// waitFor polls until cond holds: exports run off the UI thread.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestClerkComputesExportsSubmitsAndRecordsPayment(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	u.showClaims()
	s := u.Claims
	if s.class.Code != "DEMO-2026-01" {
		t.Fatalf("补贴 opened on %q", s.class.Code)
	}
	if _, err := u.Store.IssueCertificates(s.class.ID, nil); err != nil {
		t.Fatal(err)
	}
	test.Tap(s.ComputeButton)
	r := s.Shown.Result
	if r.Qualified == 0 || r.TotalCompletion == 0 || !strings.Contains(s.Summary.Text, "补贴标准 1200.00 元/人") {
		t.Fatalf("computed %d qualified, %d 分: %q", r.Qualified, r.TotalCompletion, s.Summary.Text)
	}
	for i, l := range r.Lines {
		if !l.Qualified {
			if reason := s.cell(widget.TableCellID{Row: i, Col: len(claimColumns) - 1}); !strings.Contains(reason, "不予补贴") {
				t.Errorf("row %d: reasons %q", i, reason)
			}
			break
		}
	}

	test.Tap(s.ExportButton)
	s.exports.Wait() // the whole callback, table refresh included, has run
	waitFor(t, "the export", func() bool { return s.Exported != "" || s.Notice.Importance == widget.DangerImportance })
	if _, err := os.Stat(filepath.Join(s.Exported, "结业补贴-补贴花名册.xlsx")); err != nil {
		t.Fatalf("export: %v (%s)", err, s.Notice.Text)
	}

	retype(s.Date, "2026-11-25")
	test.Tap(s.SubmitButton)
	if len(s.Claims) != 1 || s.Claims[0].State != training.ClaimSubmitted || !strings.Contains(s.Notice.Text, "已登记提交") {
		t.Fatalf("submit: %+v %q", s.Claims, s.Notice.Text)
	}
	test.Tap(s.SubmitButton) // nobody left to claim
	if s.Notice.Importance != widget.DangerImportance || !strings.Contains(s.Notice.Text, "没有可申领") {
		t.Errorf("second submit: %q", s.Notice.Text)
	}
	retype(s.Amount, "1000")
	test.Tap(s.PaidButton)
	if s.Claims[0].State != training.ClaimPartPaid || s.Claims[0].ReceivedFen != 100000 {
		t.Fatalf("payment: %+v %q", s.Claims[0], s.Notice.Text)
	}
	if line := claimLine(s.Claims[0]); !strings.Contains(line, "部分到账") || !strings.Contains(line, "到账 1000.00 元") {
		t.Errorf("history: %q", line)
	}
	retype(s.Amount, "12.345")
	test.Tap(s.PaidButton)
	if !strings.Contains(s.Notice.Text, "最多两位小数") {
		t.Errorf("bad amount: %q", s.Notice.Text)
	}

	test.Tap(s.FilingButton)
	s.exports.Wait()
	waitFor(t, "the filing export", func() bool {
		_, err := os.Stat(filepath.Join(s.Exported, "考核方案.pdf"))
		return err == nil
	})
}

// A claim the bureau refuses is shown on 同步 with a button to 补贴.
func TestRefusedClaimLeadsToTheClaimsPlace(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	u.showClaims()
	s := u.Claims
	if _, err := u.Store.IssueCertificates(s.class.ID, nil); err != nil {
		t.Fatal(err)
	}
	claim, err := u.Store.SubmitClaim(s.class.ID, "completion", testDay)
	if err != nil {
		t.Fatal(err)
	}
	for range 50 { // deliver everything, refusing the claim
		recs, _ := u.Store.Due(testDay.AddDate(1, 0, 0), 500)
		if len(recs) == 0 {
			break
		}
		out := make([]tdsync.Outcome, len(recs))
		for i, r := range recs {
			out[i] = tdsync.Outcome{Seq: r.Seq, Kind: r.Kind, ID: r.ID, Version: r.Version, Status: tdsync.StatusAccepted}
			if r.Kind == training.KindClaim {
				out[i].Status, out[i].Code, out[i].Field, out[i].Message = tdsync.StatusRejected, tdsync.CodeInvalidValue, "lines", "金额与标准不符"
			}
		}
		if err := u.Store.Settle(out); err != nil {
			t.Fatal(err)
		}
	}
	u.Show(0)
	u.Sync.Refresh()
	var fix *widget.Button
	for _, b := range u.Sync.FixButtons {
		if strings.Contains(b.Text, "补贴") {
			fix = b
		}
	}
	if fix == nil || claim.ID == "" {
		t.Fatalf("no fix button to 补贴 among %d", len(u.Sync.FixButtons))
	}
	test.Tap(fix)
	if u.current() != screen(u.Claims) {
		t.Error("the fix button did not open 补贴")
	}
}
