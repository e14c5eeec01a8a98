package store

import (
	"errors"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	gosync "sync"
	"time"

	bolt "go.etcd.io/bbolt"
)

// DBFile is the database's file name inside the data directory.
const DBFile = "trainingdesk.db"

// Options tune Open. The zero value suits tests: no OS keyring, 1 s lock wait.
type Options struct {
	Keyring bool          // keep the data key in the OS keyring when one answers
	Who     string        // the clerk's name for the audit log (default: OS user)
	Timeout time.Duration // how long to wait for another instance's lock
	Now     func() time.Time
}

// Store is an open data directory.
type Store struct {
	db   *bolt.DB
	dir  string
	k    *keys
	who  string
	now  func() time.Time
	mu   gosync.Mutex
	subs []func()
	dry  bool // see DryRun
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
	isNew := errors.Is(statErr, os.ErrNotExist)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: o.Timeout})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, ErrLocked
	}
	if err != nil {
		return nil, fmt.Errorf("无法打开数据文件 %s：%w", path, err)
	}
	raw, err := loadKey(dir, o.Keyring, isNew)
	if err != nil {
		db.Close()
		return nil, err
	}
	k, err := newKeys(raw)
	if err != nil {
		db.Close()
		return nil, err
	}
	if err := migrate(db); err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, dir: dir, k: k, who: o.Who, now: o.Now}, nil
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
