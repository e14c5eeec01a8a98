package sync

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Default backoff: exponential from the stored attempt count, full jitter.
const (
	DefaultBackoffBase = time.Second
	DefaultBackoffMax  = 5 * time.Minute
)

// backoff returns a delay drawn uniformly from [0, min(max, base·2^(attempt-1))]
// ("full jitter"), so many desks retrying together spread out.
func backoff(attempt int, base, max time.Duration, rnd func(int64) int64) time.Duration {
	d := backoffCap(attempt, base, max)
	if d <= 0 {
		return 0
	}
	return time.Duration(rnd(int64(d) + 1))
}

// jitterScale is the resolution of a shared jitter draw.
const jitterScale = 1 << 20

// sharedBackoff is backoff with a jitter u ∈ [0, jitterScale] drawn once for
// a whole batch: records failed together with the same attempt count come
// due together, and go again as one batch instead of one by one.
func sharedBackoff(attempt int, base, max time.Duration, u int64) time.Duration {
	d := backoffCap(attempt, base, max)
	if d <= 0 {
		return 0
	}
	return time.Duration(int64(float64(d) * float64(u) / jitterScale))
}

// backoffCap is the longest delay for an attempt: base·2^(attempt-1), capped.
func backoffCap(attempt int, base, max time.Duration) time.Duration {
	if attempt < 1 {
		attempt = 1
	}
	d := base
	for i := 1; i < attempt && d < max; i++ {
		d *= 2
	}
	return min(d, max)
}

// parseRetryAfter reads a Retry-After value: delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil {
		if n < 0 {
			return 0, false
		}
		return time.Duration(n) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	d := t.Sub(now)
	if d < 0 {
		d = 0
	}
	return d, true
}
