package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// editFile edits the closed database directly, as someone with a bbolt tool
// and no key would.
func editFile(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
}

func TestCuttingTheEndOfTheAuditLogIsNamed(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	for _, code := range []string{"T1", "T2", "T3"} {
		fileTestClass(t, s, code)
	}
	path := s.Path()
	s.Close()
	// Delete the last two entries and copy the new last entry's seq and MAC
	// into the head — everything but the key.
	editFile(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket(bAudit)
		k, _ := b.Cursor().Last()
		last := binary.BigEndian.Uint64(k)
		b.Delete(u64(last))
		b.Delete(u64(last - 1))
		var e AuditEntry
		json.Unmarshal(b.Get(u64(last-2)), &e)
		var head auditHead
		json.Unmarshal(tx.Bucket(bMeta).Get(mAuditHead), &head)
		head.Seq, head.MAC = e.Seq, e.MAC // the old Sig stays: it cannot be remade
		raw, _ := json.Marshal(head)
		return tx.Bucket(bMeta).Put(mAuditHead, raw)
	})
	s = openTest(t, dir)
	var p *AuditProblem
	if _, err := s.VerifyAudit(); !errors.As(err, &p) {
		t.Fatalf("verify after cutting the end: %v, want a problem", err)
	}
	// A change made afterwards must not launder the cut.
	fileTestClass(t, s, "T4")
	if _, err := s.VerifyAudit(); !errors.As(err, &p) {
		t.Fatalf("verify after a later change: %v, want the cut still named", err)
	}
}

func TestARecordEditedInTheFileIsNamedAndGetsNoCertificate(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	if _, err := s.SaveInstitution(training.Institution{Name: "测试培训学校", USCC: "91350100M000100Y43", Code: "FZ01"}); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Settings()
	st.VerifyBaseURL = "https://rsj.example.cn/zs"
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	c := fileTestClass(t, s, "E1")
	tr, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "张三", IDNumber: idFor(1)}, "")
	if err != nil {
		t.Fatal(err)
	}
	fail := 30.0
	if _, err := s.SetResult(tr.ID, &fail, &fail); err != nil {
		t.Fatal(err)
	}
	if _, err := s.VerifyAudit(); err != nil {
		t.Fatalf("untouched: %v", err)
	}
	path := s.Path()
	s.Close()
	// Turn the failed result into a pass directly in the file.
	editFile(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket(bRecords).Bucket([]byte(training.KindResult))
		var r training.Result
		json.Unmarshal(b.Get([]byte(tr.ID)), &r)
		pass := 95.0
		r.Attempts[len(r.Attempts)-1] = training.Attempt{Theory: &pass, Practice: &pass, Passed: true}
		raw, _ := json.Marshal(r)
		return b.Put([]byte(tr.ID), raw)
	})
	s = openTest(t, dir)
	_, err = s.VerifyAudit()
	var p *AuditProblem
	if !errors.As(err, &p) || p.Kind != string(training.KindResult) || p.ID != tr.ID {
		t.Fatalf("verify: %v, want the edited result named", err)
	}
	if !strings.Contains(err.Error(), tr.ID) {
		t.Errorf("message %q does not name the record", err)
	}
	_, err = s.IssueCertificates(c.ID, nil)
	if !errs.Is(errs.Corrupt, err) {
		t.Fatalf("issuing on an edited class: %v, want a refusal (Corrupt)", err)
	}
	if certs, _ := s.Certificates(c.ID); len(certs) != 0 {
		t.Fatalf("%d certificates issued on tampered records", len(certs))
	}
}

// A record added to or deleted from the file behind the program's back is
// named too, kind and id (the log keeps only fingerprints of the names, so
// naming a deleted record takes a second walk).
func TestARecordAddedOrDeletedInTheFileIsNamed(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(b *bolt.Bucket, id string) error
		want   func(id string) string
	}{
		{"deleted", func(b *bolt.Bucket, id string) error { return b.Delete([]byte(id)) }, func(id string) string { return id }},
		{"added", func(b *bolt.Bucket, id string) error { return b.Put([]byte("forged"), b.Get([]byte(id))) },
			func(string) string { return "forged" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			s := openTest(t, dir)
			c := fileTestClass(t, s, "D1")
			for i := range 3 {
				if _, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "学员", IDNumber: idFor(i)}, ""); err != nil {
					t.Fatal(err)
				}
			}
			list, _ := s.Trainees(c.ID)
			id := list[1].ID
			if err := s.RemoveTrainee(list[2].ID); err != nil { // deleted by the program: fine
				t.Fatal(err)
			}
			if _, err := s.VerifyAudit(); err != nil {
				t.Fatalf("untouched: %v", err)
			}
			path := s.Path()
			s.Close()
			editFile(t, path, func(tx *bolt.Tx) error {
				return tc.change(tx.Bucket(bRecords).Bucket([]byte(training.KindTrainee)), id)
			})
			s = openTest(t, dir)
			_, err := s.VerifyAudit()
			var p *AuditProblem
			if !errors.As(err, &p) || p.Kind != string(training.KindTrainee) || p.ID != tc.want(id) {
				t.Fatalf("verify: %v, want trainee %s named", err, tc.want(id))
			}
		})
	}
}
