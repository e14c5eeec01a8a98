package bureau

import (
	stdsync "sync"
	"time"
)

// limiter allows n requests per wall-clock second (0 = unlimited).
type limiter struct {
	mu    stdsync.Mutex
	n     int
	sec   int64
	count int
}

func (l *limiter) allow(now time.Time) bool {
	if l.n <= 0 {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if s := now.Unix(); s != l.sec {
		l.sec, l.count = s, 0
	}
	l.count++
	return l.count <= l.n
}
