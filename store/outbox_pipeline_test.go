package store

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

// DueExcept leaves out the records in flight and holds back their
// children, even when the parent would come first in the same batch.
func TestDueExceptHoldsBackChildrenOfRecordsInFlight(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "P1")
	tr, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "张三", IDNumber: idFor(1)}, "")
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.Due(time.Now(), 100)
	if err != nil || len(all) != 2 {
		t.Fatalf("due %v %v: want the class and its trainee", all, err)
	}
	classBusy := func(k training.Kind, id string) bool { return k == training.KindClass && id == c.ID }
	if got, err := s.DueExcept(time.Now(), 100, classBusy); err != nil || len(got) != 0 {
		t.Fatalf("with the class in flight: %+v %v, want nothing (its trainee waits)", got, err)
	}
	traineeBusy := func(k training.Kind, id string) bool { return id == tr.ID }
	if got, _ := s.DueExcept(time.Now(), 100, traineeBusy); len(got) != 1 || got[0].ID != c.ID {
		t.Fatalf("with the trainee in flight: %+v, want the class alone", got)
	}
}

// The sender keeps several batches at the bureau at once, and with the
// bureau storing batches but answering late or never (dropped after a
// hang), every record still arrives exactly once and no child is refused
// for a missing parent (which would quarantine it).
func TestPipelinedPushKeepsParentsFirstUnderFaults(t *testing.T) {
	t.Run("clean, batches overlap", func(t *testing.T) {
		if most := pipelinedPush(t, 0); most < 2 {
			t.Errorf("at most %d request at a time: the batches were not pipelined", most)
		}
	})
	t.Run("30% faults with a hang", func(t *testing.T) { pipelinedPush(t, 0.3) })
}

// pipelinedPush pushes 6 classes × (10 trainees, 8 lessons, marks, results)
// until drained, checks what the bureau holds, and returns how many requests
// were at the bureau at once at most.
func pipelinedPush(t *testing.T, rate float64) int32 {
	s := openTest(t, t.TempDir())
	want := seedOutbox(t, s, 6, 10, 8)
	srv, err := bureau.New(bureau.Options{DataDir: t.TempDir(), AppKey: benchKey, Secret: []byte(benchSecret),
		FailRate: rate, Hang: 150 * time.Millisecond, Latency: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	var now, most atomic.Int32
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := now.Add(1)
		defer now.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		srv.ServeHTTP(w, r)
	}))
	defer ts.Close()
	snd, err := tdsync.NewSender(s, tdsync.Config{Endpoint: ts.URL, AppKey: benchKey, Secret: []byte(benchSecret),
		Institution: benchUSCC, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	snd.SetBackoff(time.Millisecond, 20*time.Millisecond)
	for round := 0; ; round++ {
		_, err := snd.Run(context.Background(), nil)
		c, cerr := s.Counts()
		if cerr != nil {
			t.Fatal(cerr)
		}
		if c.Quarantined > 0 {
			items, _ := s.QuarantineItems()
			t.Fatalf("records refused: %+v (first: %+v)", c, items[0])
		}
		if err == nil && c.Pending == 0 {
			break
		}
		if round > 20 {
			t.Fatalf("outbox not drained: %+v (%v)", c, err)
		}
	}
	st, err := srv.Stats()
	if err != nil {
		t.Fatal(err)
	}
	for k, n := range want {
		if st.Records[k] != n {
			t.Errorf("bureau holds %d %s records, want %d", st.Records[k], k, n)
		}
	}
	return most.Load()
}
