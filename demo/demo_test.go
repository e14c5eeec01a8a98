package demo

import (
	"testing"
	"time"

	"trainingdesk/store"
)

func TestSeedMakesAFinishedClassReadyForCertificates(t *testing.T) {
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := Seed(s, 60, time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	classes, _ := s.Classes()
	if len(classes) < 2 {
		t.Fatalf("%d classes", len(classes))
	}
	counts, _ := s.TraineeCounts()
	total := 0
	for _, n := range counts {
		total += n
	}
	if total != 60+PastTrainees {
		t.Fatalf("%d trainees in all, want 60 + %d in past classes", total, PastTrainees)
	}
	done, _ := s.ClassByCode("DEMO-2026-01")
	rep, err := s.ClassReport(done.ID)
	if err != nil {
		t.Fatal(err)
	}
	eligible := 0
	for _, tr := range rep.Trainees {
		if tr.Verdict.Eligible {
			eligible++
		}
		if len(tr.Summary.Marks) != len(rep.Lessons) {
			t.Fatalf("%s has %d marks of %d lessons", tr.Trainee.Name(), len(tr.Summary.Marks), len(rep.Lessons))
		}
	}
	if eligible == 0 || eligible == len(rep.Trainees) {
		t.Fatalf("%d of %d eligible: a demo should show both cases", eligible, len(rep.Trainees))
	}
	if err := Seed(s, 10, time.Now()); err != ErrNotEmpty {
		t.Fatalf("seeding twice: %v", err)
	}
	if _, err := s.VerifyAudit(); err != nil {
		t.Fatal(err)
	}
}

func TestSeedManyTraineesGivesEveryoneTheirOwnNumber(t *testing.T) {
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := Seed(s, 3000, time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	all, _ := s.AllTrainees()
	if len(all) != 3000+PastTrainees {
		t.Fatalf("%d trainees", len(all))
	}
}
