package sync

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	stdsync "sync"
	"sync/atomic"
	"time"

	"trainingdesk/training"
)

// Batch sizes: start at 200, halve on 5xx/timeouts down to 1, double back on
// success up to 500.
const (
	startBatch = 200
	maxBatch   = 500
	minBatch   = 1
)

// DefaultTimeout bounds one batch's round trip.
const DefaultTimeout = 30 * time.Second

// Run gives up (records stay queued for the next run) after this many
// consecutive batches without an answer, or after this many consecutive
// connection refusals (bureau down or wrong address).
const (
	maxFailedStreak      = 10
	maxUnreachableStreak = 3
	maxLimitedStreak     = 60 // answered 429 this many times in a row
)

// horizon is how far ahead Run looks for records that are merely backing off.
const horizon = 24 * time.Hour

// ErrStalled is wrapped by Run's error when the bureau stopped answering.
var ErrStalled = errors.New("人社局接口连续多次未能接收数据")

// Sender pushes the outbox to the bureau. One Run at a time; Loop, Trigger
// and Log are safe to call from other goroutines.
type Sender struct {
	ob          Outbox
	t           Transport
	institution string
	timeout     time.Duration

	base, max time.Duration
	now       func() time.Time
	rnd       func(int64) int64
	sleep     func(ctx context.Context, d time.Duration) error
	poll      time.Duration // longest wait between looks at a backing-off outbox

	runMu stdsync.Mutex
	size  int // next batch size; guarded by runMu

	force atomic.Bool   // Trigger: ignore backoff on the next look
	wake  chan struct{} // Trigger: cut a wait short

	logMu stdsync.Mutex
	log   []BatchLog

	answers answerTimes   // how long the last answered batches took
	minCut  time.Duration // the shortest wait before a batch is cut short
}

// NewSender builds the signed HTTPS transport (TLS verification on; CAFile
// adds a custom CA) and a Sender over ob.
func NewSender(ob Outbox, cfg Config) (*Sender, error) {
	t, err := NewHTTPTransport(cfg)
	if err != nil {
		return nil, err
	}
	return NewSenderWith(ob, t, cfg)
}

// NewSenderWith is NewSender with another Transport (a province adapter).
// Only cfg.Institution and cfg.Timeout are used.
func NewSenderWith(ob Outbox, t Transport, cfg Config) (*Sender, error) {
	if ob == nil || t == nil {
		return nil, errors.New("上传模块未初始化：缺少待上传队列或传输方式")
	}
	if cfg.Institution == "" {
		return nil, errors.New("机构统一社会信用代码为空：请先在“机构信息”中填写后再上传")
	}
	timeout := cfg.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	s := &Sender{
		ob: ob, t: t, institution: cfg.Institution, timeout: timeout,
		base: DefaultBackoffBase, max: DefaultBackoffMax,
		now:    time.Now,
		rnd:    func(n int64) int64 { return mrand.Int64N(n) },
		poll:   time.Second,
		size:   startBatch,
		wake:   make(chan struct{}, 1),
		minCut: minCut,
	}
	s.sleep = s.wait
	return s, nil
}

// SetBackoff changes the backoff base and cap (tests, demos). Call before Run.
func (s *Sender) SetBackoff(base, max time.Duration) {
	s.runMu.Lock()
	defer s.runMu.Unlock()
	if base > 0 {
		s.base = base
	}
	if max >= s.base {
		s.max = max
	}
	if s.poll > s.max && s.max > 0 {
		s.poll = s.max
	}
}

// Trigger asks for a sync now: a waiting Run or Loop wakes up, and records
// backing off are sent without waiting out their delay.
func (s *Sender) Trigger() {
	s.force.Store(true)
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// wait sleeps d, or less if ctx ends or Trigger is called.
func (s *Sender) wait(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
	case <-s.wake:
	}
	return nil
}

// Loop runs Run every interval and whenever Trigger is called, until ctx
// ends. Errors are kept in Log; progress is forwarded.
func (s *Sender) Loop(ctx context.Context, every time.Duration, progress func(Progress)) {
	if every <= 0 {
		every = time.Minute
	}
	for {
		_, _ = s.Run(ctx, progress)
		if ctx.Err() != nil {
			return
		}
		if s.wait(ctx, every) != nil {
			return
		}
	}
}

