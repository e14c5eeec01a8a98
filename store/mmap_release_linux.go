package store

import (
	"time"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// releaseMappedWhile drops the pages of the databases' mappings from the
// process's resident memory every releaseEvery until stop is called. A
// backup or a check reads every live page of a database through bbolt's
// read-only shared mapping; the pages stay in the OS's file cache, but
// counted as the process's own they made a backup of a 2 GB file look like a
// 2 GB process. Dropping them is safe: the next read faults them back in from
// the file. Each drop holds a read transaction, so bbolt cannot re-map the
// file meanwhile.
func releaseMappedWhile(dbs ...*bolt.DB) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(releaseEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				for _, db := range dbs {
					releaseMapped(db)
				}
			}
		}
	}()
	return func() { close(done); <-finished }
}

const releaseEvery = 20 * time.Millisecond

func releaseMapped(db *bolt.DB) {
	_ = db.View(func(tx *bolt.Tx) error {
		// The address as a number: madvise needs no Go pointer to it.
		_, _, _ = unix.Syscall(unix.SYS_MADVISE, db.Info().Data, uintptr(tx.Size()), unix.MADV_DONTNEED)
		return nil
	})
}
