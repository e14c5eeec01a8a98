package sync_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	stdsync "sync"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

func TestRunDeliversInDependencyOrder(t *testing.T) {
	d := dataset{classes: 3, trainees: 6, lessons: 4}
	ob := newFakeOutbox()
	d.fill(ob)
	srv, url := newBureau(t, bureau.Options{}, nil)
	s := newSender(t, ob, url)

	sum, err := s.Run(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Sent != d.total() || sum.Rejected != 0 || sum.Failed != 0 {
		t.Fatalf("summary %+v, want all %d sent", sum, d.total())
	}
	assertStats(t, srv, d.counts())
	if c, _ := ob.Counts(); c.Sent != d.total() || c.Pending+c.Failed+c.Quarantined != 0 {
		t.Fatalf("outbox counts %+v", c)
	}
	// Receipts: every class has a filing number, every certificate a registration number.
	for _, k := range []string{"class/" + classID(0), "certificate/" + certNo(2, 5)} {
		if ob.regNo[k] == "" {
			t.Errorf("%s got no registration number", k)
		}
	}
	if got := len(s.Log()); got != sum.Batches {
		t.Errorf("log holds %d batches, want %d", got, sum.Batches)
	}
}

func TestRejectedTraineeIsQuarantinedAndChildrenWait(t *testing.T) {
	bad := traineeID(0, 1)
	children := []string{
		"attendance/" + training.MarkID(lessonID(0, 0), bad), "attendance/" + training.MarkID(lessonID(0, 1), bad),
		"result/" + bad, "certificate/" + certNo(0, 1),
	}
	cases := []struct {
		name string
		// twoSteps sends classes and trainees first, the rest in a second
		// run, so the children never meet their rejected parent in a batch.
		twoSteps bool
	}{
		{"children in the same batch", false},
		{"children queued after the rejection", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := dataset{classes: 1, trainees: 3, lessons: 2, badID: map[string]bool{bad: true}}
			ob := newFakeOutbox()
			srv, url := newBureau(t, bureau.Options{}, nil)
			s := newSender(t, ob, url)
			if tc.twoSteps {
				d.only = map[training.Kind]bool{training.KindClass: true, training.KindTrainee: true}
				d.fill(ob)
				if _, err := s.Run(context.Background(), nil); err != nil {
					t.Fatal(err)
				}
				d.only = map[training.Kind]bool{training.KindLesson: true, training.KindAttendance: true,
					training.KindResult: true, training.KindCertificate: true}
			}
			d.fill(ob)
			if _, err := s.Run(context.Background(), nil); err != nil {
				t.Fatal(err)
			}

			c, _ := ob.Counts()
			if c.Quarantined != 1 {
				t.Fatalf("quarantined %d, want only the trainee: %+v", c.Quarantined, c)
			}
			e := ob.entry(training.KindTrainee, bad)
			if e.state != "quarantined" || e.last.Code != tdsync.CodeInvalidID || e.last.Field != "person.id_number" {
				t.Fatalf("trainee outcome %+v", e.last)
			}
			if h := tdsync.Hint(e.last.Code, e.last.Field, e.last.Message); !strings.Contains(h, "公民身份号码") {
				t.Errorf("hint %q does not name the field", h)
			}
			for _, k := range children {
				kind, id, _ := strings.Cut(k, "/")
				if st := ob.entry(training.Kind(kind), id).state; st != "pending" {
					t.Errorf("%s is %s, want waiting for its parent", k, st)
				}
			}
			if tc.twoSteps {
				if n := ob.entry(training.KindResult, bad).rec.Attempts; n != 0 {
					t.Errorf("child of a quarantined trainee was sent %d times", n)
				}
			}
			want := d.counts()
			want["trainee"], want["attendance"], want["result"], want["certificate"] = 2, 4, 2, 2
			assertStats(t, srv, want)

			// The clerk fixes the number; the trainee and its children go through.
			ob.add(training.KindTrainee, bad, 2, d.trainee(0, 1, 2, false), key(training.KindClass, classID(0)))
			runUntilDrained(t, s, ob, 5)
			if c, _ := ob.Counts(); c.Quarantined != 0 {
				t.Errorf("still quarantined after the fix: %+v", c)
			}
			assertStats(t, srv, dataset{classes: 1, trainees: 3, lessons: 2}.counts())
		})
	}
}

