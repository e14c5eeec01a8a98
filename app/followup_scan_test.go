package app

import (
	"bytes"
	"strings"
	"testing"

	"trainingdesk/outcome"

	"fyne.io/fyne/v2/test"
)

// A clerk attaches the scanned contract on the form; it is saved sealed with
// the answer and reads back whole. Without a proof ticked, or too big, the
// form stays open and says why.
func TestFollowUpFormAttachesTheScannedProof(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	u.Show(tabFollowUp)
	s := u.FollowUp
	s.wait()
	if len(s.Calls()) == 0 {
		t.Fatal("the demo has no follow-up calls")
	}
	trainee := s.Calls()[0].Trainee
	s.Record(0)
	f := s.Form
	f.Status.SetSelected("就业")
	f.Employer.SetText("榕城电器有限公司")
	f.AttachScan("合同.pdf", bytes.NewReader(bytes.Repeat([]byte{1}, outcome.MaxScanBytes+1)))
	f.Evidence.SetSelected([]string{"劳动合同"})
	test.Tap(f.SaveButton)
	if !strings.Contains(f.Error.Text, "10 MB") {
		t.Fatalf("an oversized scan: %q", f.Error.Text)
	}
	contract := bytes.Repeat([]byte("劳动合同扫描件"), 100)
	f.AttachScan("合同.pdf", bytes.NewReader(contract))
	if !strings.Contains(f.ScanLabel.Text, "合同.pdf") {
		t.Fatalf("the picked file is not named on the form: %q", f.ScanLabel.Text)
	}
	f.Evidence.SetSelected(nil)
	test.Tap(f.SaveButton)
	if f.Error.Text == "" {
		t.Fatal("a scan with no proof ticked was saved")
	}
	f.Evidence.SetSelected([]string{"劳动合同"})
	test.Tap(f.SaveButton)
	if f.Error.Text != "" {
		t.Fatalf("a good answer with its scan refused: %q", f.Error.Text)
	}
	entries, _ := u.Store.FollowUps(trainee.ID)
	last := entries[len(entries)-1]
	sc, data, err := u.Store.EvidenceScan(last.ID, 0)
	if err != nil || !bytes.Equal(data, contract) || sc.Name != "合同.pdf" {
		t.Fatalf("the scan did not come back whole: %v %+v", err, sc)
	}
}
