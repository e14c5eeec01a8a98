package sync

import (
	"context"
	"errors"
	"fmt"
	stdsync "sync"
	"time"
)

// A batch the bureau holds far longer than it has been answering lately is
// most likely stored and stuck (an answer that will never come) rather than
// slow. Waiting out the full timeout would stall its records and their
// children for that long, so the sender stops waiting and sends the records
// again at once: the bureau answers "duplicate" for what it had stored, so
// nothing is recorded twice, and a late original cannot overwrite a newer
// version. A batch cut short is not a failure: its records keep their attempt
// count and backoff, and the batch size stays. Against a bureau that is merely
// slow the extra load stays small:
//   - the cutoff is max(minCut, cutFactor × the slowest of the last answers),
//     or twice minCut before anything was answered;
//   - a record is cut short at most maxCuts times in a Run, each time after
//     twice the wait of the time before; its next send waits the full timeout;
//   - at most one batch in cutEvery sent in a Run (plus two) is cut short;
//   - the answers of batches sent again count among the last answers, so a
//     bureau that has become slow everywhere soon raises the cutoff itself.
const (
	cutFactor   = 4
	minCut      = time.Second
	maxCuts     = 2
	lastAnswers = 16
	cutEvery    = 4
)

// errCut is the cause of a send cancelled because it ran past the cutoff.
var errCut = errors.New("cut short")

// answerTimes keeps how long the last answered batches took.
type answerTimes struct {
	mu   stdsync.Mutex
	last [lastAnswers]time.Duration
	n    int
}

func (a *answerTimes) add(d time.Duration) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.last[a.n%lastAnswers] = d
	a.n++
}

// cutoff is how long a batch may go unanswered before it is cut short.
func (a *answerTimes) cutoff(floor time.Duration) time.Duration {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.n == 0 {
		return 2 * floor
	}
	var slowest time.Duration
	for _, d := range a.last[:min(a.n, lastAnswers)] {
		slowest = max(slowest, d)
	}
	return max(floor, cutFactor*slowest)
}

// send sends b within the sender's timeout. Unless cutLevel is -1 it stops
// waiting once the batch has gone unanswered past the cutoff times
// 2^cutLevel, and says so (cut).
func (s *Sender) send(ctx context.Context, b Batch, cutLevel int) (resp BatchResponse, err error, cut bool) {
	started := time.Now()
	sendCtx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	if cutLevel < 0 {
		resp, err = s.safeSend(sendCtx, b)
		return resp, err, false
	}
	cutCtx, cutNow := context.WithCancelCause(sendCtx)
	defer cutNow(nil)
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(s.minCut / 10)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				limit := s.answers.cutoff(s.minCut) << cutLevel
				if limit < s.timeout && time.Since(started) > limit {
					cutNow(errCut)
					return
				}
			}
		}
	}()
	resp, err = s.safeSend(cutCtx, b)
	close(done)
	cut = err != nil && ctx.Err() == nil && errors.Is(context.Cause(cutCtx), errCut)
	return resp, err, cut
}

// cutMessage is the batch log's line for a batch cut short.
func cutMessage(waited time.Duration, n int) string {
	return fmt.Sprintf("人社局 %.1f 秒未回答（远慢于近来的回执），不再等待，这 %d 条立即重发；已存下的会回复“重复”，不会重复记录",
		waited.Seconds(), n)
}

// cutLevel is how many times the records of a batch about to be sent were
// cut short in this Run (the most of any), or -1 when the batch must wait the
// full timeout: its records were cut short maxCuts times, or cuts of the
// batches sent so far were cut short already.
func cutLevel(recs []Record, cutsOf map[string]int, cuts, sent int) int {
	if cuts >= 2+sent/cutEvery {
		return -1
	}
	level := 0
	for _, r := range recs {
		level = max(level, cutsOf[flightKey(r.Kind, r.ID)])
	}
	if level >= maxCuts {
		return -1
	}
	return level
}