func TestFaultsConvergeExactlyOnce(t *testing.T) {
	d := dataset{classes: 4, trainees: 15, lessons: 8}
	ob := newFakeOutbox()
	d.fill(ob)
	srv, url := newBureau(t, bureau.Options{FailRate: 0.2}, nil)
	s := newSender(t, ob, url)

	runUntilDrained(t, s, ob, 50)

	st := assertStats(t, srv, d.counts())
	if accepted := st.Deliveries - st.DuplicateDeliveries - st.Rejected; accepted != d.total() {
		t.Errorf("bureau accepted %d record versions, want each of %d exactly once", accepted, d.total())
	}
	if twice := ob.deliveredTwice(); len(twice) > 0 {
		t.Errorf("settled as delivered more than once: %v", twice[:min(5, len(twice))])
	}
	if c, _ := ob.Counts(); c.Sent != d.total() {
		t.Errorf("outbox %+v, want %d sent", c, d.total())
	}
}

// dropFirst stores the first batch and then drops the connection instead
// of answering: the hard case.
func dropFirst(h http.Handler) http.Handler {
	var once stdsync.Once
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		first := false
		once.Do(func() { first = true })
		if first {
			h.ServeHTTP(httptest.NewRecorder(), r)
			panic(http.ErrAbortHandler)
		}
		h.ServeHTTP(w, r)
	})
}

func TestAnswerLostAfterStoringSucceedsOnce(t *testing.T) {
	d := dataset{classes: 2, trainees: 4, lessons: 3}
	ob := newFakeOutbox()
	d.fill(ob)
	srv, url := newBureau(t, bureau.Options{}, dropFirst)
	s := newSender(t, ob, url)

	sum := runUntilDrained(t, s, ob, 5)
	if sum.Failed != d.total() || sum.Duplicates != d.total() || sum.Sent != 0 {
		t.Errorf("summary %+v: want every record failed once, then a duplicate", sum)
	}
	st := assertStats(t, srv, d.counts())
	if st.DuplicateDeliveries != d.total() {
		t.Errorf("duplicate deliveries %d, want %d", st.DuplicateDeliveries, d.total())
	}
	if ob.regNo["class/"+classID(1)] == "" {
		t.Error("the duplicate answer carried no filing number for the class")
	}
	if twice := ob.deliveredTwice(); len(twice) > 0 {
		t.Errorf("settled as delivered more than once: %v", twice)
	}
}

// scripted answers the first len(statuses) requests with those statuses
// (and header) and passes the rest to the bureau, noting each request's
// record count and the sender's clock.
type scripted struct {
	mu       stdsync.Mutex
	statuses []int
	header   http.Header
	clock    *fakeClock
	sizes    []int
	times    []time.Time
}

func (sc *scripted) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(strings.NewReader(string(body)))
		var b tdsync.Batch
		_ = json.Unmarshal(body, &b)
		sc.mu.Lock()
		n := len(sc.sizes)
		sc.sizes = append(sc.sizes, len(b.Records))
		if sc.clock != nil {
			sc.times = append(sc.times, sc.clock.Now())
		}
		sc.mu.Unlock()
		if n < len(sc.statuses) {
			for k, v := range sc.header {
				w.Header()[k] = v
			}
			w.WriteHeader(sc.statuses[n])
			_, _ = w.Write([]byte(`{"code":"x","message":"scripted"}`))
			return
		}
		h.ServeHTTP(w, r)
	})
}

func TestRetryAfterIsHonoured(t *testing.T) {
	clock := &fakeClock{now: time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)}
	t0 := clock.Now()
	sc := &scripted{statuses: []int{http.StatusTooManyRequests}, header: http.Header{"Retry-After": {"7"}}, clock: clock}
	d := dataset{classes: 1}
	ob := newFakeOutbox()
	d.fill(ob)
	_, url := newBureau(t, bureau.Options{}, sc.wrap)
	s := newSender(t, ob, url)
	s.UseClock(clock.Now, clock.Sleep)
	s.UseJitter(func(int64) int64 { return 0 })

	sum, err := s.Run(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != 1 || sum.Sent != 1 {
		t.Fatalf("summary %+v", sum)
	}
	if got := ob.outcomes[0].RetryAt.Sub(t0); got != 7*time.Second {
		t.Errorf("RetryAt is %v after the 429, want the bureau's 7s", got)
	}
	if len(sc.times) != 2 || sc.times[1].Sub(sc.times[0]) < 7*time.Second {
		t.Errorf("retried at %v, want no sooner than 7s after %v", sc.times, t0)
	}
}

