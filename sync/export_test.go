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

// UseCutFloor sets the shortest wait before a batch is cut short (a second
// when shipped), so tests need not wait seconds.
func (s *Sender) UseCutFloor(d time.Duration) { s.minCut = d }

// SetBatchSize sets the size of the next batch.
func (s *Sender) SetBatchSize(n int) { s.size = n }
