package store

import (
	"encoding/binary"

	bolt "go.etcd.io/bbolt"
)

// Each class's number of trainees is kept, not recounted: 班级 shows every
// class's count and each screen asks a class's size before deciding to read
// it off the UI thread, and walking the class_trainees index for that read
// every trainee's key (100,000 at a big institution, from a cold file). The
// count moves in the same transaction as the index key, in addToClass and
// removeFromClass, so the two cannot disagree.
var ixClassCounts = []byte("class_counts") // class id → uint64 number of trainees

// addToClass puts a trainee's key in the class_trainees index and counts it
// (a key already there is not counted twice).
func (t *tx) addToClass(classID, traineeID string) error {
	ix, key := t.index(ixClassTrainees), []byte(classID+"|"+traineeID)
	if ix.Get(key) != nil {
		return nil
	}
	if err := ix.Put(key, nil); err != nil {
		return err
	}
	return t.countClass(classID, +1)
}

// removeFromClass takes a trainee's key out of the index and the count.
func (t *tx) removeFromClass(classID, traineeID string) error {
	ix, key := t.index(ixClassTrainees), []byte(classID+"|"+traineeID)
	if ix.Get(key) == nil {
		return nil
	}
	if err := ix.Delete(key); err != nil {
		return err
	}
	return t.countClass(classID, -1)
}

func (t *tx) countClass(classID string, delta int64) error {
	b := t.index(ixClassCounts)
	n := int64(readCount(b.Get([]byte(classID)))) + delta
	if n <= 0 {
		return b.Delete([]byte(classID))
	}
	return b.Put([]byte(classID), u64(uint64(n)))
}

func readCount(raw []byte) int {
	if len(raw) != 8 {
		return 0
	}
	return int(binary.BigEndian.Uint64(raw))
}

// recountClasses builds the counts from the index (the migration that
// starts keeping them).
func recountClasses(tx *bolt.Tx) error {
	ix := tx.Bucket(bIndex)
	if err := ix.DeleteBucket(ixClassCounts); err != nil && err != bolt.ErrBucketNotFound {
		return err
	}
	counts, err := ix.CreateBucket(ixClassCounts)
	if err != nil {
		return err
	}
	n := map[string]uint64{}
	err = ix.Bucket(ixClassTrainees).ForEach(func(k, _ []byte) error {
		if i := indexOfByte(k, '|'); i > 0 {
			n[string(k[:i])]++
		}
		return nil
	})
	if err != nil {
		return err
	}
	for id, c := range n {
		if err := counts.Put([]byte(id), u64(c)); err != nil {
			return err
		}
	}
	return nil
}
