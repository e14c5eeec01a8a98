package sync_test

import (
	"encoding/json"
	"fmt"
	stdsync "sync"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// fakeOutbox is an in-memory Outbox with the store's contract: delivery
// order, backoff, quarantine and parent blocking.
type fakeOutbox struct {
	mu        stdsync.Mutex
	entries   []*fakeEntry // delivery order
	bySeq     map[uint64]*fakeEntry
	latest    map[string]*fakeEntry // kind/id → newest version
	delivered map[string]bool       // kind/id → some version delivered
	times     map[string]int        // kind/id/version → times settled delivered
	regNo     map[string]string     // kind/id → reg_no from a receipt
	first     int                   // entries before this are settled for good
	seq       uint64
	outcomes  []tdsync.Outcome // every outcome, if keep
	keep      bool
}

type fakeEntry struct {
	rec     tdsync.Record
	parents []string
	state   string // pending, delivered, quarantined, superseded
	retryAt time.Time
	last    tdsync.Outcome
}

func newFakeOutbox() *fakeOutbox {
	return &fakeOutbox{bySeq: map[uint64]*fakeEntry{}, latest: map[string]*fakeEntry{},
		delivered: map[string]bool{}, times: map[string]int{}, regNo: map[string]string{}, keep: true}
}

func key(kind training.Kind, id string) string { return string(kind) + "/" + id }

// add queues a record version; a newer version supersedes a queued or
// quarantined older one, as the store does when the clerk saves a fix.
func (f *fakeOutbox) add(kind training.Kind, id string, version int, data any, parents ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	js, err := json.Marshal(data)
	if err != nil {
		panic(err)
	}
	if old := f.latest[key(kind, id)]; old != nil && old.state != "delivered" {
		old.state = "superseded"
	}
	f.seq++
	e := &fakeEntry{rec: tdsync.Record{Seq: f.seq, Kind: kind, ID: id, Version: version, Op: tdsync.OpUpsert, Data: js},
		parents: parents, state: "pending"}
	f.entries = append(f.entries, e)
	f.bySeq[e.rec.Seq] = e
	f.latest[key(kind, id)] = e
}

func (f *fakeOutbox) Due(now time.Time, limit int) ([]tdsync.Record, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for f.first < len(f.entries) && f.entries[f.first].state != "pending" {
		f.first++
	}
	var out []tdsync.Record
	picked := map[string]bool{}
	for _, e := range f.entries[f.first:] {
		if len(out) >= limit {
			break
		}
		if e.state != "pending" || e.retryAt.After(now) || !f.parentsReady(e, picked) {
			continue
		}
		out = append(out, e.rec)
		picked[key(e.rec.Kind, e.rec.ID)] = true
	}
	return out, nil
}

func (f *fakeOutbox) parentsReady(e *fakeEntry, picked map[string]bool) bool {
	for _, p := range e.parents {
		if l := f.latest[p]; l != nil && l.state == "quarantined" {
			return false
		}
		if !f.delivered[p] && !picked[p] {
			return false
		}
	}
	return true
}

func (f *fakeOutbox) Settle(outcomes []tdsync.Outcome) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, o := range outcomes {
		e := f.bySeq[o.Seq]
		if e == nil {
			return fmt.Errorf("unknown seq %d", o.Seq)
		}
		e.last = o
		k := key(o.Kind, o.ID)
		switch o.Status {
		case tdsync.StatusAccepted, tdsync.StatusDuplicate:
			e.state = "delivered"
			f.delivered[k] = true
			f.times[fmt.Sprintf("%s/%d", k, o.Version)]++
			if o.RegNo != "" {
				f.regNo[k] = o.RegNo
			}
		case tdsync.StatusRejected:
			e.state = "quarantined"
		case tdsync.StatusFailed:
			e.rec.Attempts++
			e.retryAt = o.RetryAt
		default:
			return fmt.Errorf("bad status %q", o.Status)
		}
		if f.keep {
			f.outcomes = append(f.outcomes, o)
		}
	}
	return nil
}

func (f *fakeOutbox) Counts() (tdsync.Counts, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var c tdsync.Counts
	for _, e := range f.entries {
		switch {
		case e.state == "delivered":
			c.Sent++
		case e.state == "quarantined":
			c.Quarantined++
		case e.state == "pending" && e.rec.Attempts > 0:
			c.Failed++
		case e.state == "pending":
			c.Pending++
		}
	}
	return c, nil
}

// entry returns the newest queued version of a record.
func (f *fakeOutbox) entry(kind training.Kind, id string) *fakeEntry {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.latest[key(kind, id)]
}

// deliveredTwice lists record versions settled as delivered more than once.
func (f *fakeOutbox) deliveredTwice() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for k, n := range f.times {
		if n != 1 {
			out = append(out, k)
		}
	}
	return out
}
