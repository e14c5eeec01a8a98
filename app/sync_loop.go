package app

import (
	"context"
	"errors"
	"time"

	"trainingdesk/store"
	tdsync "trainingdesk/sync"
)

// Background sync timing.
const (
	syncEvery    = time.Minute      // a look at the outbox at least this often
	syncDebounce = 2 * time.Second  // a burst of edits triggers one push
	syncStopWait = 10 * time.Second // Stop waits this long for the batch in flight
	countsEvery  = 500 * time.Millisecond
)

// settleGuard is the store as the sender sees it. It tells the screen when
// a store change is the sender's own Settle, so that settling a batch does
// not count as an edit that should trigger another push.
type settleGuard struct {
	*store.Store
	s *SyncScreen
}

func (g settleGuard) Settle(o []tdsync.Outcome) error {
	g.s.settling.Store(true)
	defer g.s.settling.Store(false)
	return g.Store.Settle(o)
}

// Start begins background sync when credentials are configured: a push
// every minute, after edits, and on 立即同步. Nothing here blocks the UI.
func (s *SyncScreen) Start() {
	s.stopping.Store(false)
	snd, err := s.newSender()
	if err != nil {
		s.setError(err, errors.Is(err, tdsync.ErrNotConfigured))
		return
	}
	s.mu.Lock()
	if s.cancel != nil { // already running
		s.mu.Unlock()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.sender, s.cancel, s.done, s.kick = snd, cancel, make(chan struct{}), make(chan struct{}, 1)
	kick, done := s.kick, s.done
	s.mu.Unlock()
	s.setError(nil, false)
	go s.loop(ctx, snd, kick, done)
}

// newSender builds the sender from the stored credentials and subscribes
// to store changes once.
func (s *SyncScreen) newSender() (*tdsync.Sender, error) {
	s.mu.Lock()
	if !s.subscribed {
		s.subscribed = true
		s.u.Store.OnChange(s.storeChanged)
	}
	s.mu.Unlock()
	cfg, err := s.u.Store.SyncConfig()
	if err != nil {
		return nil, err
	}
	snd, err := tdsync.NewSender(settleGuard{s.u.Store, s}, cfg)
	if err != nil {
		return nil, err
	}
	base, max, err := store.BackoffFromEnv()
	if err != nil {
		return nil, err
	}
	if base > 0 {
		snd.SetBackoff(base, max)
	}
	return snd, nil
}

// Stop cancels the loop and waits (at most syncStopWait) until it has
// left: a batch in flight is abandoned unsettled, which the bureau's
// duplicate answer recovers next time, and no Settle is cut in half.
func (s *SyncScreen) Stop() {
	s.stopping.Store(true)
	s.halt()
}

// halt ends the loop (see Stop) and keeps the screen alive.
func (s *SyncScreen) halt() {
	s.mu.Lock()
	cancel, done := s.cancel, s.done
	s.cancel, s.done, s.sender = nil, nil, nil
	s.mu.Unlock()
	if cancel == nil {
		return
	}
	cancel()
	select {
	case <-done:
	case <-time.After(syncStopWait):
	}
}

// SyncNow is 立即同步: push now, ignoring backoff.
func (s *SyncScreen) SyncNow() {
	if !s.trigger() {
		s.mu.Lock()
		msg := s.lastErr
		s.mu.Unlock()
		if msg == "" {
			msg = "尚未配置人社局上传接口：请在下方“上传配置”中填写接口地址、应用标识和应用密钥后保存"
		}
		s.u.showError(errors.New(msg))
	}
}

// trigger wakes the loop; false when there is none (not configured).
func (s *SyncScreen) trigger() bool {
	s.mu.Lock()
	snd, kick := s.sender, s.kick
	s.mu.Unlock()
	if snd == nil {
		return false
	}
	snd.Trigger()
	select {
	case kick <- struct{}{}:
	default:
	}
	return true
}

// loop is Sender.Loop with the run's start, end and error shown on screen.
func (s *SyncScreen) loop(ctx context.Context, snd *tdsync.Sender, kick chan struct{}, done chan struct{}) {
	defer close(done)
	defer func() {
		if p := recover(); p != nil { // never let a bug in sync take the window down
			s.setError(errors.New("上传模块内部错误，已暂停自动上传；请重启程序，若仍出现请联系技术支持"), false)
		}
	}()
	for {
		s.setBusy(true)
		_, err := snd.Run(ctx, func(p tdsync.Progress) { s.progress(snd, p) })
		if ctx.Err() != nil {
			s.setBusy(false)
			return
		}
		s.setError(err, false)
		s.setBusy(false)
		s.reload()
		t := time.NewTimer(syncEvery)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		case <-kick:
			t.Stop()
		}
	}
}

// progress runs in the sync goroutine after every batch and while waiting.
func (s *SyncScreen) progress(snd *tdsync.Sender, p tdsync.Progress) {
	s.mu.Lock()
	if p.Batch != nil {
		s.log = snd.Log()
	}
	s.waitUntil = p.WaitUntil
	stale := time.Since(s.countsAt) > countsEvery
	s.mu.Unlock()
	if stale {
		s.reload()
		return
	}
	s.do(s.show)
}

// storeChanged runs after every committed change. A clerk's edit triggers a
// push (debounced); the sender's own Settle does not.
func (s *SyncScreen) storeChanged() {
	if s.settling.Load() {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.debounce != nil {
		s.debounce.Stop()
	}
	s.debounce = time.AfterFunc(syncDebounce, func() {
		s.reload()
		s.trigger()
	})
}

// reload reads counts, last success and refused records from the store
// (off the UI thread) and shows them.
func (s *SyncScreen) reload() {
	c, cerr := s.u.Store.Counts()
	last, ok, _ := s.u.Store.LastSyncSuccess()
	items, qerr := s.u.Store.QuarantineItems()
	s.mu.Lock()
	if cerr == nil {
		s.counts = c
	}
	if ok {
		s.last = last
	}
	if qerr == nil {
		s.items = items
	}
	s.countsAt = time.Now()
	s.mu.Unlock()
	s.do(func() {
		s.show()
		s.u.refreshStatus()
	})
}

func (s *SyncScreen) setBusy(b bool) {
	s.mu.Lock()
	s.busy = b
	s.mu.Unlock()
	s.do(s.show)
}

// setError remembers the last run's error ("" when it went well).
func (s *SyncScreen) setError(err error, notConfigured bool) {
	s.mu.Lock()
	s.notConfigured = notConfigured
	s.lastErr = ""
	if err != nil && !notConfigured {
		s.lastErr = err.Error()
	}
	s.mu.Unlock()
	s.do(func() {
		s.show()
		s.u.refreshStatus()
	})
}
