package store

import (
	"strings"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// deliverAll settles everything due as accepted, except the records named
// in refuse ("kind/id"), which the "bureau" rejects with code/field; as the
// sender does, a child refused only for its parent is retried, not refused.
func deliverAll(t *testing.T, s *Store, refuse map[string][2]string) {
	t.Helper()
	for range 20 {
		recs, err := s.Due(time.Now(), 500)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) == 0 {
			return
		}
		out := make([]tdsync.Outcome, len(recs))
		for i, r := range recs {
			out[i] = tdsync.Outcome{Seq: r.Seq, Kind: r.Kind, ID: r.ID, Version: r.Version, Status: tdsync.StatusAccepted}
			if cf, ok := refuse[string(r.Kind)+"/"+r.ID]; ok {
				out[i].Status, out[i].Code, out[i].Field, out[i].Message = tdsync.StatusRejected, cf[0], cf[1], "姓名与公民身份号码不一致"
			} else if _, ok := refuse["trainee/"+r.ID]; ok && r.Kind == training.KindResult {
				out[i].Status, out[i].RetryAt = tdsync.StatusFailed, time.Now()
			}
		}
		if err := s.Settle(out); err != nil {
			t.Fatal(err)
		}
	}
	t.Fatal("outbox never drained")
}

func TestFixingARefusedTraineeSendsItAgainWithItsChildren(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "Q1")
	var trs []training.Trainee
	for i, name := range []string{"张三", "李四"} {
		tr, _, err := s.EnrolTrainee(c.ID, training.Person{Name: name, IDNumber: idFor(i + 1)}, "")
		if err != nil {
			t.Fatal(err)
		}
		trs = append(trs, tr)
	}
	pass := 90.0
	if _, err := s.SetResult(trs[0].ID, &pass, &pass); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.LastSyncSuccess(); ok {
		t.Fatal("no success before the first delivery")
	}
	deliverAll(t, s, map[string][2]string{"trainee/" + trs[0].ID: {tdsync.CodeInvalidValue, "person.name"}})

	c1, err := s.Counts()
	if err != nil {
		t.Fatal(err)
	}
	// The refused trainee is quarantined; its result waits behind it.
	if c1.Quarantined != 1 || c1.Pending != 1 {
		t.Fatalf("after a refusal: %+v, want 1 quarantined and its result pending", c1)
	}
	if _, ok, _ := s.LastSyncSuccess(); !ok {
		t.Fatal("the delivered records must set the last success time")
	}
	items, err := s.QuarantineItems()
	if err != nil || len(items) != 1 {
		t.Fatal(err, items)
	}
	it := items[0]
	if it.Label != "学员 张三（Q1）" || it.Place != PlaceRoster || it.ClassID != c.ID || !strings.Contains(it.Hint, "学员姓名") {
		t.Fatalf("refused item = %+v", it)
	}
	if strings.Contains(it.Label+it.Hint, idFor(1)) {
		t.Fatal("the identity number must not appear in the list")
	}

	// The clerk corrects the name: the trainee goes back in line by itself.
	fixed := trs[0]
	fixed.Person.Name = "张叁"
	if _, _, err := s.UpdateTrainee(fixed); err != nil {
		t.Fatal(err)
	}
	c2, _ := s.Counts()
	if c2.Quarantined != 0 || c2.Pending != 2 {
		t.Fatalf("after the fix: %+v, want nothing quarantined and trainee+result pending", c2)
	}
	recs, _ := s.Due(time.Now(), 10)
	if len(recs) != 2 || recs[0].Kind != training.KindTrainee || recs[0].Version != 2 || recs[1].Kind != training.KindResult {
		t.Fatalf("due after the fix: %+v, want the trainee (version 2) then its result", recs)
	}
	deliverAll(t, s, nil)
	if c3, _ := s.Counts(); c3.Pending != 0 || c3.Quarantined != 0 {
		t.Fatalf("after the next run: %+v", c3)
	}
}

func TestRequeueSendsARefusedRecordUnchanged(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "Q2")
	deliverAll(t, s, map[string][2]string{"class/" + c.ID: {tdsync.CodeInvalidValue, "hours"}})
	items, _ := s.QuarantineItems()
	if len(items) != 1 || items[0].Place != PlaceClasses || !strings.Contains(items[0].Label, "Q2") {
		t.Fatalf("%+v", items)
	}
	if err := s.Requeue(training.KindClass, c.ID); err != nil {
		t.Fatal(err)
	}
	recs, _ := s.Due(time.Now(), 10)
	if len(recs) != 1 || recs[0].ID != c.ID || recs[0].Version != 1 || recs[0].Attempts != 0 {
		t.Fatalf("due after requeue: %+v", recs)
	}
	if err := s.Requeue(training.KindClass, "no-such-id"); err != ErrNotFound {
		t.Fatalf("requeue of an unknown record: %v", err)
	}
}

func TestBackoffFromEnv(t *testing.T) {
	cases := []struct {
		v         string
		base, max time.Duration
		bad       bool
	}{
		{"", 0, 0, false},
		{"5ms", 5 * time.Millisecond, 100 * time.Millisecond, false},
		{"5ms,50ms", 5 * time.Millisecond, 50 * time.Millisecond, false},
		{"fast", 0, 0, true},
		{"5ms,1ms", 0, 0, true},
	}
	for _, c := range cases {
		t.Setenv(BackoffEnv, c.v)
		base, max, err := BackoffFromEnv()
		if (err != nil) != c.bad || base != c.base || max != c.max {
			t.Errorf("%q: %v %v %v", c.v, base, max, err)
		}
	}
}
