package store

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/outcome"
	"trainingdesk/training"
)

// openAt opens a store whose clock reads now.
func openAt(t *testing.T, dir string, now time.Time) *Store {
	t.Helper()
	s, err := Open(dir, Options{Who: "测试员", Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func enrolN(t *testing.T, s *Store, classID string, n int) []training.Trainee {
	t.Helper()
	var out []training.Trainee
	for i := range n {
		tr, _, err := s.EnrolTrainee(classID, training.Person{Name: "学员" + string(rune('甲'+i)), IDNumber: idFor(i + 1)}, "")
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, tr)
	}
	return out
}

func TestWithdrawalKeepsTheRecordAndSendsItsNewVersion(t *testing.T) {
	s := openAt(t, t.TempDir(), day("2026-03-10"))
	c := fileTestClass(t, s, "W1") // 2026-03-02 … 2026-03-27
	trs := enrolN(t, s, c.ID, 2)
	pass := 90.0
	if _, err := s.SetResult(trs[0].ID, &pass, &pass); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveTrainee(trs[0].ID); err == nil {
		t.Fatal("a trainee with a result was removed")
	}
	deliverAll(t, s, nil)
	tr, err := s.WithdrawTrainee(trs[0].ID, training.Withdrawal{Date: day("2026-03-09"), Reason: "外出务工"})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Withdrawn == nil || tr.Version != trs[0].Version+1 {
		t.Fatalf("withdrawn trainee: %+v", tr)
	}
	roster, _ := s.Trainees(c.ID)
	if len(roster) != 2 || roster[0].Withdrawn == nil || roster[0].Withdrawn.Reason != "外出务工" {
		t.Fatalf("the record stays on the roster, marked: %+v", roster)
	}
	recs, _ := s.Due(time.Now(), 10)
	if len(recs) != 1 || recs[0].Kind != training.KindTrainee || recs[0].ID != tr.ID || !bytes.Contains(recs[0].Data, []byte(`"withdrawn"`)) {
		t.Fatalf("the bureau hears of the withdrawal: %+v", recs)
	}
	log, _ := s.AuditLog(1)
	if len(log) != 1 || log[0].ID != tr.ID {
		t.Fatalf("withdrawal audited: %+v", log)
	}
	if _, err := s.WithdrawTrainee(trs[0].ID, training.Withdrawal{Date: day("2026-03-09"), Reason: "x"}); !errs.Is(errs.Conflict, err) {
		t.Fatalf("withdrawn twice: %v", err)
	}
	rep, _ := s.ClassReport(c.ID)
	if rep.Trainees[0].Verdict.Eligible {
		t.Fatal("a withdrawn trainee is eligible for a certificate")
	}
}

func TestFollowUpIsSavedSealedAndSentAfterItsTrainee(t *testing.T) {
	dir := t.TempDir()
	s := openAt(t, dir, day("2026-07-01"))
	c := fileTestClass(t, s, "F1") // ends 2026-03-27
	trs := enrolN(t, s, c.ID, 2)
	scan := bytes.Repeat([]byte("劳动合同扫描件-机密内容"), 50)
	e, err := s.RecordFollowUp(outcome.Entry{TraineeID: trs[0].ID, Date: day("2026-06-27"), Status: outcome.Employed,
		Employer: "榕城电器有限公司", EmployerUSCC: "91350100M000100Y43", Evidence: []outcome.Evidence{{Kind: outcome.Contract, Ref: "HT-7"}}},
		[]ScanFile{{Item: 0, Name: "合同.pdf", Data: scan}})
	if err != nil {
		t.Fatal(err)
	}
	if e.ID == "" || e.ClassID != c.ID || e.Evidence[0].Scan == nil || e.Evidence[0].Scan.Size != int64(len(scan)) {
		t.Fatalf("entry: %+v", e)
	}
	list, _ := s.FollowUps(trs[0].ID)
	if len(list) != 1 || list[0].Status != outcome.Employed {
		t.Fatalf("follow-ups: %+v", list)
	}
	_, got, err := s.EvidenceScan(e.ID, 0)
	if err != nil || !bytes.Equal(got, scan) {
		t.Fatalf("scan read back: %v", err)
	}
	if _, err := s.RecordFollowUp(outcome.Entry{TraineeID: trs[1].ID, Date: day("2026-03-20"), Status: outcome.Unemployed}, nil); errs.FieldOf(err) != outcome.FieldDate {
		t.Fatalf("a contact before the class end: %v", err)
	}
	if err := s.RemoveTrainee(trs[0].ID); err == nil {
		t.Fatal("a trainee with follow-ups was removed")
	}
	// Dependency order: class, trainees, then the follow-up.
	recs, _ := s.Due(time.Now(), 100)
	last := recs[len(recs)-1]
	if last.Kind != training.KindFollowUp || last.ID != e.ID {
		t.Fatalf("follow-up not last: %+v", last)
	}
	s.Close()
	raw, _ := os.ReadFile(filepath.Join(dir, DBFile))
	if bytes.Contains(raw, []byte("机密内容")) {
		t.Fatal("the scan is in clear in the database file")
	}
	// The entry's details are sealed too (employer, evidence numbers,
	// the scan's file name), and read back whole.
	for _, secret := range []string{"榕城电器有限公司", "HT-7", "合同.pdf"} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Errorf("%s is in clear in the database file", secret)
		}
	}
	s = openAt(t, dir, day("2026-07-01"))
	list, _ = s.FollowUps(trs[0].ID)
	if len(list) != 1 || list[0].Employer != "榕城电器有限公司" || list[0].Evidence[0].Ref != "HT-7" || list[0].Evidence[0].Scan.Name != "合同.pdf" {
		t.Fatalf("follow-up read back: %+v", list)
	}
}