// maxInFlight is how many batches the sender keeps at the bureau at once
// when the Outbox can leave out records in flight (PipelinedOutbox): a batch
// the bureau holds without an answer then delays only its own records and
// their children, while the rest keeps flowing.
const maxInFlight = 3

// flight is one batch sent and its fate.
type flight struct {
	recs []Record
	res  pushResult
}

// Run pushes until nothing is due: the outbox is drained or holds only
// quarantined records and their children. Records merely backing off are
// waited for. Up to maxInFlight batches travel at once (one with an Outbox
// that is not a PipelinedOutbox); a batch's children wait until it is
// settled, so parents still reach the bureau first. Each batch is settled
// as its answer comes, so killing the process loses at most those answers,
// which the bureau's duplicate replies recover. A batch left unanswered far
// longer than the bureau's recent answers is sent again at once instead of
// being waited for (cutshort.go). When ctx ends mid-batch, the
// batches in flight are abandoned unsettled and will be sent again; a batch
// answered meanwhile is settled before Run returns.
func (s *Sender) Run(ctx context.Context, progress func(Progress)) (Summary, error) {
	s.runMu.Lock()
	defer s.runMu.Unlock()
	var sum Summary
	report := func(p Progress) {
		if progress != nil {
			p.Summary, p.BatchSize = sum, s.size
			progress(p)
		}
	}
	var failedStreak, unreachableStreak, limitedStreak int
	var retries []time.Time // RetryAt of records failed in this run
	answered := false       // the last batch got per-record answers
	width := 1
	if _, ok := s.ob.(PipelinedOutbox); ok {
		width = maxInFlight
	}
	busy := map[string]bool{} // kind/id of the records in flight
	results := make(chan flight, maxInFlight)
	inFlight := 0
	var stop error             // the run ends once the batches in flight are back
	cutsOf := map[string]int{} // kind/id → times cut short in this run
	cuts, sent := 0, 0
	for {
		for stop == nil && inFlight < width {
			if err := ctx.Err(); err != nil {
				stop = err
				break
			}
			recs, err := s.due(busy, answered)
			if err != nil {
				stop = err
				break
			}
			if len(recs) == 0 {
				break
			}
			for _, r := range recs {
				busy[flightKey(r.Kind, r.ID)] = true
			}
			inFlight++
			level := cutLevel(recs, cutsOf, cuts, sent)
			sent++
			go func() { results <- flight{recs, s.push(ctx, recs, level)} }()
		}
		if inFlight == 0 {
			if stop != nil {
				return sum, stop
			}
			now := s.now()
			later, err := s.ob.Due(now.Add(horizon), 1)
			if err != nil {
				return sum, fmt.Errorf("读取待上传记录失败：%w", err)
			}
			if len(later) == 0 {
				return sum, nil
			}
			var until time.Time
			until, retries = nextLook(retries, now, s.poll)
			report(Progress{WaitUntil: until})
			if err := s.sleep(ctx, until.Sub(now)); err != nil {
				return sum, err
			}
			continue
		}

		f := <-results
		inFlight--
		for _, r := range f.recs {
			delete(busy, flightKey(r.Kind, r.ID))
		}
		res := f.res
		if res.abandoned {
			stop = cmp.Or(stop, ctx.Err())
			continue
		}
		if res.cut {
			// Not settled: the records are due as they were and go again
			// in the next batch, waiting longer before being cut again.
			for _, r := range f.recs {
				cutsOf[flightKey(r.Kind, r.ID)]++
			}
			cuts++
			sum.Resent += len(f.recs)
			s.addLog(res.log)
			l := res.log
			report(Progress{Batch: &l})
			continue
		}
		if res.fatal != nil {
			s.addLog(res.log)
			stop = cmp.Or(stop, res.fatal)
			continue
		}
		if err := s.ob.Settle(res.outcomes); err != nil {
			stop = cmp.Or(stop, error(fmt.Errorf("保存上传结果失败：%w", err)))
			continue
		}
		s.addLog(res.log)
		sum.Batches++
		sum.Sent += res.log.Accepted
		sum.Duplicates += res.log.Duplicates
		sum.Rejected += res.log.Rejected
		sum.Conflicts += res.log.Conflicts
		sum.Failed += res.log.Failed
		for _, o := range res.outcomes {
			if o.Status == StatusFailed {
				retries = append(retries, o.RetryAt)
			}
		}
		answered = res.sendErr == nil
		switch {
		case res.sendErr == nil:
			failedStreak, unreachableStreak, limitedStreak = 0, 0, 0
			s.size = min(s.size*2, maxBatch)
		case res.sendErr.Status == 429:
			// Rate limiting is the bureau pacing us, not failing.
			limitedStreak++
		default:
			failedStreak++
			if res.sendErr.Unreachable {
				unreachableStreak++
			} else {
				unreachableStreak = 0
			}
			if res.sendErr.shrinks() {
				s.size = max(s.size/2, minBatch)
			}
		}
		l := res.log
		report(Progress{Batch: &l})
		if stop == nil && (failedStreak >= maxFailedStreak || unreachableStreak >= maxUnreachableStreak || limitedStreak >= maxLimitedStreak) {
			stop = fmt.Errorf("%w（%s）：本次上传已暂停，记录会在下次同步时自动重传", ErrStalled, res.sendErr.Error())
		}
	}
}

