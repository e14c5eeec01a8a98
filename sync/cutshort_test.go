package sync_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	stdsync "sync"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

// holder sits in front of the reference bureau: a request hold picks is
// stored and then left unanswered until the client gives up, as a bureau
// that loses its answer does; every other request takes slow to answer.
type holder struct {
	hold func(n int, b tdsync.Batch) bool // n counts requests from 1
	slow func(n int) time.Duration

	mu       stdsync.Mutex
	n        int
	held     []time.Duration // how long each held request waited for the client
	heldRecs []int           // how many records each held request carried
	sends    map[string]int  // kind/id → requests carrying it
}

func (h *holder) wrap(next http.Handler) http.Handler {
	h.sends = map[string]int{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		var b tdsync.Batch
		_ = json.Unmarshal(body, &b)
		h.mu.Lock()
		h.n++
		n := h.n
		for _, rec := range b.Records {
			h.sends[key(rec.Kind, rec.ID)]++
		}
		hold := h.hold != nil && h.hold(n, b)
		if hold {
			h.heldRecs = append(h.heldRecs, len(b.Records))
		}
		h.mu.Unlock()
		if hold {
			next.ServeHTTP(httptest.NewRecorder(), r) // stored, answer lost
			start := time.Now()
			<-r.Context().Done()
			h.mu.Lock()
			h.held = append(h.held, time.Since(start))
			h.mu.Unlock()
			panic(http.ErrAbortHandler)
		}
		if h.slow != nil {
			time.Sleep(h.slow(n))
		}
		next.ServeHTTP(w, r)
	})
}

// cutSender is a sender with the shipped backoff, a long timeout and a
// cutoff floor of 20 ms instead of a second.
func cutSender(t *testing.T, ob tdsync.Outbox, url string, timeout time.Duration) *tdsync.Sender {
	t.Helper()
	s, err := tdsync.NewSender(ob, tdsync.Config{Endpoint: url, AppKey: testAppKey, Secret: testSecret,
		Institution: testUSCC, Timeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	s.UseCutFloor(20 * time.Millisecond)
	return s
}

func holds(keys map[string]bool, b tdsync.Batch) bool {
	for _, r := range b.Records {
		if keys[key(r.Kind, r.ID)] {
			return true
		}
	}
	return false
}

// A batch the bureau stores but never answers is not waited for until the
// timeout: it goes again at once, the bureau says "duplicate", and nothing
// counts as a failure or backs off.
func TestHeldBatchIsSentAgainWithoutWaitingForTheTimeout(t *testing.T) {
	d := dataset{classes: 2, trainees: 10, lessons: 3}
	ob := newFakeOutbox()
	d.fill(ob)
	h := &holder{hold: func(n int, _ tdsync.Batch) bool { return n == 2 }}
	srv, url := newBureau(t, bureau.Options{}, h.wrap)
	s := cutSender(t, ob, url, time.Hour)
	s.SetBatchSize(10)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	sum, err := s.Run(ctx, nil)
	if err != nil {
		t.Fatalf("run: %v (the held batch was waited for)", err)
	}
	if len(h.held) != 1 {
		t.Fatalf("held requests given up by the client: %v, want 1", h.held)
	}
	n := h.heldRecs[0]
	if sum.Resent != n || sum.Failed != 0 {
		t.Errorf("summary %+v: want the %d held records resent and no failure", sum, n)
	}
	st := assertStats(t, srv, d.counts())
	if st.DuplicateDeliveries != n {
		t.Errorf("bureau saw %d duplicates, want the %d records it had stored", st.DuplicateDeliveries, n)
	}
	if twice := ob.deliveredTwice(); len(twice) > 0 {
		t.Errorf("settled as delivered more than once: %v", twice)
	}
	cutLogged := false
	for _, l := range s.Log() {
		cutLogged = cutLogged || (l.Error != "" && l.Records == n && l.Failed == 0)
	}
	if !cutLogged {
		t.Errorf("the recent-uploads log does not show the batch sent again: %+v", s.Log())
	}
}

// A record is cut short twice at most, waiting twice as long the second
// time; then it waits the full timeout and backs off as any failure.
func TestRecordIsCutShortTwiceThenWaitsTheTimeout(t *testing.T) {
	d := dataset{classes: 1, trainees: 4, lessons: 2}
	ob := newFakeOutbox()
	d.fill(ob)
	trainee := key(training.KindTrainee, traineeID(0, 2))
	held, times := map[string]bool{trainee: true}, 0
	h := &holder{hold: func(_ int, b tdsync.Batch) bool {
		if holds(held, b) && times < 3 {
			times++
			return true
		}
		return false
	}}
	_, url := newBureau(t, bureau.Options{}, h.wrap)
	s := cutSender(t, ob, url, 400*time.Millisecond)
	s.SetBatchSize(1)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	sum, err := s.Run(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := h.sends[trainee]; got != 4 {
		t.Fatalf("the held record went %d times, want 4 (cut short twice, the timeout, then answered)", got)
	}
	if len(h.held) != 3 || h.held[2] < 300*time.Millisecond {
		t.Fatalf("held for %v: want the third send waited for the 400 ms timeout", h.held)
	}
	var cuts []time.Duration // the client's waits, newest first
	for _, l := range s.Log() {
		if l.Error != "" && l.Failed == 0 {
			cuts = append(cuts, l.Duration)
		}
	}
	if len(cuts) != 2 || cuts[0] < 40*time.Millisecond {
		t.Errorf("cut short after %v: want twice, the second after at least twice the 20 ms cutoff", cuts)
	}
	if want := h.heldRecs[0] + h.heldRecs[1]; sum.Resent != want || sum.Failed != h.heldRecs[2] {
		t.Errorf("summary %+v: want the two cut batches' %d records resent and the timed-out batch's %d failed",
			sum, want, h.heldRecs[2])
	}
}

// A bureau that becomes slow everywhere is not flooded with copies: after
// its first slow answer the cutoff follows it, and copies stay within the
// budget of one batch in four (plus two).
func TestSlowBureauGetsFewCopies(t *testing.T) {
	d := dataset{classes: 2, trainees: 10, lessons: 4}
	ob := newFakeOutbox()
	d.fill(ob)
	h := &holder{slow: func(n int) time.Duration {
		if n <= 3 {
			return 0
		}
		return 150 * time.Millisecond
	}}
	srv, url := newBureau(t, bureau.Options{}, h.wrap)
	s := cutSender(t, ob, url, time.Minute)
	s.SetBatchSize(5)

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	sum, err := s.Run(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	assertStats(t, srv, d.counts())
	copies := h.n - sum.Batches
	if budget := 2 + sum.Batches/4; copies > budget || copies > 2 {
		t.Errorf("%d batches sent again for %d answered: a slow bureau got too many copies", copies, sum.Batches)
	}
}
