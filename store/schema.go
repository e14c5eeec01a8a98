package store

import (
	"encoding/binary"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/training"
)

// Bucket names. Records live in one bucket per kind; indexes map a lookup key
// to a record id.
var (
	bMeta     = []byte("meta")
	bRecords  = []byte("records")   // sub-bucket per kind: id → JSON
	bIndex    = []byte("index")     // sub-bucket per index
	bOutbox   = []byte("outbox")    // rank|seq → outboxEntry
	bOutboxBy = []byte("outbox_by") // kind|id → rank|seq
	bAudit    = []byte("audit")     // seq → auditEntry
)

// Index sub-buckets.
var (
	ixClassCode     = []byte("class_code")        // code → class id
	ixClassTrainees = []byte("class_trainees")    // class id|trainee id → ∅
	ixPerson        = []byte("person")            // id-number hmac|trainee id → class id
	ixClassLessons  = []byte("class_lessons")     // class id|no → lesson id
	ixTraineeCert   = []byte("trainee_cert")      // trainee id → certificate number
	ixClassCerts    = []byte("class_certs")       // class id|number → ∅
	ixReprints      = []byte("reprints")          // number|seq → reprint log entry
	ixBadges        = []byte("badges")            // badge code → trainee id
	ixQRImages      = []byte("qr_images")         // certificate number → qrImage
	ixFollowUps     = []byte("trainee_followups") // trainee id|entry id → ∅
	ixEvidenceScans = []byte("evidence_scans")    // entry id|item no → sealed file
	ixTraineeClaims = []byte("trainee_claims")    // trainee id|stage → id of the submitted claim holding it
	ixTeacherPerson = []byte("teacher_person")    // id-number hmac → teacher id
	ixFiles         = []byte("files")             // file id → sealed bytes (trainee photos, qualification scans)
)

// ensured are the index buckets every open makes sure of, so that a kind
// or index added later needs no numbered migration (and parallel additions
// cannot collide on a schema version).
var ensured = [][]byte{ixFollowUps, ixEvidenceScans, ixTraineeClaims, ixTeacherPerson, ixFiles}

// Meta keys.
var (
	mSchema      = []byte("schema")
	mInstitution = []byte("institution")
	mSettings    = []byte("settings")
	mSigningKey  = []byte("signing_key") // Ed25519 private key, sealed
	mAuditHead   = []byte("audit_head")  // hash of the newest audit entry
	mSent        = []byte("sent")        // records the bureau confirmed
	mCertSerial  = []byte("cert_serial") // per-year counters: cert_serial/2026
	mLastBackup  = []byte("last_auto_backup")
	mCompactDue  = []byte("compact_due") // a migration replaced clear text: compact before use
)

// migrations bring a database from version i to i+1; the schema version is
// len(migrations). Append, never edit: old files depend on every step. A
// step runs inside the one transaction of migrate, with the data key (tx.s).
var migrations = []func(tx *tx) error{
	func(tx *tx) error { // 0 → 1: the buckets
		for _, b := range [][]byte{bMeta, bRecords, bIndex, bOutbox, bOutboxBy, bAudit} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		for _, k := range training.Kinds {
			if _, err := tx.Bucket(bRecords).CreateBucketIfNotExists([]byte(k)); err != nil {
				return err
			}
		}
		for _, ix := range [][]byte{ixClassCode, ixClassTrainees, ixPerson, ixClassLessons, ixTraineeCert, ixClassCerts, ixReprints, ixBadges} {
			if _, err := tx.Bucket(bIndex).CreateBucketIfNotExists(ix); err != nil {
				return err
			}
		}
		return nil
	},
	func(tx *tx) error { // 1 → 2: rendered certificate QR images
		_, err := tx.Bucket(bIndex).CreateBucketIfNotExists(ixQRImages)
		return err
	},
	func(tx *tx) error { // 2 → 3: outbox counts and the quarantine index, kept from now on
		_, err := recountOutbox(tx.Tx)
		return err
	},
	func(tx *tx) error { // 3 → 4: the saved search index and the trainees changed since
		if _, err := tx.CreateBucketIfNotExists(bSearch); err != nil {
			return err
		}
		_, err := tx.Bucket(bIndex).CreateBucketIfNotExists(ixSearchDirty)
		return err
	},
	func(tx *tx) error { // 4 → 5: certificates whose QR image is to be rendered again
		_, err := tx.Bucket(bIndex).CreateBucketIfNotExists(ixQRStale)
		return err
	},
	sealPeople, // 5 → 6: names, phones, addresses and birth dates sealed like identity numbers
	func(tx *tx) error { return recountClasses(tx.Tx) }, // 6 → 7: each class's number of trainees, kept from now on
}

// SchemaVersion is the version this program writes.
func SchemaVersion() int { return len(migrations) }

// migrate brings the database to SchemaVersion in one transaction. s gives
// the data key and the clerk for the audit entries of a step that re-seals
// records; it may be nil for a database that holds nothing.
func migrate(db *bolt.DB, s *Store) error {
	return db.Update(func(btx *bolt.Tx) error {
		mt := &tx{Tx: btx, s: s, now: time.Now()}
		if s != nil {
			mt.now = s.now()
		}
		v := 0
		if m := mt.Bucket(bMeta); m != nil {
			if raw := m.Get(mSchema); len(raw) == 8 {
				v = int(binary.BigEndian.Uint64(raw))
			}
		}
		if v > len(migrations) {
			return fmt.Errorf("数据文件来自更新版本的 TrainingDesk（结构版本 %d，本程序支持到 %d）。请升级程序后再打开。", v, len(migrations))
		}
		for ; v < len(migrations); v++ {
			if err := migrations[v](mt); err != nil {
				return fmt.Errorf("数据结构升级到版本 %d 失败：%w", v+1, err)
			}
		}
		if err := mt.flushHead(); err != nil {
			return err
		}
		if err := ensureBuckets(btx); err != nil {
			return err
		}
		return mt.Bucket(bMeta).Put(mSchema, u64(uint64(v)))
	})
}

// schemaOf is the schema version the file was written with (0: new).
func schemaOf(db *bolt.DB) int {
	v := 0
	_ = db.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket(bMeta); m != nil {
			if raw := m.Get(mSchema); len(raw) == 8 {
				v = int(binary.BigEndian.Uint64(raw))
			}
		}
		return nil
	})
	return v
}

func u64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}

// ensureBuckets creates the record bucket of every kind and the ensured
// indexes when missing; it is idempotent and runs at every open.
func ensureBuckets(tx *bolt.Tx) error {
	for _, k := range training.Kinds {
		if _, err := tx.Bucket(bRecords).CreateBucketIfNotExists([]byte(k)); err != nil {
			return err
		}
	}
	for _, ix := range ensured {
		if _, err := tx.Bucket(bIndex).CreateBucketIfNotExists(ix); err != nil {
			return err
		}
	}
	return nil
}