func flightKey(k training.Kind, id string) string { return string(k) + "/" + id }

// due is the next batch: records due now (all that are backing off after a
// Trigger), none of those in flight; when the last batch was answered and
// this one is not full, also records whose retry is nearly due.
func (s *Sender) due(busy map[string]bool, answered bool) ([]Record, error) {
	at := s.now()
	if s.force.Swap(false) {
		at = at.Add(horizon)
	}
	get := func(at time.Time) ([]Record, error) {
		p, ok := s.ob.(PipelinedOutbox)
		if !ok || len(busy) == 0 {
			return s.ob.Due(at, s.size)
		}
		return p.DueExcept(at, s.size, func(k training.Kind, id string) bool { return busy[flightKey(k, id)] })
	}
	recs, err := get(at)
	if err != nil {
		return nil, fmt.Errorf("读取待上传记录失败：%w", err)
	}
	if len(recs) < s.size && answered {
		// Retries nearly due travel with this batch rather than one
		// small batch each as their delays run out; only while the
		// bureau answers (never against a 429's Retry-After).
		more, err := get(at.Add(s.gather()))
		if err != nil {
			return nil, fmt.Errorf("读取待上传记录失败：%w", err)
		}
		if len(more) > len(recs) {
			recs = more
		}
	}
	return recs, nil
}

// gather is how early a record backing off may go when it fills a batch that
// is going anyway: the first retry's longest delay.
func (s *Sender) gather() time.Duration { return s.base }

// nextLook picks when to look at the outbox again: the earliest retry we
// scheduled, but no later than poll from now (records may be backing off
// from an earlier run). It drops retries already past.
func nextLook(retries []time.Time, now time.Time, poll time.Duration) (time.Time, []time.Time) {
	until := now.Add(poll)
	kept := retries[:0]
	for _, t := range retries {
		if t.After(now) {
			kept = append(kept, t)
			if t.Before(until) {
				until = t
			}
		}
	}
	return until, kept
}

// pushResult is one batch's fate.
type pushResult struct {
	outcomes  []Outcome
	log       BatchLog
	sendErr   *SendError // nil when the bureau answered per record
	fatal     error      // do not settle; stop the run
	abandoned bool       // ctx ended before an answer: do not settle
	cut       bool       // unanswered far longer than usual: do not settle, send again now
}

