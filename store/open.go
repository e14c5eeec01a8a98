package store

import (
	"errors"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	gosync "sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/atomicfile"
)

// DBFile is the database's file name inside the data directory.
const DBFile = "trainingdesk.db"

// Options tune Open. The zero value suits tests: no OS keyring, 1 s lock wait.
type Options struct {
	Keyring bool          // keep the data key in the OS keyring when one answers
	Who     string        // the clerk's name for the audit log (default: OS user)
	Timeout time.Duration // how long to wait for another instance's lock
	Now     func() time.Time
	// OnUpgrade, when set, hears UpgradingNotice before Open brings an older
	// data file up to this version (a large one takes a while, once).
	OnUpgrade func(notice string)
}

// UpgradingNotice is what to tell the clerk while a data file from before
// names were sealed (schema 6) is upgraded; UpgradingShortNotice for a later
// one, whose upgrade takes a moment.
const (
	UpgradingNotice      = "正在升级数据文件到本版本的格式（姓名、电话、地址改为加密保存；数据多时需要几十秒，只做一次），请勿关闭程序…"
	UpgradingShortNotice = "正在升级数据文件到本版本的格式（只做一次），请勿关闭程序…"
)

// Store is an open data directory.
type Store struct {
	db   *bolt.DB
	dir  string
	k    *keys
	who  string
	now  func() time.Time
	mu   gosync.Mutex
	subs []func()
	dry  bool     // see DryRun
	one  *bolt.Tx // see Together: every operation joins this transaction

	failedOp  *atomic.Bool // on a Together face: set when an operation failed
	restarted bool         // see StartedAfresh
	resealed  bool         // Open compacted the file after a migration re-sealed records (see sealPeople)
}

// Open opens (or creates) the data directory. A second instance on the same
// directory gets ErrLocked within Timeout instead of hanging.
func Open(dir string, o Options) (*Store, error) {
	if o.Timeout == 0 {
		o.Timeout = time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Who == "" {
		o.Who = currentUser()
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("无法创建数据目录 %s：%w", dir, err)
	}
	path := filepath.Join(dir, DBFile)
	_, statErr := os.Stat(path)
	if errors.Is(statErr, os.ErrNotExist) {
		// The key is made (atomically) before the database exists, so a
		// kill at any moment of the first start never leaves a database
		// without its key.
		if _, err := loadKey(dir, o.Keyring, true); err != nil {
			return nil, err
		}
	}
	db, err := bolt.Open(path, 0o600, boltOptions(o.Timeout))
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, ErrLocked
	}
	if err != nil {
		return nil, fmt.Errorf("无法打开数据文件 %s：%w", path, err)
	}
	sweepLeftovers(dir)
	raw, err := loadKey(dir, o.Keyring, false)
	var fresh bool
	if errors.Is(err, ErrNoKey) && isEmpty(db) {
		// A first start killed before the key was written (older versions
		// wrote it after the database): nothing was ever saved, so there
		// is nothing to restore — start afresh.
		raw, err = loadKey(dir, o.Keyring, true)
		fresh = err == nil
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	k, err := newKeys(raw)
	if err != nil {
		db.Close()
		return nil, err
	}
	s := &Store{db: db, dir: dir, k: k, who: o.Who, now: o.Now, restarted: fresh}
	if v := schemaOf(db); v > 0 && v < SchemaVersion() && o.OnUpgrade != nil {
		if v < 6 {
			o.OnUpgrade(UpgradingNotice)
		} else {
			o.OnUpgrade(UpgradingShortNotice)
		}
	}
	if err := migrate(db, s); err != nil {
		db.Close()
		return nil, err
	}
	if err := bindLegacyHead(db, k); err != nil {
		db.Close()
		return nil, err
	}
	if compactDue(db) {
		// The clear text a migration replaced is still on the file's free
		// pages: copy the live data to a fresh file. The mark is set in the
		// migration's own transaction and cleared only after the copy took
		// its place, so a kill in between compacts at the next start.
		if s.db, err = compact(db, o.Timeout); err != nil {
			return nil, err
		}
		if err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bMeta).Delete(mCompactDue) }); err != nil {
			s.db.Close()
			return nil, err
		}
		s.resealed = true
	}
	return s, nil
}

// StartedAfresh reports whether Open found a database that held nothing and
// had no key (a first start cut short) and began it anew, so the program can
// say so instead of asking for a backup that never existed.
func (s *Store) StartedAfresh() bool { return s.restarted }

// StartedAfreshNotice is what to tell the clerk when StartedAfresh.
const StartedAfreshNotice = "上次首次启动未完成（数据目录中只有空的数据文件，没有密钥）：没有任何数据丢失，已重新开始。"

// isEmpty reports whether a database holds no change at all: every change
// writes an audit entry, so no audit entry means nothing was ever saved.
func isEmpty(db *bolt.DB) bool {
	empty := true
	_ = db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bAudit); b != nil {
			k, _ := b.Cursor().First()
			empty = k == nil
		}
		return nil
	})
	return empty
}

// Close releases the database (and its lock). Closing a DryRun face does
// nothing: the store it came from owns the database.
func (s *Store) Close() error {
	if s.dry {
		return nil
	}
	return s.db.Close()
}

// Dir is the data directory.
func (s *Store) Dir() string { return s.dir }

// Path is the database file.
func (s *Store) Path() string { return s.db.Path() }

// OnChange registers f to run after every committed change (the GUI refreshes
// its status bar and nudges the sync loop). f must not block.
func (s *Store) OnChange(f func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.subs = append(s.subs, f)
}

func (s *Store) changed() {
	s.mu.Lock()
	subs := append([]func(){}, s.subs...)
	s.mu.Unlock()
	for _, f := range subs {
		notify(f)
	}
}

// notify runs one subscriber; its failure (say, a window already closed)
// must not make a committed change look unsaved, nor stop the others.
func notify(f func()) {
	defer func() { _ = recover() }()
	f()
}

func currentUser() string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "clerk"
}

// sweepLeftovers removes what a killed backup or key write left in the data
// directory. It runs holding the database lock, so no other instance can be
// writing them.
func sweepLeftovers(dir string) {
	atomicfile.Sweep(dir)
	for _, pattern := range []string{".backup-*.db", compactPattern} {
		old, _ := filepath.Glob(filepath.Join(dir, pattern))
		for _, f := range old {
			os.Remove(f)
		}
	}
}
