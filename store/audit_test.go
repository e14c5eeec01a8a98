package store

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/training"
)

// tamper edits the closed database file directly, as someone with a hex
// editor or a bbolt tool would.
func tamper(t *testing.T, dir string, fn func(audit *bolt.Bucket) error) {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, DBFile), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error { return fn(tx.Bucket(bAudit)) }); err != nil {
		t.Fatal(err)
	}
}

func seedAudit(t *testing.T) string {
	dir := t.TempDir()
	s, err := Open(dir, Options{Who: "王会计"})
	if err != nil {
		t.Fatal(err)
	}
	c := fileTestClass(t, s, "A")
	for i := 0; i < 3; i++ {
		if _, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "学员", IDNumber: idFor(i)}, ""); err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.VerifyAudit()
	if err != nil || n != 4 {
		t.Fatalf("fresh chain: %d entries, %v", n, err)
	}
	log, _ := s.AuditLog(1)
	if log[0].Who != "王会计" || log[0].Action != "学员报名" || log[0].After == "" {
		t.Fatalf("newest entry = %+v", log[0])
	}
	s.Close()
	return dir
}

func verifyFails(t *testing.T, dir string, wantSeq uint64) {
	t.Helper()
	s := openTest(t, dir)
	_, err := s.VerifyAudit()
	var p *AuditProblem
	if !errors.As(err, &p) || p.Seq != wantSeq {
		t.Fatalf("verify = %v, want a problem at entry %d", err, wantSeq)
	}
}

func TestAuditDetectsAnEditedEntry(t *testing.T) {
	dir := seedAudit(t)
	tamper(t, dir, func(b *bolt.Bucket) error {
		var e AuditEntry
		_ = json.Unmarshal(b.Get(u64(2)), &e)
		e.Who = "别人"
		raw, _ := json.Marshal(e)
		return b.Put(u64(2), raw)
	})
	verifyFails(t, dir, 2)
}

func TestAuditDetectsARemovedEntry(t *testing.T) {
	dir := seedAudit(t)
	tamper(t, dir, func(b *bolt.Bucket) error { return b.Delete(u64(3)) })
	verifyFails(t, dir, 3)
}

func TestAuditDetectsARemovedLastEntry(t *testing.T) {
	dir := seedAudit(t)
	tamper(t, dir, func(b *bolt.Bucket) error { return b.Delete(u64(4)) })
	verifyFails(t, dir, 4)
}