func (s *Sender) push(ctx context.Context, recs []Record, cutLevel int) pushResult {
	b := Batch{BatchID: newBatchID(), Institution: s.institution, Records: make([]BatchRecord, len(recs))}
	for i, r := range recs {
		b.Records[i] = BatchRecord{Kind: r.Kind, ID: r.ID, Version: r.Version, Op: r.Op, Data: r.Data}
	}
	started := time.Now()
	resp, err, cut := s.send(ctx, b, cutLevel)
	log := BatchLog{ID: b.BatchID, At: s.now(), Records: len(recs), Duration: time.Since(started)}
	if err != nil && ctx.Err() != nil {
		return pushResult{abandoned: true}
	}
	if cut {
		log.Error = cutMessage(log.Duration, len(recs))
		return pushResult{log: log, cut: true}
	}
	if err == nil {
		s.answers.add(log.Duration)
	}
	if err != nil {
		se := asSendError(err)
		log.Error = se.Error()
		if !se.Later() {
			return pushResult{log: log, sendErr: se, fatal: se}
		}
		now, u := s.now(), s.rnd(jitterScale+1)
		out := make([]Outcome, len(recs))
		for i, r := range recs {
			out[i] = s.failed(r, se.Error(), now, se.RetryAfter, u)
		}
		log.Failed = len(recs)
		return pushResult{outcomes: out, log: log, sendErr: se}
	}
	out, unanswered := s.match(recs, resp)
	var fault *SendError
	if unanswered > 0 {
		// A 200 that does not answer for every record is a bureau fault:
		// those records back off and the batch counts as unanswered, so a
		// bureau that keeps doing it ends the run instead of looping.
		fault = &SendError{Status: 200, Message: fmt.Sprintf("%d 条记录没有对应的结果", unanswered)}
		log.Error = fault.Error()
	}
	for _, o := range out {
		switch o.Status {
		case StatusAccepted:
			log.Accepted++
		case StatusDuplicate:
			log.Duplicates++
		case StatusRejected:
			log.Rejected++
		case StatusConflict:
			log.Conflicts++
		default:
			log.Failed++
		}
	}
	return pushResult{outcomes: out, log: log, sendErr: fault}
}

// safeSend keeps a panicking adapter from taking the program down.
func (s *Sender) safeSend(ctx context.Context, b Batch) (resp BatchResponse, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &SendError{Err: fmt.Errorf("传输模块内部错误：%v", p)}
		}
	}()
	return s.t.Send(ctx, b)
}

// failed is r's outcome when it must go again later; u is the jitter drawn
// once for all records failing in the same batch.
func (s *Sender) failed(r Record, msg string, now time.Time, retryAfter time.Duration, u int64) Outcome {
	d := retryAfter
	if d <= 0 {
		d = sharedBackoff(r.Attempts+1, s.base, s.max, u)
	}
	return Outcome{Seq: r.Seq, Kind: r.Kind, ID: r.ID, Version: r.Version, Status: StatusFailed,
		Message: msg, RetryAt: now.Add(d)}
}

// match pairs the bureau's results with the records sent. A record the
// answer does not mention is failed and sent again. A child refused only
// because its parent was refused in the same batch is failed, not
// quarantined: it goes once the clerk fixes the parent.
func (s *Sender) match(recs []Record, resp BatchResponse) (out []Outcome, unanswered int) {
	type key struct {
		kind    string
		id      string
		version int
	}
	byKey := make(map[key]RecordResult, len(resp.Results))
	for _, r := range resp.Results {
		byKey[key{string(r.Kind), r.ID, r.Version}] = r
	}
	now, u := s.now(), s.rnd(jitterScale+1)
	refused := map[string]bool{} // kind/id refused or held back in this batch
	out = make([]Outcome, len(recs))
	for i, r := range recs {
		res, ok := byKey[key{string(r.Kind), r.ID, r.Version}]
		if !ok {
			out[i] = s.failed(r, "人社局回执中缺少这条记录，稍后自动重传", now, 0, u)
			unanswered++
			continue
		}
		o := Outcome{Seq: r.Seq, Kind: r.Kind, ID: r.ID, Version: r.Version, Status: res.Status,
			RegNo: res.RegNo, Code: res.Code, Field: res.Field, Message: res.Message, HeldVersion: res.HeldVersion}
		switch res.Status {
		case StatusAccepted, StatusDuplicate, StatusConflict:
		case StatusRejected:
			if res.Code == CodeMissingParent && refused[parentKey(r, res.Field)] {
				o = s.failed(r, "上级记录被退回，待其更正后自动重传", now, 0, u)
			}
			refused[string(r.Kind)+"/"+r.ID] = true
		default:
			o = s.failed(r, "人社局回执状态“"+res.Status+"”无法识别，稍后自动重传", now, 0, u)
			unanswered++
		}
		out[i] = o
	}
	return out, unanswered
}

func newBatchID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
