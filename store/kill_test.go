package store

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/training"
)

// TestMain lets the test binary double as the writer process the crash test
// kills.
func TestMain(m *testing.M) {
	if dir := os.Getenv("TD_KILL_WRITER"); dir != "" {
		writeForever(dir)
		return
	}
	if dir := os.Getenv("TD_KILL_BACKUP"); dir != "" {
		backupForever(dir)
		return
	}
	if dir := os.Getenv("TD_KILL_UPGRADE"); dir != "" {
		upgradeOnce(dir)
		return
	}
	os.Exit(m.Run())
}

func writeForever(dir string) {
	s, err := Open(dir, Options{Timeout: 5 * time.Second})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	classes, _ := s.Classes()
	var classID string
	if len(classes) > 0 {
		classID = classes[0].ID
	} else {
		c, err := s.FileClass(training.Class{Code: "K", Name: "崩溃测试班", Occupation: "电工", Level: 5, Type: "就业技能培训",
			Start: day("2026-03-02"), End: day("2026-03-27"), Hours: 80})
		if err != nil {
			os.Exit(1)
		}
		classID = c.ID
	}
	fmt.Println("ready")
	for i := rand.Intn(1 << 20); ; i++ {
		cands := make([]Candidate, 20)
		for j := range cands {
			cands[j] = Candidate{Row: j, Person: training.Person{Name: "学员", IDNumber: idFor(i*20 + j)}}
		}
		_, _, _, _ = s.EnrolTrainees(classID, cands)
	}
}

// TestSurvivesSIGKILLMidTransaction kills a writer process at random moments
// many times; every time the database must open, pass bbolt's page check,
// keep its audit chain intact, and hold exactly one outbox entry per record.
func TestSurvivesSIGKILLMidTransaction(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test is slow")
	}
	dir := t.TempDir()
	rounds := 15
	for i := 0; i < rounds; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "TD_KILL_WRITER="+dir)
		out, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		buf := make([]byte, 6)
		if _, err := out.Read(buf); err != nil {
			t.Fatalf("round %d: writer did not start: %v", i, err)
		}
		time.Sleep(time.Duration(20+rand.Intn(200)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		checkConsistent(t, dir, i)
	}
}

func checkConsistent(t *testing.T, dir string, round int) {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, DBFile), 0o600, &bolt.Options{Timeout: time.Second, ReadOnly: true})
	if err != nil {
		t.Fatalf("round %d: database does not open after SIGKILL: %v", round, err)
	}
	if err := db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			return err
		}
		return nil
	}); err != nil {
		t.Fatalf("round %d: page check: %v", round, err)
	}
	db.Close()
	s := openTest(t, dir)
	if _, err := s.VerifyAudit(); err != nil {
		t.Fatalf("round %d: audit: %v", round, err)
	}
	all, err := s.AllTrainees()
	if err != nil {
		t.Fatalf("round %d: %v", round, err)
	}
	counts, _ := s.Counts()
	if counts.Pending != len(all)+1 { // every trainee and the class
		t.Fatalf("round %d: %d records but %d outbox entries", round, len(all)+1, counts.Pending)
	}
	if len(all)%20 != 0 {
		t.Fatalf("round %d: %d trainees: a batch of 20 was half saved", round, len(all))
	}
	s.Close()
}
