package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// compactPattern names the copy compact writes; sweepLeftovers removes one a
// kill left behind.
const compactPattern = ".compact-*.db"

// compactDue reports whether a migration left the file to be compacted.
func compactDue(db *bolt.DB) bool {
	due := false
	_ = db.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket(bMeta); m != nil {
			due = m.Get(mCompactDue) != nil
		}
		return nil
	})
	return due
}

// compact replaces the database file with a copy of its live data only (the
// free pages, which may hold what a migration overwrote, are left behind)
// and reopens it. The copy is complete and synced before the rename, so a
// kill at any moment leaves either the old file or the new one.
func compact(db *bolt.DB, timeout time.Duration) (*bolt.DB, error) {
	path := db.Path()
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, compactPattern)
	if err != nil {
		db.Close()
		return nil, err
	}
	tmp := f.Name()
	f.Close()
	fail := func(err error) (*bolt.DB, error) {
		os.Remove(tmp)
		db.Close()
		return nil, fmt.Errorf("整理数据文件失败：%w", err)
	}
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: timeout})
	if err != nil {
		return fail(err)
	}
	if err := bolt.Compact(dst, db, 32<<20); err != nil {
		dst.Close()
		return fail(err)
	}
	if err := errors.Join(dst.Sync(), dst.Close()); err != nil {
		return fail(err)
	}
	if err := db.Close(); err != nil {
		os.Remove(tmp)
		return nil, err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return nil, fmt.Errorf("整理数据文件失败：%w", err)
	}
	syncDir(dir)
	db, err = bolt.Open(path, 0o600, boltOptions(timeout))
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, ErrLocked
	}
	return db, err
}

// syncDir makes a rename durable (a no-op where directories cannot be synced).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
