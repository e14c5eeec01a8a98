package store

import (
	"bytes"
	"sync/atomic"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// The automatic backup runs while the clerk works: the file grows (bbolt
// re-maps it) while the backup reads it and drops the pages it read from
// memory. The backup still holds everything it started with, and restores.
func TestBackupWhileTheFileGrows(t *testing.T) {
	s := openTest(t, t.TempDir())
	fill(t, s, "kept", 8<<20)
	var stop atomic.Bool
	done := make(chan int)
	go func() { // the clerk's writes (no t.Fatal off the test goroutine)
		n := 0
		for ; !stop.Load(); n++ {
			_ = s.db.Update(func(tx *bolt.Tx) error {
				b, err := tx.CreateBucketIfNotExists([]byte("more"))
				if err != nil {
					return err
				}
				return b.Put(u64(uint64(n)), make([]byte, 1<<20))
			})
		}
		done <- n
	}()
	var buf bytes.Buffer
	err := s.Backup(&buf, nil)
	stop.Store(true)
	grown := <-done
	if err != nil {
		t.Fatal(err)
	}
	if grown == 0 {
		t.Log("no write landed during the backup")
	}
	restoredHolds(t, s, buf.Bytes(), "kept")
}
