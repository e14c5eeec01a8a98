package store

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/training"
)

// What a first start killed under older versions left: a database with no
// data and no key (or an empty key file). It starts afresh, saying so;
// a database WITH data and no key still asks for the key.
func TestADatabaseWithNoDataAndNoKeyStartsAfresh(t *testing.T) {
	for _, keyFile := range []string{"none", "empty"} {
		t.Run(keyFile, func(t *testing.T) {
			dir := t.TempDir()
			db, err := bolt.Open(filepath.Join(dir, DBFile), 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := migrate(db, nil); err != nil {
				t.Fatal(err)
			}
			db.Close()
			if keyFile == "empty" {
				os.WriteFile(filepath.Join(dir, KeyFile), nil, 0o600)
			}
			s, err := Open(dir, Options{})
			if err != nil {
				t.Fatalf("an empty database without a key must open afresh: %v", err)
			}
			if !s.StartedAfresh() {
				t.Error("Open must say it started afresh")
			}
			fileTestClass(t, s, "F1")
			s.Close()
			s, err = Open(dir, Options{})
			if err != nil || s.StartedAfresh() {
				t.Fatalf("reopened: %v, afresh %v", err, s != nil && s.StartedAfresh())
			}
			s.Close()
		})
	}
	dir := t.TempDir()
	s := openTest(t, dir)
	fileTestClass(t, s, "F2")
	s.Close()
	os.Remove(filepath.Join(dir, KeyFile))
	if _, err := Open(dir, Options{}); !errors.Is(err, ErrNoKey) {
		t.Fatalf("a database with data and no key: %v, want ErrNoKey", err)
	}
}

// Together keeps all of a group of operations or none.
func TestTogetherKeepsAllOrNothing(t *testing.T) {
	s := openTest(t, t.TempDir())
	err := s.Together(func(s *Store) error {
		fileTestClass(t, s, "G1")
		// The same code again is refused … and the caller ignores it.
		_, _ = s.FileClass(training.Class{Code: "G1", Name: "重复", Occupation: "电工", Level: 5, Type: "就业技能培训",
			Start: day("2026-03-02"), End: day("2026-03-27"), Hours: 80})
		return nil
	})
	if err == nil {
		t.Fatal("a group with a failed operation must not be committed")
	}
	if cs, _ := s.Classes(); len(cs) != 0 {
		t.Fatalf("%d classes kept from a failed group", len(cs))
	}
	if err := s.Together(func(s *Store) error { fileTestClass(t, s, "G2"); fileTestClass(t, s, "G3"); return nil }); err != nil {
		t.Fatal(err)
	}
	if cs, _ := s.Classes(); len(cs) != 2 {
		t.Fatalf("%d classes, want 2", len(cs))
	}
	if _, err := s.VerifyAudit(); err != nil {
		t.Fatal(err)
	}
}
