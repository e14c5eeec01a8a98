package app

import (
	"sync"
	"time"

	"trainingdesk/certprint"
	"trainingdesk/store"
)

// qrWarmDelay lets a burst of changes (issuing a class, a sync batch of
// registrations) settle before the QR images are rendered.
const qrWarmDelay = 2 * time.Second

// qrWarmer renders certificates' QR images in the background whenever their
// state changed (issued, registered, revoked, replaced), so the first print
// after a change is as quick as a reprint and never waits on QR encoding.
type qrWarmer struct {
	s       *store.Store
	mu      sync.Mutex
	timer   *time.Timer
	stopped bool
	running sync.WaitGroup
	runMu   sync.Mutex // one rendering at a time
}

func startQRWarmer(s *store.Store) *qrWarmer {
	w := &qrWarmer{s: s}
	s.OnChange(w.poke)
	w.poke() // changes made while the app was closed (e.g. `sync run`)
	return w
}

func (w *qrWarmer) poke() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.stopped {
		return
	}
	if w.timer != nil {
		w.timer.Stop()
	}
	w.timer = time.AfterFunc(qrWarmDelay, w.run)
}

func (w *qrWarmer) run() {
	w.mu.Lock()
	if w.stopped {
		w.mu.Unlock()
		return
	}
	w.running.Add(1)
	w.mu.Unlock()
	defer w.running.Done()
	w.runMu.Lock()
	defer w.runMu.Unlock()
	// Only a speed-up: printing renders what is missing itself.
	_, _ = certprint.RenderStale(w.s)
}

// stop waits for a rendering in progress, before the store closes.
func (w *qrWarmer) stop() {
	w.mu.Lock()
	w.stopped = true
	if w.timer != nil {
		w.timer.Stop()
	}
	w.mu.Unlock()
	w.running.Wait()
}
