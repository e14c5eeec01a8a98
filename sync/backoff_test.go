package sync_test

import (
	"net/http"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
)

func TestBackoffGrowsAndCaps(t *testing.T) {
	top := func(n int64) int64 { return n - 1 } // the largest draw
	cases := []struct {
		attempt int
		want    time.Duration
	}{
		{0, time.Second}, {1, time.Second}, {2, 2 * time.Second}, {4, 8 * time.Second},
		{9, 256 * time.Second}, {10, 5 * time.Minute}, {60, 5 * time.Minute},
	}
	for _, c := range cases {
		if got := tdsync.Backoff(c.attempt, time.Second, 5*time.Minute, top); got != c.want {
			t.Errorf("attempt %d: longest delay %v, want %v", c.attempt, got, c.want)
		}
		if got := tdsync.Backoff(c.attempt, time.Second, 5*time.Minute, func(int64) int64 { return 0 }); got != 0 {
			t.Errorf("attempt %d: full jitter must allow an immediate retry, got %v", c.attempt, got)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"1", time.Second, true},
		{" 120 ", 2 * time.Minute, true},
		{now.Add(30 * time.Second).Format(http.TimeFormat), 30 * time.Second, true},
		{now.Add(-time.Minute).Format(http.TimeFormat), 0, true},
		{"", 0, false},
		{"-3", 0, false},
		{"soon", 0, false},
	}
	for _, c := range cases {
		got, ok := tdsync.ParseRetryAfter(c.in, now)
		if got != c.want || ok != c.ok {
			t.Errorf("Retry-After %q = %v,%v; want %v,%v", c.in, got, ok, c.want, c.ok)
		}
	}
}
