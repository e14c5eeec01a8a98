package store

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"trainingdesk/training"
)

// upgradeOnce is the child process of the kill test: it opens (so upgrades)
// the data directory and exits.
func upgradeOnce(dir string) {
	s, err := Open(dir, Options{Timeout: 5 * time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	s.Close()
}

// copyDir copies the database and key of an old data directory.
func copyDir(t *testing.T, from string) string {
	t.Helper()
	to := t.TempDir()
	for _, f := range []string{DBFile, KeyFile} {
		raw, err := os.ReadFile(filepath.Join(from, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, f), raw, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return to
}

// The upgrade of an old data file, killed at any moment (while re-sealing,
// while compacting, while renaming), leaves a directory that opens: the old
// file or the new one, never half of either, and the next open finishes the
// job — every trainee readable, the audit log verifying, no name in clear.
func TestAnUpgradeKilledAnywhereLeavesAUsableDirectory(t *testing.T) {
	if testing.Short() {
		t.Skip("10 process kills")
	}
	old := t.TempDir()
	s := openTest(t, old)
	c := fileTestClass(t, s, "UP")
	cands := make([]Candidate, 800)
	people := make([]training.Person, len(cands))
	for i := range cands {
		p := person(i)
		p.Name = fmt.Sprintf("欧阳%s", personName(i)) // distinct for the first 100
		cands[i], people[i] = Candidate{Row: i + 2, Person: p}, p
	}
	if _, rejected, _, err := s.EnrolTrainees(c.ID, cands); err != nil || len(rejected) > 0 {
		t.Fatal(err, rejected)
	}
	writeLegacy(t, s, c.ID)
	s.Close()

	child := func(dir string) (*exec.Cmd, *bytes.Buffer) {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "TD_KILL_UPGRADE="+dir)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, &stderr
	}
	// How long a whole run takes, so the kills fall all along it.
	start := time.Now()
	cmd, stderr := child(copyDir(t, old))
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the upgrade failed: %v %s", err, stderr)
	}
	whole := time.Since(start)
	for round := range 10 {
		dir := copyDir(t, old)
		cmd, _ := child(dir)
		time.Sleep(time.Duration(rand.Int63n(int64(whole) * 11 / 10)))
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		s, err := Open(dir, Options{})
		if err != nil {
			t.Fatalf("round %d: the directory does not open after the kill: %v", round, err)
		}
		list, err := s.Trainees(c.ID)
		if err != nil || len(list) != len(people) || list[7].Person.Name != people[7].Name || list[799].Person.Phone != people[799].Phone {
			t.Fatalf("round %d: %d trainees read back (%v)", round, len(list), err)
		}
		if _, err := s.VerifyAudit(); err != nil {
			t.Fatalf("round %d: audit verify: %v", round, err)
		}
		s.Close()
		if found := inClear(t, dir, people[:100]); len(found) > 0 {
			t.Fatalf("round %d: in clear after the upgrade: %v", round, found[:min(3, len(found))])
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Name() != DBFile && e.Name() != KeyFile {
				t.Errorf("round %d: left in the data directory: %s", round, e.Name())
			}
		}
	}
}
