package store

import (
	"errors"
	"sync/atomic"
)

// Together runs fn on a face of the store whose every operation joins ONE
// read-write transaction: either all of fn's changes are kept or, when fn
// fails, one of its operations fails (even if fn carries on), or the
// process dies midway, none is. Seeding the demo uses it, so a first start
// that is killed leaves an empty directory, never a half-seeded one.
//
// The face is valid only inside fn; it must not be kept or closed, and fn
// must not call Together on s itself (bbolt allows one writer at a time).
func (s *Store) Together(fn func(s *Store) error) error {
	if s.one != nil {
		return fn(s)
	}
	var failed atomic.Bool
	err := s.commit(func(t *tx) error {
		face := &Store{db: s.db, dir: s.dir, k: s.k, who: s.who, now: s.now, one: t.Tx, failedOp: &failed}
		if err := fn(face); err != nil {
			return err
		}
		if failed.Load() {
			return errPartlyFailed
		}
		return nil
	})
	if err == nil && !s.dry {
		s.changed()
	}
	return err
}

// errPartlyFailed: an operation inside Together failed and fn ignored it;
// its half-written changes must not be committed with the rest.
var errPartlyFailed = errors.New("一组修改中有一项失败，整组未保存")
