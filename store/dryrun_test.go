package store

import (
	"testing"

	"trainingdesk/training"
)

// A dry run answers what the operation would do — its report and its
// refusals — and leaves no record, no audit entry, no outbox entry, and
// tells no subscriber.
func TestDryRunAnswersLikeTheRealWriteAndKeepsNothing(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "D1")
	heard := 0
	s.OnChange(func() { heard++ })
	auditBefore, _ := s.VerifyAudit()
	countsBefore, _ := s.Counts()

	cands := []Candidate{{Row: 2, Person: training.Person{Name: "张三", IDNumber: idFor(1)}},
		{Row: 3, Person: training.Person{Name: "李四", IDNumber: idFor(2)}, Category: "外星人"}}
	dry := s.DryRun()
	saved, rejected, _, err := dry.EnrolTrainees(c.ID, cands)
	if err != nil || len(saved) != 1 || len(rejected) != 1 || rejected[0].Row != 3 {
		t.Fatalf("dry run: saved %d, rejected %+v, %v", len(saved), rejected, err)
	}
	if list, _ := s.Trainees(c.ID); len(list) != 0 {
		t.Fatalf("a dry run kept %d trainees", len(list))
	}
	if n, _ := s.VerifyAudit(); n != auditBefore {
		t.Fatalf("a dry run wrote %d audit entries", n-auditBefore)
	}
	if counts, _ := s.Counts(); counts != countsBefore {
		t.Fatalf("a dry run queued for the bureau: %+v → %+v", countsBefore, counts)
	}
	if heard != 0 {
		t.Fatal("a dry run notified subscribers")
	}
	if err := dry.Close(); err != nil {
		t.Fatal(err)
	}

	saved, rejected, _, err = s.EnrolTrainees(c.ID, cands)
	if err != nil || len(saved) != 1 || len(rejected) != 1 || heard != 1 {
		t.Fatalf("real run after the dry one (database still open?): %d %+v %v heard=%d", len(saved), rejected, err, heard)
	}
	// The rehearsal meets what the real write left: now the same person is refused.
	if _, rejected, _, _ = dry.EnrolTrainees(c.ID, cands[:1]); len(rejected) != 1 {
		t.Fatalf("dry run after the real one: %+v", rejected)
	}
}
