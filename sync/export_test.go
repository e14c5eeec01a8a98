package sync

import (
	"context"
	"time"
)

// UseClock makes the sender read time from now and wait by calling sleep
// (which should advance that clock), so tests need no real waiting.
func (s *Sender) UseClock(now func() time.Time, sleep func(time.Duration)) {
	s.now = now
	s.sleep = func(ctx context.Context, d time.Duration) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		sleep(d)
		return nil
	}
}

// UseJitter replaces the random draw of full jitter.
func (s *Sender) UseJitter(rnd func(int64) int64) { s.rnd = rnd }

// BatchSize is the size the next batch will have.
func (s *Sender) BatchSize() int { return s.size }

var (
	ParseRetryAfter = parseRetryAfter
	Backoff         = backoff
)
