package store

import "errors"

// DryRun returns a face of the store on which every change is rehearsed:
// each operation runs its own code, in its own read-write transaction,
// exactly as it would for real, and the transaction is then rolled back.
// What the operation returns (its report, its refusals, its warnings) is
// therefore what the real action would return on the same data — a preview
// can never take a second path. Reads see the store as it is.
//
// The dry face shares the database with s: close s, not it. Nobody hears of
// a rehearsed change (OnChange subscribers are not called).
func (s *Store) DryRun() *Store {
	return &Store{db: s.db, dir: s.dir, k: s.k, who: s.who, now: s.now, dry: true}
}

// IsDryRun reports whether changes made through s are rolled back.
func (s *Store) IsDryRun() bool { return s.dry }

// errRehearsed rolls back a dry run's transaction after the operation has
// succeeded; commit turns it back into success.
var errRehearsed = errors.New("store: dry run rolled back")