func TestBatchShrinksOn5xxAndGrowsBack(t *testing.T) {
	clock := &fakeClock{now: time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)}
	sc := &scripted{statuses: []int{http.StatusInternalServerError, http.StatusBadGateway}}
	d := dataset{classes: 400}
	ob := newFakeOutbox()
	d.fill(ob)
	srv, url := newBureau(t, bureau.Options{}, sc.wrap)
	s := newSender(t, ob, url)
	s.UseClock(clock.Now, clock.Sleep)
	s.UseJitter(func(n int64) int64 { return n - 1 })

	if _, err := s.Run(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if want := []int{200, 100, 50}; len(sc.sizes) < 4 || !slices.Equal(sc.sizes[:3], want) {
		t.Fatalf("batch sizes %v, want to start %v", sc.sizes, want)
	}
	if slices.Max(sc.sizes[3:]) <= 50 || s.BatchSize() != 500 {
		t.Errorf("batch sizes %v (next %d): want them to grow back after successes", sc.sizes, s.BatchSize())
	}
	assertStats(t, srv, map[string]int{"class": 400})
}

func TestRunStopsWhenBureauIsDown(t *testing.T) {
	ob := newFakeOutbox()
	dataset{classes: 2}.fill(ob)
	s := newSender(t, ob, "http://127.0.0.1:1") // nothing listens on port 1
	_, err := s.Run(context.Background(), nil)
	if err == nil || !strings.Contains(err.Error(), "无法连接") {
		t.Fatalf("err = %v, want a Chinese 'cannot connect' error", err)
	}
	if c, _ := ob.Counts(); c.Failed != 2 {
		t.Errorf("counts %+v, want both records failed and kept for later", c)
	}
}

func TestBadSecretStopsWithoutSettling(t *testing.T) {
	ob := newFakeOutbox()
	dataset{classes: 2}.fill(ob)
	_, url := newBureau(t, bureau.Options{}, nil)
	s, err := tdsync.NewSender(ob, tdsync.Config{Endpoint: url, AppKey: testAppKey, Secret: []byte("wrong"), Institution: testUSCC})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Run(context.Background(), nil)
	if err == nil || !strings.Contains(err.Error(), "签名") {
		t.Fatalf("err = %v, want the signature refusal explained", err)
	}
	if c, _ := ob.Counts(); c.Pending != 2 {
		t.Errorf("counts %+v: a credentials problem must leave records pending, not backing off", c)
	}
}

func TestLoopSyncsOnTriggerAndStops(t *testing.T) {
	ob := newFakeOutbox()
	srv, url := newBureau(t, bureau.Options{}, nil)
	s := newSender(t, ob, url)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	runs := make(chan tdsync.Progress, 100)
	go func() {
		s.Loop(ctx, time.Hour, func(p tdsync.Progress) {
			select {
			case runs <- p:
			default:
			}
		})
		close(done)
	}()
	dataset{classes: 3}.fill(ob)
	s.Trigger()
	for {
		c, _ := ob.Counts()
		if c.Sent == 3 {
			break
		}
		select {
		case <-runs:
		case <-time.After(10 * time.Second):
			t.Fatal("Trigger did not start a sync")
		}
	}
	cancel()
	<-done
	assertStats(t, srv, map[string]int{"class": 3})
}

// Records failed together come back together: after a failed batch of 200,
// their retry goes in full batches, not one small batch per record as each
// one's own random delay runs out.
func TestRetriesTravelTogetherInFullBatches(t *testing.T) {
	clock := &fakeClock{now: time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)}
	sc := &scripted{statuses: []int{http.StatusInternalServerError}}
	d := dataset{classes: 400}
	ob := newFakeOutbox()
	d.fill(ob)
	srv, url := newBureau(t, bureau.Options{}, sc.wrap)
	s := newSender(t, ob, url)
	s.UseClock(clock.Now, clock.Sleep) // the shipped delays and jitter, on a fake clock

	if _, err := s.Run(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if len(sc.sizes) > 6 {
		t.Fatalf("400 records took %d requests %v after one failed batch", len(sc.sizes), sc.sizes)
	}
	for _, n := range sc.sizes[1 : len(sc.sizes)-1] {
		if n < 50 {
			t.Fatalf("a small batch in %v: retries did not travel together", sc.sizes)
		}
	}
	assertStats(t, srv, map[string]int{"class": 400})
}