func TestAFollowUpWaitsForItsTraineeAtTheBureau(t *testing.T) {
	s := openAt(t, t.TempDir(), day("2026-07-01"))
	c := fileTestClass(t, s, "F2")
	trs := enrolN(t, s, c.ID, 1)
	deliverAll(t, s, nil)
	if _, err := s.RecordFollowUp(outcome.Entry{TraineeID: trs[0].ID, Date: day("2026-06-27"), Status: outcome.Unreachable}, nil); err != nil {
		t.Fatal(err)
	}
	// The trainee changes again: its new version goes before the follow-up.
	if _, err := s.WithdrawTrainee(trs[0].ID, training.Withdrawal{Date: day("2026-03-10"), Reason: "x"}); err != nil {
		t.Fatal(err)
	}
	recs, _ := s.Due(time.Now(), 100)
	if len(recs) != 2 || recs[0].Kind != training.KindTrainee || recs[1].Kind != training.KindFollowUp {
		t.Fatalf("order: %+v", recs)
	}
}

func TestOutcomeSettingsAreValidatedAndKept(t *testing.T) {
	s := openTest(t, t.TempDir())
	st, _ := s.Settings()
	if st.Outcomes.EmploymentMonths != 6 || len(st.Outcomes.Checkpoints) != 2 || !st.Outcomes.EvidenceRequired {
		t.Fatalf("defaults: %+v", st.Outcomes)
	}
	st.Outcomes.Checkpoints = []int{6, 3}
	if err := s.SaveSettings(st); errs.FieldOf(err) != outcome.FieldSettings {
		t.Fatalf("unsorted checkpoints saved: %v", err)
	}
	st.Outcomes.Checkpoints = []int{1, 3, 6}
	st.Outcomes.Denominator = outcome.DenomEnrolled
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Settings()
	if len(got.Outcomes.Checkpoints) != 3 || got.Outcomes.Denominator != outcome.DenomEnrolled {
		t.Fatalf("saved: %+v", got.Outcomes)
	}
}
