package store

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"trainingdesk/training"
)

func backupForever(dir string) {
	s, err := Open(dir, Options{Timeout: 5 * time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("ready")
	out := filepath.Join(dir, "out", "b.tdbak")
	for {
		if err := s.BackupToFile(out, nil); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// A backup killed at any moment leaves no partial file: the output folder
// holds the last complete backup or nothing.
func TestKilledBackupLeavesNoPartialFile(t *testing.T) {
	if testing.Short() {
		t.Skip("16 process kills")
	}
	dir := t.TempDir()
	s := openTest(t, dir)
	c := fileTestClass(t, s, "B1")
	cands := make([]Candidate, 300)
	for i := range cands {
		cands[i] = Candidate{Row: i + 1, Person: training.Person{Name: "学员", IDNumber: idFor(i)}}
	}
	if _, _, _, err := s.EnrolTrainees(c.ID, cands); err != nil {
		t.Fatal(err)
	}
	s.Close()
	outDir := filepath.Join(dir, "out")
	os.MkdirAll(outDir, 0o700)
	for i := range 16 {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "TD_KILL_BACKUP="+dir)
		out, _ := cmd.StdoutPipe()
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 6)
		if _, err := out.Read(buf); err != nil {
			t.Fatalf("round %d: backup process did not start: %v %s", i, err, stderr.String())
		}
		time.Sleep(time.Duration(rand.Intn(30_000)) * time.Microsecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		entries, _ := os.ReadDir(outDir)
		for _, e := range entries {
			// Killed in the instant between naming the finished backup and
			// putting it in place, a complete hidden copy remains (the next
			// backup to that name removes it); never a partial one.
			if e.Name() != "b.tdbak" && !strings.HasPrefix(e.Name(), ".td-partial-b.tdbak.") {
				t.Fatalf("round %d: a killed backup left %s", i, e.Name())
			}
			restoreDir := filepath.Join(t.TempDir(), "r")
			f, _ := os.Open(filepath.Join(outDir, e.Name()))
			err := Restore(f, restoreDir, nil, false)
			f.Close()
			if err != nil {
				t.Fatalf("round %d: the backup in place does not restore: %v", i, err)
			}
		}
	}
	// Whatever the kill left in the data directory is cleared at the next
	// start, and beside the backup by the next backup to the same name.
	s = openTest(t, dir)
	if err := s.BackupToFile(filepath.Join(outDir, "b.tdbak"), nil); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(outDir); len(entries) != 1 {
		t.Errorf("after a complete backup the folder holds %d files", len(entries))
	}
	s.Close()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if name := e.Name(); name != DBFile && name != KeyFile && name != "out" {
			t.Errorf("left in the data directory after a restart: %s", name)
		}
	}
}
