package sync

import (
	"context"
	"encoding/json"
	"time"

	"trainingdesk/training"
)

// Record is one outbox entry as the store hands it over, already carrying
// the data to send.
type Record struct {
	Seq      uint64 // outbox sequence, for the store
	Kind     training.Kind
	ID       string
	Version  int
	Op       string // "upsert" | "delete"
	Data     json.RawMessage
	Attempts int // delivery attempts so far (stored), drives backoff
}

// Outcome is what happened to one record on one attempt.
type Outcome struct {
	Seq     uint64
	Kind    training.Kind
	ID      string
	Version int
	Status  string // accepted, duplicate, rejected, conflict, failed
	RegNo   string // from the bureau, if any
	// HeldVersion, for a conflict, is the newest version the bureau holds:
	// the store re-queues the record under a version above it.
	HeldVersion int
	// Code, Field and Message explain a rejection; for failed, Message is
	// the error text (Chinese) and Code/Field are empty.
	Code, Field, Message string
	RetryAt              time.Time // for failed: when to try again
}

// Counts summarises the outbox for `sync status`.
type Counts struct {
	Pending     int `json:"pending"`
	Sent        int `json:"sent"`
	Failed      int `json:"failed"`
	Quarantined int `json:"quarantined"`
}

// Outbox is implemented by the store.
//
// Due returns up to limit records ready at now, in delivery order (parents
// before children), skipping quarantined records, records whose RetryAt is
// after now, and children of a quarantined or not-yet-delivered parent
// (unless that parent comes earlier in the same returned slice). The sender
// also calls Due with a time in the future to learn whether anything is
// merely backing off; Due must have no side effects.
//
// Settle records outcomes in ONE transaction: accepted/duplicate →
// delivered (receipt applied, e.g. class filing number, certificate →
// registered); rejected → quarantined with code/field/message; failed →
// attempts+1, RetryAt stored. A record whose Version is older than the
// store's newest version of that id is delivered for that version only.
type Outbox interface {
	Due(now time.Time, limit int) ([]Record, error)
	Settle(outcomes []Outcome) error
	Counts() (Counts, error)
}

// PipelinedOutbox is an Outbox that can leave out the records already on
// their way to the bureau: DueExcept is Due with every record busy reports
// neither returned nor counted as delivered, so its children wait for it
// as for any parent still queued. With it the sender keeps a few batches in
// flight at once (the store implements it; an Outbox without it gets one
// batch at a time).
type PipelinedOutbox interface {
	Outbox
	DueExcept(now time.Time, limit int, busy func(kind training.Kind, id string) bool) ([]Record, error)
}

// Transport delivers one batch. The signed HTTPS transport is the default;
// a province adapter implements this to speak its own dialect. An error
// should be a *SendError so the sender can tell "later" from "never".
type Transport interface {
	Send(ctx context.Context, b Batch) (BatchResponse, error)
}
