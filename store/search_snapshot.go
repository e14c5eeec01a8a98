package store

import (
	"encoding/binary"

	"trainingdesk/training"
)

// A search snapshot is the saved search index over every trainee, sealed
// with the data key (it holds names), so that `trainees search` in a fresh
// process need not decrypt every trainee and read pinyin for every name.
// The store does not know the index's format: it keeps the sealed bytes and,
// in the same transaction as every trainee change, notes that trainee as
// changed since the snapshot.
var (
	bSearch       = []byte("search_snapshot") // "blob" → sealed index bytes
	ixSearchDirty = []byte("search_dirty")    // trainee id → change sequence
	kSearchBlob   = []byte("blob")
)

const searchBind = "search-snapshot"

// maxSearchChanges is how many changed trainees a snapshot is patched with
// before it is better rebuilt.
const maxSearchChanges = 2000

// noteSearchChange marks a trainee as changed since the snapshot.
func (t *tx) noteSearchChange(id string) error {
	b := t.index(ixSearchDirty)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	return b.Put([]byte(id), u64(seq))
}

// SearchSnapshot is the saved index and what changed after it was saved.
type SearchSnapshot struct {
	Index   []byte // nil when there is none, or when it is better rebuilt
	Gen     uint64 // pass to SaveSearchSnapshot
	Changed []training.Trainee
	Removed []string // trainee ids
}

// LoadSearchSnapshot reads the snapshot; Index is nil when the caller should
// build the index from AllTrainees instead.
func (s *Store) LoadSearchSnapshot() (SearchSnapshot, error) {
	var snap SearchSnapshot
	err := s.view(func(t *tx) error {
		dirty := t.index(ixSearchDirty)
		snap.Gen = dirty.Sequence()
		sealed := t.Bucket(bSearch).Get(kSearchBlob)
		if sealed == nil || dirty.Stats().KeyN > maxSearchChanges {
			return nil
		}
		plain, err := t.s.k.open(sealed, searchBind)
		if err != nil {
			return nil // a damaged snapshot is rebuilt
		}
		snap.Index = plain
		return dirty.ForEach(func(k, _ []byte) error {
			tr, err := t.trainee(string(k))
			switch {
			case err == ErrNotFound:
				snap.Removed = append(snap.Removed, string(k))
			case err != nil:
				return err
			default:
				snap.Changed = append(snap.Changed, tr)
			}
			return nil
		})
	})
	if err == nil && snap.Index == nil {
		snap.Changed, snap.Removed = nil, nil
	}
	return snap, err
}

// SaveSearchSnapshot keeps index as the snapshot of every trainee changed up
// to gen (from LoadSearchSnapshot); later changes stay noted.
func (s *Store) SaveSearchSnapshot(index []byte, gen uint64) error {
	return s.commit(func(t *tx) error {
		if err := t.Bucket(bSearch).Put(kSearchBlob, t.s.k.seal(index, searchBind)); err != nil {
			return err
		}
		dirty := t.index(ixSearchDirty)
		var done [][]byte
		err := dirty.ForEach(func(k, v []byte) error {
			if len(v) == 8 && binary.BigEndian.Uint64(v) <= gen {
				done = append(done, append([]byte(nil), k...))
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, k := range done {
			if err := dirty.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
}
