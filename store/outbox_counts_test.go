package store

import (
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// recounted is what the counts would be if the queue were decoded entry by
// entry, as `sync status` did before the counters.
func recounted(t *testing.T, s *Store) tdsync.Counts {
	t.Helper()
	var c tdsync.Counts
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bOutbox).ForEach(func(_, v []byte) error {
			var e outboxEntry
			if err := jsonUnmarshal(v, &e); err != nil {
				return err
			}
			switch entryClass(&e) {
			case 2:
				c.Quarantined++
			case 1:
				c.Failed++
				c.Pending++
			default:
				c.Pending++
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func sameCounts(t *testing.T, s *Store, when string) tdsync.Counts {
	t.Helper()
	got, err := s.Counts()
	if err != nil {
		t.Fatal(err)
	}
	want := recounted(t, s)
	want.Sent = got.Sent
	if got != want {
		t.Fatalf("%s: kept counts %+v, the queue holds %+v", when, got, want)
	}
	return got
}

func TestOutboxCountsFollowEveryChange(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "CNT")
	var trs []training.Trainee
	for i := range 4 {
		tr, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "学员", IDNumber: idFor(i + 1)}, "")
		if err != nil {
			t.Fatal(err)
		}
		trs = append(trs, tr)
	}
	if got := sameCounts(t, s, "after enrolment"); got.Pending != 5 {
		t.Fatalf("pending = %d, want the class and 4 trainees", got.Pending)
	}
	recs, err := s.Due(time.Now(), 10)
	if err != nil || len(recs) != 5 {
		t.Fatal(err, len(recs))
	}
	out := make([]tdsync.Outcome, len(recs))
	for i, r := range recs {
		o := tdsync.Outcome{Kind: r.Kind, ID: r.ID, Version: r.Version, Status: tdsync.StatusAccepted}
		switch r.ID {
		case trs[0].ID:
			o.Status, o.Code, o.Field = tdsync.StatusRejected, tdsync.CodeInvalidValue, "person.name"
		case trs[1].ID, trs[2].ID:
			o.Status, o.RetryAt = tdsync.StatusFailed, time.Now().Add(time.Hour)
		}
		out[i] = o
	}
	if err := s.Settle(out); err != nil {
		t.Fatal(err)
	}
	got := sameCounts(t, s, "after one batch")
	if got != (tdsync.Counts{Pending: 2, Failed: 2, Quarantined: 1, Sent: 2}) {
		t.Fatalf("after one batch: %+v", got)
	}
	if qs, _ := s.QuarantinedRecords(); len(qs) != 1 || qs[0].ID != trs[0].ID {
		t.Fatalf("refused records = %+v", qs)
	}
	// Editing a failed record starts it afresh; requeueing a refused one too.
	edited := trs[1]
	edited.Person.Name = "改名"
	if _, _, err := s.UpdateTrainee(edited); err != nil {
		t.Fatal(err)
	}
	if err := s.Requeue(training.KindTrainee, trs[0].ID); err != nil {
		t.Fatal(err)
	}
	got = sameCounts(t, s, "after an edit and a requeue")
	if got.Quarantined != 0 || got.Failed != 1 || got.Pending != 3 {
		t.Fatalf("after an edit and a requeue: %+v", got)
	}
	if qs, _ := s.QuarantinedRecords(); len(qs) != 0 {
		t.Fatalf("requeued record still listed as refused: %+v", qs)
	}
}

// A database written before the counters existed gets them on opening.
func TestOutboxCountsBuiltForAnOlderFile(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	c := fileTestClass(t, s, "OLD")
	for i := range 3 {
		if _, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "学员", IDNumber: idFor(i + 1)}, ""); err != nil {
			t.Fatal(err)
		}
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bMeta).Delete(mOutboxCounts); err != nil {
			return err
		}
		if err := tx.Bucket(bIndex).DeleteBucket(ixQuarantined); err != nil {
			return err
		}
		return tx.Bucket(bMeta).Put(mSchema, u64(2))
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openTest(t, dir)
	if got := sameCounts(t, s, "after the upgrade"); got.Pending != 4 {
		t.Fatalf("pending = %d, want 4", got.Pending)
	}
}
