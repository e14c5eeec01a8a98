package sync_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	stdsync "sync"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
)

const (
	testAppKey = "desk-test"
	testUSCC   = "91310115MA1H7GXX0A"
)

var testSecret = []byte("s3cret-for-tests")

// newBureau runs a reference bureau in-process on 127.0.0.1. wrap, if
// set, sits in front of it (to inject a specific fault).
func newBureau(tb testing.TB, o bureau.Options, wrap func(http.Handler) http.Handler) (*bureau.Server, string) {
	tb.Helper()
	o.DataDir, o.AppKey, o.Secret = tb.TempDir(), testAppKey, testSecret
	srv, err := bureau.New(o)
	if err != nil {
		tb.Fatal(err)
	}
	var h http.Handler = srv
	if wrap != nil {
		h = wrap(srv)
	}
	ts := httptest.NewServer(h)
	tb.Cleanup(func() { ts.Close(); srv.Close() })
	return srv, ts.URL
}

// newSender builds a sender with tiny backoff.
func newSender(tb testing.TB, ob tdsync.Outbox, endpoint string) *tdsync.Sender {
	tb.Helper()
	s, err := tdsync.NewSender(ob, tdsync.Config{Endpoint: endpoint, AppKey: testAppKey, Secret: testSecret,
		Institution: testUSCC, Timeout: 10 * time.Second})
	if err != nil {
		tb.Fatal(err)
	}
	s.SetBackoff(time.Millisecond, 20*time.Millisecond)
	return s
}

// fakeClock is a clock the sender advances when it waits.
type fakeClock struct {
	mu  stdsync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) Sleep(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// runUntilDrained calls Run a bounded number of times until nothing is
// pending or failed.
func runUntilDrained(tb testing.TB, s *tdsync.Sender, ob tdsync.Outbox, rounds int) tdsync.Summary {
	tb.Helper()
	var total tdsync.Summary
	for range rounds {
		sum, err := s.Run(context.Background(), nil)
		total.Sent += sum.Sent
		total.Duplicates += sum.Duplicates
		total.Rejected += sum.Rejected
		total.Failed += sum.Failed
		total.Batches += sum.Batches
		c, cerr := ob.Counts()
		if cerr != nil {
			tb.Fatal(cerr)
		}
		if err == nil && c.Pending == 0 && c.Failed == 0 {
			return total
		}
	}
	c, _ := ob.Counts()
	tb.Fatalf("outbox not drained after %d runs: %+v", rounds, c)
	return total
}

func assertStats(tb testing.TB, srv *bureau.Server, want map[string]int) bureau.Stats {
	tb.Helper()
	st, err := srv.Stats()
	if err != nil {
		tb.Fatal(err)
	}
	for k, n := range want {
		if st.Records[k] != n {
			tb.Errorf("bureau holds %d %s records, want %d", st.Records[k], k, n)
		}
	}
	return st
}
