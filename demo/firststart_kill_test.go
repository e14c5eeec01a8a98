package demo

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"trainingdesk/store"
)

// TestMain lets the test binary double as a first start (open a new data
// directory and seed the demo) that the kill test below cuts short.
func TestMain(m *testing.M) {
	if dir := os.Getenv("TD_FIRST_START"); dir != "" {
		fmt.Println("start")
		s, err := store.Open(dir, store.Options{Timeout: 5 * time.Second})
		if err == nil {
			err = Seed(s, 20, time.Now())
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		s.Close()
		return
	}
	os.Exit(m.Run())
}

// 40 first starts, each killed at a random moment within its first
// milliseconds (creating the key, the database, or seeding). Every
// directory must open afterwards, holding either the whole demo or nothing
// — and when nothing, seeding it again must work.
func TestFirstStartKilledAnywhereLeavesAUsableDirectory(t *testing.T) {
	if testing.Short() {
		t.Skip("40 process kills")
	}
	// A whole demo has the three demo classes and the past ones: count them
	// on a directory seeded without a kill.
	ref, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := Seed(ref, 20, time.Now()); err != nil {
		t.Fatal(err)
	}
	all, err := ref.Classes()
	ref.Close()
	if err != nil {
		t.Fatal(err)
	}
	var whole, empty, finished int
	for i := range 40 {
		dir := filepath.Join(t.TempDir(), "data")
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "TD_FIRST_START="+dir, "TRAININGDESK_NO_KEYRING=1")
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 6)
		if _, err := out.Read(buf); err != nil {
			t.Fatalf("round %d: the first start did not begin: %v", i, err)
		}
		// Killed within the time a first start takes (about 100 ms here):
		// while the key, the database or the demo is being written.
		time.Sleep(time.Duration(rand.Intn(120_000)) * time.Microsecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		if err := cmd.Wait(); err == nil {
			finished++
		}
		s, err := store.Open(dir, store.Options{})
		if err != nil {
			t.Fatalf("round %d: the directory cannot be opened after the kill: %v", i, err)
		}
		classes, err := s.Classes()
		if err != nil {
			t.Fatalf("round %d: %v", i, err)
		}
		_, hasInst, _ := s.Institution()
		switch {
		case len(classes) == len(all) && hasInst:
			whole++
		case len(classes) == 0 && !hasInst:
			empty++
			if err := Seed(s, 4, time.Now()); err != nil {
				t.Fatalf("round %d: seeding the emptied directory again: %v", i, err)
			}
		default:
			t.Fatalf("round %d: half seeded: %d classes, institution %v", i, len(classes), hasInst)
		}
		if n, err := s.VerifyAudit(); err != nil {
			t.Fatalf("round %d: audit chain after %d entries: %v", i, n, err)
		}
		s.Close()
	}
	t.Logf("40 kills: %d whole demos, %d empty directories (seeded afterwards), %d runs finished before the kill", whole, empty, finished)
}
