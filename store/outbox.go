package store

import (
	"encoding/binary"
	"encoding/json"
	"time"

	"trainingdesk/outcome"
	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// outboxEntry is a record waiting for the bureau. There is at most one per
// record: a later change updates its version in place, so the bureau gets the
// newest state once instead of every intermediate one. Keys are rank|seq, so
// a cursor walks the outbox parents-first, oldest-first.
type outboxEntry struct {
	Kind     training.Kind `json:"kind"`
	ID       string        `json:"id"`
	Version  int           `json:"version"`
	Op       string        `json:"op"`
	At       time.Time     `json:"at"`
	Attempts int           `json:"attempts"`
	RetryAt  time.Time     `json:"retry_at"`
	State    string        `json:"state"` // pending | quarantined
	Code     string        `json:"code,omitempty"`
	Field    string        `json:"field,omitempty"`
	Message  string        `json:"message,omitempty"`
	// Conflicts counts conflict answers in a row (see resolveConflict).
	Conflicts int `json:"conflicts,omitempty"`
}

const (
	statePending     = "pending"
	stateQuarantined = "quarantined"
)

func outboxKey(k training.Kind, seq uint64) []byte {
	return append([]byte{byte(k.Rank())}, u64(seq)...)
}

func byKey(k training.Kind, id string) []byte { return []byte(string(k) + "|" + id) }

// enqueue records that a record changed. A quarantined record that the clerk
// fixed goes back to pending with a clean slate.
func (t *tx) enqueue(k training.Kind, id string, version int, op string) error {
	ob, by := t.Bucket(bOutbox), t.Bucket(bOutboxBy)
	key := by.Get(byKey(k, id))
	var e outboxEntry
	var old *outboxEntry
	if key != nil {
		key = append([]byte(nil), key...)
		if err := json.Unmarshal(ob.Get(key), &e); err != nil {
			return err
		}
		prev := e
		old = &prev
	} else {
		seq, err := ob.NextSequence()
		if err != nil {
			return err
		}
		key = outboxKey(k, seq)
		e = outboxEntry{Kind: k, ID: id, At: t.now}
		if err := by.Put(byKey(k, id), key); err != nil {
			return err
		}
	}
	e.Version, e.Op, e.State = version, op, statePending
	e.Attempts, e.RetryAt, e.Code, e.Field, e.Message, e.Conflicts = 0, time.Time{}, "", "", "", 0
	return t.putEntry(key, old, e)
}

// Due implements sync.Outbox: records ready to send, parents first, never a
// child whose parent the bureau has not yet accepted (unless the parent is
// earlier in this very batch).
func (s *Store) Due(now time.Time, limit int) ([]tdsync.Record, error) {
	return s.DueExcept(now, limit, nil)
}

// DueExcept implements sync.PipelinedOutbox: Due without the records busy
// reports (in flight); they are not counted as sent before, so their
// children stay back until they are settled. busy may be nil.
func (s *Store) DueExcept(now time.Time, limit int, busy func(training.Kind, string) bool) ([]tdsync.Record, error) {
	var out []tdsync.Record
	err := s.view(func(t *tx) error {
		by := t.Bucket(bOutboxBy)
		included := map[string]bool{}
		c := t.Bucket(bOutbox).Cursor()
		for k, v := c.First(); k != nil && len(out) < limit; k, v = c.Next() {
			var e outboxEntry
			if err := jsonUnmarshal(v, &e); err != nil {
				return err
			}
			if e.State != statePending || e.RetryAt.After(now) || busy != nil && busy(e.Kind, e.ID) {
				continue
			}
			data, parents, err := t.payload(e)
			if err != nil {
				return err
			}
			blocked := false
			for _, p := range parents {
				if by.Get([]byte(p)) != nil && !included[p] {
					blocked = true
					break
				}
			}
			if blocked {
				continue
			}
			included[string(byKey(e.Kind, e.ID))] = true
			out = append(out, tdsync.Record{Seq: binary.BigEndian.Uint64(k[1:]), Kind: e.Kind, ID: e.ID,
				Version: e.Version, Op: e.Op, Data: data, Attempts: e.Attempts})
		}
		return nil
	})
	return out, err
}

// payload is what the bureau receives for a record, with the identity
// number decrypted (it travels only inside TLS), and the outbox keys of the
// parents the bureau must have first.
func (t *tx) payload(e outboxEntry) (json.RawMessage, []string, error) {
	if e.Op == "delete" {
		raw, _ := json.Marshal(map[string]string{"id": e.ID})
		return raw, nil, nil
	}
	var v any
	var parents []string
	parent := func(k training.Kind, id string) { parents = append(parents, string(byKey(k, id))) }
	switch e.Kind {
	case training.KindTeacher:
		tc, err := t.teacher(e.ID)
		if err != nil {
			return nil, nil, err
		}
		v = tc
	case training.KindClass:
		var c training.Class
		if _, err := t.get(e.Kind, e.ID, &c); err != nil {
			return nil, nil, err
		}
		for _, id := range c.TeacherIDs {
			parent(training.KindTeacher, id)
		}
		v = c
	case training.KindTrainee:
		tr, err := t.trainee(e.ID)
		if err != nil {
			return nil, nil, err
		}
		parent(training.KindClass, tr.ClassID)
		v = tr
	case training.KindLesson:
		var l training.Lesson
		if _, err := t.get(e.Kind, e.ID, &l); err != nil {
			return nil, nil, err
		}
		parent(training.KindClass, l.ClassID)
		if l.TeacherID != "" {
			parent(training.KindTeacher, l.TeacherID)
		}
		v = l
	case training.KindAttendance:
		var m training.Mark
		if _, err := t.get(e.Kind, e.ID, &m); err != nil {
			return nil, nil, err
		}
		parent(training.KindLesson, m.LessonID)
		parent(training.KindTrainee, m.TraineeID)
		v = m
	case training.KindResult:
		var r training.Result
		if _, err := t.get(e.Kind, e.ID, &r); err != nil {
			return nil, nil, err
		}
		parent(training.KindTrainee, r.TraineeID)
		v = r
	case training.KindCertificate:
		var c training.Certificate
		if _, err := t.get(e.Kind, e.ID, &c); err != nil {
			return nil, nil, err
		}
		parent(training.KindTrainee, c.TraineeID)
		v = c
	case training.KindFollowUp:
		var f outcome.Entry
		if _, err := t.get(e.Kind, e.ID, &f); err != nil {
			return nil, nil, err
		}
		parent(training.KindTrainee, f.TraineeID)
		v = f
	case training.KindClaim:
		var c training.Claim
		if _, err := t.get(e.Kind, e.ID, &c); err != nil {
			return nil, nil, err
		}
		parent(training.KindClass, c.ClassID)
		for _, l := range c.Lines { // the records a claim cites reach the bureau first
			parent(training.KindTrainee, l.TraineeID)
			parent(training.KindResult, l.TraineeID)
			if l.CertificateNo != "" {
				parent(training.KindCertificate, l.CertificateNo)
			}
			if l.FollowUpID != "" {
				parent(training.KindFollowUp, l.FollowUpID)
			}
		}
		v = c
	}
	raw, err := json.Marshal(v)
	return raw, parents, err
}

// Settle implements sync.Outbox: what the bureau said, in one transaction.
func (s *Store) Settle(outcomes []tdsync.Outcome) error {
	return s.update(func(t *tx) error {
		ob, by := t.Bucket(bOutbox), t.Bucket(bOutboxBy)
		sent := 0
		for _, o := range outcomes {
			key := by.Get(byKey(o.Kind, o.ID))
			if key == nil {
				continue // settled before (a retried batch)
			}
			key = append([]byte(nil), key...)
			var e outboxEntry
			if err := json.Unmarshal(ob.Get(key), &e); err != nil {
				return err
			}
			old := e
			switch o.Status {
			case "accepted", "duplicate":
				sent++
				if err := t.applyReceipt(o); err != nil {
					return err
				}
				if e.Version != o.Version {
					continue // changed again meanwhile: the newer version still goes
				}
				if err := t.dropEntry(key, old); err != nil {
					return err
				}
				continue
			case tdsync.StatusConflict:
				if e.Version != o.Version {
					continue // already re-queued under a newer version
				}
				if err := t.resolveConflict(&e, o.HeldVersion); err != nil {
					return err
				}
			case "rejected":
				if e.Version != o.Version {
					continue
				}
				e.State, e.Code, e.Field, e.Message = stateQuarantined, o.Code, o.Field, o.Message
				if err := t.note("人社系统退回", string(o.Kind), o.ID, o.Code); err != nil {
					return err
				}
			default: // failed: try again later
				e.Attempts++
				e.RetryAt, e.Message = o.RetryAt, o.Message
			}
			if err := t.putEntry(key, &old, e); err != nil {
				return err
			}
		}
		if err := t.noteDelivered(sent); err != nil {
			return err
		}
		return t.addSent(sent)
	})
}

func (t *tx) addSent(n int) error {
	if n == 0 {
		return nil
	}
	m := t.Bucket(bMeta)
	var total uint64
	if raw := m.Get(mSent); len(raw) == 8 {
		total = binary.BigEndian.Uint64(raw)
	}
	return m.Put(mSent, u64(total+uint64(n)))
}

// Quarantined is a record the bureau refused, with its reason.
type Quarantined struct {
	Kind                 training.Kind
	ID                   string
	Code, Field, Message string
	At                   time.Time
}

// QuarantinedRecords lists what the bureau refused, oldest first.
func (s *Store) QuarantinedRecords() ([]Quarantined, error) {
	var out []Quarantined
	err := s.view(func(t *tx) error {
		ob := t.Bucket(bOutbox)
		return t.index(ixQuarantined).ForEach(func(k, _ []byte) error {
			var e outboxEntry
			if err := json.Unmarshal(ob.Get(k), &e); err != nil {
				return err
			}
			out = append(out, Quarantined{e.Kind, e.ID, e.Code, e.Field, e.Message, e.At})
			return nil
		})
	})
	return out, err
}
