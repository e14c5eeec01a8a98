package app

import (
	"os"
	"path/filepath"
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
