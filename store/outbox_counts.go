package store

import (
	"encoding/binary"
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	tdsync "trainingdesk/sync"
)

// The outbox keeps its own counts: start-up, the 同步 screen and `sync
// status` read three numbers instead of decoding a queue that can hold a
// million records after weeks offline. Every change to an outbox entry goes
// through putEntry/dropEntry, which move the counts and the quarantine index
// in the same transaction, so they can never disagree with the entries.
var (
	mOutboxCounts = []byte("outbox_counts")      // pending ‖ failed ‖ quarantined, 3 × uint64
	ixQuarantined = []byte("outbox_quarantined") // outbox key → ∅, the refused entries
)

// class of an entry in the counts: 0 pending, 1 failed (pending again after
// an attempt), 2 quarantined.
func entryClass(e *outboxEntry) int {
	switch {
	case e.State == stateQuarantined:
		return 2
	case e.Attempts > 0:
		return 1
	}
	return 0
}

type outboxCounts [3]int64

func readOutboxCounts(b *bolt.Bucket) outboxCounts {
	var c outboxCounts
	if raw := b.Get(mOutboxCounts); len(raw) == 24 {
		for i := range c {
			c[i] = int64(binary.BigEndian.Uint64(raw[i*8:]))
		}
	}
	return c
}

func writeOutboxCounts(b *bolt.Bucket, c outboxCounts) error {
	raw := make([]byte, 24)
	for i, v := range c {
		binary.BigEndian.PutUint64(raw[i*8:], uint64(v))
	}
	return b.Put(mOutboxCounts, raw)
}

// moveCounts takes old out of the counts and puts e in (either may be nil).
func (t *tx) moveCounts(key []byte, old, e *outboxEntry) error {
	m := t.Bucket(bMeta)
	c := readOutboxCounts(m)
	if old != nil {
		c[entryClass(old)]--
	}
	if e != nil {
		c[entryClass(e)]++
	}
	if err := writeOutboxCounts(m, c); err != nil {
		return err
	}
	q := t.index(ixQuarantined)
	if e != nil && e.State == stateQuarantined {
		return q.Put(key, nil)
	}
	if old != nil && old.State == stateQuarantined {
		return q.Delete(key)
	}
	return nil
}

// putEntry stores entry e at key; old is what was there (nil for a new one).
func (t *tx) putEntry(key []byte, old *outboxEntry, e outboxEntry) error {
	raw, err := json.Marshal(e)
	if err != nil {
		return err
	}
	if err := t.Bucket(bOutbox).Put(key, raw); err != nil {
		return err
	}
	return t.moveCounts(key, old, &e)
}

// dropEntry removes the entry old at key (delivered).
func (t *tx) dropEntry(key []byte, old outboxEntry) error {
	if err := t.Bucket(bOutbox).Delete(key); err != nil {
		return err
	}
	if err := t.Bucket(bOutboxBy).Delete(byKey(old.Kind, old.ID)); err != nil {
		return err
	}
	return t.moveCounts(key, &old, nil)
}

// recountOutbox builds the counts and the quarantine index from the entries:
// the migration that introduced them, and the check in tests.
func recountOutbox(tx *bolt.Tx) (outboxCounts, error) {
	var c outboxCounts
	q, err := tx.Bucket(bIndex).CreateBucketIfNotExists(ixQuarantined)
	if err != nil {
		return c, err
	}
	err = tx.Bucket(bOutbox).ForEach(func(k, v []byte) error {
		var e outboxEntry
		if err := json.Unmarshal(v, &e); err != nil {
			return err
		}
		c[entryClass(&e)]++
		if e.State == stateQuarantined {
			return q.Put(k, nil)
		}
		return nil
	})
	if err != nil {
		return c, err
	}
	return c, writeOutboxCounts(tx.Bucket(bMeta), c)
}

// Counts implements sync.Outbox from the kept counters, whatever the size of
// the queue.
func (s *Store) Counts() (tdsync.Counts, error) {
	var c tdsync.Counts
	err := s.view(func(t *tx) error {
		m := t.Bucket(bMeta)
		if raw := m.Get(mSent); len(raw) == 8 {
			c.Sent = int(binary.BigEndian.Uint64(raw))
		}
		oc := readOutboxCounts(m)
		c.Pending, c.Failed, c.Quarantined = int(oc[0]+oc[1]), int(oc[1]), int(oc[2])
		return nil
	})
	return c, err
}
