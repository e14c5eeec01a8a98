package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	gojson "github.com/goccy/go-json"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/codes"
	"trainingdesk/outcome"
	"trainingdesk/training"
)

// tx is one bbolt transaction plus what every write needs: the time of the
// change and the keys. All changes go through put/del so that record, outbox
// entry and audit entry can never drift apart.
type tx struct {
	*bolt.Tx
	s    *Store
	now  time.Time
	cats *codes.Categories // loaded once per transaction (an import enrols thousands)
	head *auditHead        // the audit chain's head as this transaction last wrote it
	// headDirty: head moved and is not yet written (see flushHead)
	headDirty bool
}

// update runs fn in one read-write transaction; nothing of it is kept if fn
// fails. Subscribers hear of the change after the commit.
func (s *Store) update(fn func(t *tx) error) error {
	if err := s.commit(fn); err != nil {
		return err
	}
	if !s.dry {
		s.changed()
	}
	return nil
}

// commit is update without the notification. A panic inside fn rolls the
// transaction back (bbolt never commits it) and reaches the clerk as a
// message, not a crash. On a DryRun store a successful fn is rolled back
// too, and commit reports success.
func (s *Store) commit(fn func(t *tx) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("内部错误，本次修改未保存：%v", r)
		}
		if err != nil && s.failedOp != nil {
			s.failedOp.Store(true) // a Together face: the whole group is void
		}
	}()
	if s.one != nil {
		t := &tx{Tx: s.one, s: s, now: s.now()}
		if err := fn(t); err != nil {
			return err
		}
		return t.flushHead()
	}
	err = s.db.Update(func(btx *bolt.Tx) error {
		t := &tx{Tx: btx, s: s, now: s.now()}
		if err := fn(t); err != nil {
			return err
		}
		if err := t.flushHead(); err != nil {
			return err
		}
		if s.dry {
			return errRehearsed
		}
		return nil
	})
	if errors.Is(err, errRehearsed) {
		return nil
	}
	return err
}

// view runs fn in a read-only transaction. Byte slices read inside are valid
// only inside it: get/each decode before returning.
func (s *Store) view(fn func(t *tx) error) error {
	if s.one != nil {
		return fn(&tx{Tx: s.one, s: s, now: s.now()})
	}
	return s.db.View(func(btx *bolt.Tx) error { return fn(&tx{Tx: btx, s: s, now: s.now()}) })
}

func (t *tx) records(k training.Kind) *bolt.Bucket { return t.Bucket(bRecords).Bucket([]byte(k)) }
func (t *tx) index(name []byte) *bolt.Bucket       { return t.Bucket(bIndex).Bucket(name) }

// get decodes record id of kind k into v; false when there is none.
func (t *tx) get(k training.Kind, id string, v any) (bool, error) {
	raw := t.records(k).Get([]byte(id))
	if raw == nil {
		return false, nil
	}
	return true, t.decode(raw, v)
}

// decode reads a stored value into v, opening what the store seals.
func (t *tx) decode(raw []byte, v any) error {
	switch x := v.(type) {
	case *training.Certificate:
		return t.s.k.openCertificate(raw, x)
	case *outcome.Entry:
		return t.s.k.openFollowUp(raw, x)
	}
	return jsonUnmarshal(raw, v)
}

// each decodes every record of kind k whose id starts with prefix.
func (t *tx) each(k training.Kind, prefix string, fn func(raw []byte) error) error {
	c := t.records(k).Cursor()
	p := []byte(prefix)
	for key, v := c.Seek(p); key != nil && hasPrefix(key, p); key, v = c.Next() {
		if err := fn(v); err != nil {
			return err
		}
	}
	return nil
}

// put writes a record, audits it, and queues it for the bureau when the
// stored bytes changed. version must already be the record's new version.
func (t *tx) put(action string, k training.Kind, id string, version int, v any) error {
	return t.write(action, k, id, version, v, true)
}

// putLocal writes without queueing: for what came FROM the bureau (receipts).
func (t *tx) putLocal(action string, k training.Kind, id string, v any) error {
	return t.write(action, k, id, 0, v, false)
}

func (t *tx) write(action string, k training.Kind, id string, version int, v any, queue bool) error {
	data, err := json.Marshal(t.onDisk(k, v))
	if err != nil {
		return err
	}
	b := t.records(k)
	before := digest(b.Get([]byte(id)))
	after := digest(data)
	if before == after {
		return nil
	}
	if err := b.Put([]byte(id), data); err != nil {
		return err
	}
	if err := t.audit(action, string(k), id, before, after); err != nil {
		return err
	}
	if k == training.KindCertificate {
		if err := t.noteQRStale(v); err != nil {
			return err
		}
	}
	if !queue {
		return nil
	}
	if k == training.KindTrainee {
		if err := t.noteSearchChange(id); err != nil {
			return err
		}
	}
	return t.enqueue(k, id, version, "upsert")
}

// del removes a record; the bureau hears of it as a delete.
func (t *tx) del(action string, k training.Kind, id string, version int) error {
	b := t.records(k)
	old := b.Get([]byte(id))
	if old == nil {
		return ErrNotFound
	}
	before := digest(old)
	if err := b.Delete([]byte(id)); err != nil {
		return err
	}
	if err := t.audit(action, string(k), id, before, ""); err != nil {
		return err
	}
	if k == training.KindTrainee {
		if err := t.noteSearchChange(id); err != nil {
			return err
		}
	}
	return t.enqueue(k, id, version, "delete")
}

// putMeta writes a setting-like value in the meta bucket, audited, not synced.
func (t *tx) putMeta(action string, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	m := t.Bucket(bMeta)
	before, after := digest(m.Get(key)), digest(data)
	if before == after {
		return nil
	}
	if err := m.Put(key, data); err != nil {
		return err
	}
	return t.audit(action, "meta", string(key), before, after)
}

func (t *tx) getMeta(key []byte, v any) (bool, error) {
	raw := t.Bucket(bMeta).Get(key)
	if raw == nil {
		return false, nil
	}
	return true, t.decode(raw, v)
}

func digest(b []byte) string {
	if b == nil {
		return ""
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:12])
}

func hasPrefix(b, p []byte) bool { return len(b) >= len(p) && string(b[:len(p)]) == string(p) }

// jsonUnmarshal decodes the records and outbox entries read in bulk:
// goccy/go-json decodes a mark about 3.7× faster than encoding/json, which
// was most of showing a class of 1,000 on 结业/证书 and 40 % of a sync's own
// time. Records are still written with encoding/json; a test checks both
// read every field of every record type alike.
func jsonUnmarshal(raw []byte, v any) error { return gojson.Unmarshal(raw, v) }
