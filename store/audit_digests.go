package store

import "crypto/sha256"

// auditDigests holds, for each record the audit log names, a fingerprint of
// the content digest its last audited change wrote. Name and digest are both
// kept as 16-byte SHA-256 prefixes: checking a file whose log holds a million
// entries (weeks of 考勤 at a big institution) needs tens of MB, not the half
// GB the names and hex digests took as strings. A name is found again by a
// second walk when there is a problem to report (nameDeleted).
type auditDigests map[[16]byte][16]byte

func recordKey(kind, id string) [16]byte {
	h := sha256.Sum256([]byte(kind + "|" + id))
	return [16]byte(h[:16])
}

func digestPrint(d string) [16]byte {
	h := sha256.Sum256([]byte(d))
	return [16]byte(h[:16])
}

// emptyPrint is the fingerprint of no content: the record was deleted by a
// change the log holds.
var emptyPrint = digestPrint("")

func (a auditDigests) set(kind, id, after string) { a[recordKey(kind, id)] = digestPrint(after) }

// lastIs says whether the record's last audited content is d (a record the
// log never names counts as no content).
func (a auditDigests) lastIs(kind, id, d string) bool {
	v, ok := a[recordKey(kind, id)]
	if !ok {
		return d == ""
	}
	return v == digestPrint(d)
}

// audited says whether entry e is a change of a record's content that want
// accepts (nil: every record), not a note of an event.
func audited(e AuditEntry, want func(kind, id string) bool) bool {
	return !e.Note && !legacyNote(e) && isRecordKind(e.Kind) && (want == nil || want(e.Kind, e.ID))
}
