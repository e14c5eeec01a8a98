package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"trainingdesk/training"
)

func TestBackupRestoresOnANewMachineWithPassphrase(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "A")
	if _, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "赵六", IDNumber: idFor(6)}, ""); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.Backup(&buf, []byte("口令 correct horse")); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte(idFor(6))) {
		t.Fatal("backup holds an identity number in clear")
	}
	// A new machine: an empty directory with no key file anywhere.
	dir := filepath.Join(t.TempDir(), "new")
	if err := Restore(bytes.NewReader(buf.Bytes()), dir, []byte("wrong"), false); err == nil || !strings.Contains(err.Error(), "口令不正确") {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, DBFile)); err == nil {
		t.Fatal("a refused restore left a database behind")
	}
	if err := Restore(bytes.NewReader(buf.Bytes()), dir, []byte("口令 correct horse"), false); err != nil {
		t.Fatal(err)
	}
	r := openTest(t, dir)
	list, err := r.Trainees(c.ID)
	if err != nil || len(list) != 1 || list[0].Person.IDNumber != idFor(6) {
		t.Fatalf("restored roster %+v, %v", list, err)
	}
	if _, err := r.VerifyAudit(); err != nil {
		t.Fatal(err)
	}
	if err := Restore(bytes.NewReader(buf.Bytes()), dir, []byte("口令 correct horse"), false); err == nil {
		t.Fatal("restore over existing data must be refused")
	}
}

func TestRestoreRefusesACorruptFile(t *testing.T) {
	s := openTest(t, t.TempDir())
	fileTestClass(t, s, "A")
	var buf bytes.Buffer
	if err := s.Backup(&buf, nil); err != nil {
		t.Fatal(err)
	}
	for _, at := range []int{len(buf.Bytes()) - 10, len(buf.Bytes()) / 2} {
		bad := append([]byte(nil), buf.Bytes()...)
		bad[at] ^= 0x40
		dir := t.TempDir()
		if err := Restore(bytes.NewReader(bad), dir, nil, false); err == nil || !strings.Contains(err.Error(), "损坏") {
			t.Fatalf("flipped byte at %d: %v", at, err)
		}
	}
	if err := Restore(bytes.NewReader(buf.Bytes()[:len(buf.Bytes())-100]), t.TempDir(), nil, false); err == nil {
		t.Fatal("a truncated backup was restored")
	}
}

func TestAutoBackupRunsDailyAndKeepsTheNewest(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	dir := t.TempDir()
	s, err := Open(dir, Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < 5; i++ {
		name, err := s.AutoBackup(3)
		if err != nil || name == "" {
			t.Fatalf("day %d: %q %v", i, name, err)
		}
		if again, _ := s.AutoBackup(3); again != "" {
			t.Fatal("a second backup on the same day")
		}
		// make the file look a day old, as the next day would see it
		old := now.Add(-25 * time.Hour)
		_ = os.Chtimes(name, old, old)
		now = now.Add(24 * time.Hour)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "backups", "auto-*"+BackupExt))
	if len(files) != 3 {
		t.Fatalf("kept %d backups, want 3", len(files))
	}
}
