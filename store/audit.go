package store

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/training"
)

// AuditEntry is one change: who, when, what, and digests of the record before
// and after. Entries are chained: each carries the MAC of the one before, and
// its own MAC is keyed with the data key, so an edited, removed or forged
// entry breaks the chain for `audit verify`. The head (seq and MAC of the
// newest entry) is itself MAC'd with the key, so cutting entries off the end
// cannot be hidden by rewriting it.
type AuditEntry struct {
	Seq    uint64    `json:"seq"`
	At     time.Time `json:"at"`
	Who    string    `json:"who"`
	Action string    `json:"action"`
	Kind   string    `json:"kind"`
	ID     string    `json:"id"`
	Before string    `json:"before,omitempty"`
	After  string    `json:"after,omitempty"`
	// Note marks an entry that records an event about a record (printed,
	// refused by the bureau…), not a change of its content: its Before and
	// After are not the record's digests.
	Note bool `json:"note,omitempty"`
	// Bound marks entries written by versions whose chain head is bound to
	// the key (older entries lack it; see bindLegacyHead).
	Bound bool   `json:"bound,omitempty"`
	Prev  string `json:"prev"`
	MAC   string `json:"mac"`
}

func (k *keys) auditMAC(e AuditEntry) string {
	e.MAC = ""
	raw, _ := json.Marshal(e)
	m := hmac.New(sha256.New, k.audit)
	m.Write(raw)
	return hex.EncodeToString(m.Sum(nil))
}

type auditHead struct {
	Seq uint64 `json:"seq"`
	MAC string `json:"mac"`
	Sig string `json:"sig,omitempty"` // headSig: binds seq and MAC to the key
}

func (k *keys) headSig(h auditHead) string {
	m := hmac.New(sha256.New, k.audit)
	fmt.Fprintf(m, "audit head\n%d\n%s", h.Seq, h.MAC)
	return hex.EncodeToString(m.Sum(nil))
}

func (k *keys) headOK(h auditHead) bool {
	return h.Seq == 0 && h.MAC == "" || hmac.Equal([]byte(h.Sig), []byte(k.headSig(h)))
}

// actionHeadTampered is the entry written when a change finds the chain head
// rewritten without the key; verify reports it for ever after.
const actionHeadTampered = "审计链头被改动（末尾的条目可能被删除）"

// audit appends a change of a record's content (before/after are digests
// of its stored bytes).
func (t *tx) audit(action, kind, id, before, after string) error {
	return t.appendAudit(AuditEntry{Action: action, Kind: kind, ID: id, Before: before, After: after})
}

// note appends an event about a record that does not change its content
// (printed, viewed, refused by the bureau). Use it, not audit, for every such
// event: audit's After is taken as the record's content digest by verify.
func (t *tx) note(action, kind, id, detail string) error {
	return t.appendAudit(AuditEntry{Action: action, Kind: kind, ID: id, After: detail, Note: true})
}

func (t *tx) appendAudit(e AuditEntry) error {
	b := t.Bucket(bAudit)
	var head auditHead
	if t.head != nil {
		head = *t.head // written by this transaction: no need to read and check it again
	} else {
		if _, err := t.getMeta(mAuditHead, &head); err != nil {
			return err
		}
		if !t.s.k.headOK(head) && e.Action != actionHeadTampered {
			if err := t.appendAudit(AuditEntry{Action: actionHeadTampered, Kind: "meta", ID: "audit_head", Note: true}); err != nil {
				return err
			}
			head = *t.head
		}
	}
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	e.Seq, e.At, e.Who, e.Prev, e.Bound = seq, t.now.UTC(), t.s.who, head.MAC, true
	e.MAC = t.s.k.auditMAC(e)
	raw, _ := json.Marshal(e)
	if err := b.Put(u64(seq), raw); err != nil {
		return err
	}
	// The head is written once, when the transaction's work is done
	// (flushHead): an import appends 100,000 entries.
	t.head, t.headDirty = &auditHead{Seq: seq, MAC: e.MAC}, true
	return nil
}

// flushHead writes the chain head this transaction moved, MAC'd with the
// key. commit and migrate call it after the work succeeded.
func (t *tx) flushHead() error {
	if !t.headDirty {
		return nil
	}
	h := *t.head
	h.Sig = t.s.k.headSig(h)
	headRaw, _ := json.Marshal(h)
	t.head, t.headDirty = &h, false
	return t.Bucket(bMeta).Put(mAuditHead, headRaw)
}

// currentHead is the chain head as this transaction sees it (signed or
// about to be, when it appended entries).
func (t *tx) currentHead() (auditHead, error) {
	if t.head != nil {
		h := *t.head
		if t.headDirty {
			h.Sig = t.s.k.headSig(h)
		}
		return h, nil
	}
	var head auditHead
	_, err := t.getMeta(mAuditHead, &head)
	return head, err
}

// bindLegacyHead signs the head of a log written by an older version (its
// newest entry is not Bound), once, at open. A head left unsigned after a
// Bound entry was cut off or rewritten: it stays unsigned, and verify says so.
func bindLegacyHead(db *bolt.DB, k *keys) error {
	return db.Update(func(btx *bolt.Tx) error { return bindLegacyHeadTx(btx, k) })
}

func bindLegacyHeadTx(btx *bolt.Tx, k *keys) error {
	m := btx.Bucket(bMeta)
	var head auditHead
	if raw := m.Get(mAuditHead); raw != nil {
		if err := json.Unmarshal(raw, &head); err != nil {
			return nil // verify reports it
		}
	}
	if head.Seq == 0 || head.Sig != "" {
		return nil
	}
	raw := btx.Bucket(bAudit).Get(u64(head.Seq))
	var last AuditEntry
	if raw == nil || json.Unmarshal(raw, &last) != nil || last.Bound || last.MAC != head.MAC {
		return nil
	}
	head.Sig = k.headSig(head)
	headRaw, _ := json.Marshal(head)
	return m.Put(mAuditHead, headRaw)
}

// AuditProblem says where the chain first breaks, or which record's content
// no longer matches its last audited change.
type AuditProblem struct {
	Seq    uint64
	Reason string
	Kind   string // for a record problem: the record
	ID     string
}

func (p *AuditProblem) Error() string {
	if p.Kind != "" {
		return fmt.Sprintf("%s记录 %s：%s", kindLabel(p.Kind), p.ID, p.Reason)
	}
	return fmt.Sprintf("审计日志第 %d 条有问题：%s", p.Seq, p.Reason)
}

func kindLabel(k string) string {
	for _, x := range training.Kinds {
		if string(x) == k {
			return x.Label()
		}
	}
	return k
}

// VerifyAudit walks the whole chain and then every record: nil means the
// chain is intact, its head is the key's, and every record's stored content
// is what its last audited change wrote; else *AuditProblem names the first
// problem. It returns the number of entries checked.
func (s *Store) VerifyAudit() (int, error) {
	n := 0
	defer releaseMappedWhile(s.db)() // it reads every record: keep them out of resident memory
	err := s.view(func(t *tx) error {
		var err error
		var last auditDigests
		n, last, err = t.walkAudit(nil)
		if err != nil {
			return err
		}
		return t.checkRecords(last, nil)
	})
	return n, err
}

// walkAudit checks the chain and its head, and returns, for every record
// (kind|id) that want accepts (nil: all), the After digest of its last
// content change.
func (t *tx) walkAudit(want func(kind, id string) bool) (int, auditDigests, error) {
	head, err := t.currentHead()
	if err != nil {
		return 0, nil, &AuditProblem{Seq: 0, Reason: "链头无法读取"}
	}
	last := auditDigests{}
	n, prev, wantSeq := 0, "", uint64(1)
	c := t.Bucket(bAudit).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var e AuditEntry
		if len(k) != 8 || json.Unmarshal(v, &e) != nil {
			return n, nil, &AuditProblem{Seq: wantSeq, Reason: "内容无法解析（被改动）"}
		}
		seq := binary.BigEndian.Uint64(k)
		switch {
		case seq != wantSeq || e.Seq != seq:
			return n, nil, &AuditProblem{Seq: wantSeq, Reason: "缺失（被删除）"}
		case e.Prev != prev:
			return n, nil, &AuditProblem{Seq: seq, Reason: "与上一条不衔接（前面的条目被删除或改动）"}
		case t.s.k.auditMAC(e) != e.MAC:
			return n, nil, &AuditProblem{Seq: seq, Reason: "校验码不符（被改动）"}
		case e.Action == actionHeadTampered:
			return n, nil, &AuditProblem{Seq: seq, Reason: "此前链头曾被不持有密钥者改写，末尾的条目可能被删除"}
		}
		if audited(e, want) {
			last.set(e.Kind, e.ID, e.After)
		}
		prev, wantSeq, n = e.MAC, wantSeq+1, n+1
	}
	if head.Seq != wantSeq-1 || head.MAC != prev {
		return n, nil, &AuditProblem{Seq: wantSeq, Reason: "末尾的条目缺失（被删除）"}
	}
	if !t.s.k.headOK(head) {
		return n, nil, &AuditProblem{Seq: head.Seq, Reason: "链头不是用本数据目录的密钥写的（末尾的条目可能被删除）"}
	}
	return n, last, nil
}

// legacyNote recognises the event entries older versions wrote without the
// Note mark.
func legacyNote(e AuditEntry) bool {
	switch {
	case strings.HasPrefix(e.Action, "打印证书"), e.Action == "人社系统退回", e.Action == "重新排队上传",
		e.Action == "查看证明扫描件", e.Action == "人社局答复版本冲突", e.Action == "查看电话号码（就业跟踪）":
		return true
	}
	return false
}

// checkRecords compares every record (that want accepts) with the digest of
// its last audited change: a record edited, added or removed behind the
// program's back (a bbolt tool) is named.
func (t *tx) checkRecords(last auditDigests, want func(kind, id string) bool) error {
	for _, k := range training.Kinds {
		b := t.records(k)
		if b == nil {
			continue
		}
		c := b.Cursor()
		for id, v := c.First(); id != nil; id, v = c.Next() {
			if want != nil && !want(string(k), string(id)) {
				continue
			}
			key := recordKey(string(k), string(id))
			d, ok := last[key]
			switch {
			case !ok:
				return &AuditProblem{Kind: string(k), ID: string(id), Reason: "不在审计日志中（被直接写入数据文件）"}
			case d != digestPrint(digest(v)):
				return &AuditProblem{Kind: string(k), ID: string(id), Reason: "内容与审计日志最后一次记录的不符（被直接改动）"}
			}
			delete(last, key)
		}
	}
	for _, d := range last {
		if d != emptyPrint { // audited as written, yet not in the file
			return t.nameDeleted(last, want)
		}
	}
	return nil
}

// nameDeleted walks the log again to name a record it holds that the file
// lacks (last keeps only fingerprints of the names).
func (t *tx) nameDeleted(last auditDigests, want func(kind, id string) bool) error {
	c := t.Bucket(bAudit).Cursor()
	for _, v := c.First(); v != nil; _, v = c.Next() {
		var e AuditEntry
		if json.Unmarshal(v, &e) != nil || !audited(e, want) {
			continue
		}
		if d, ok := last[recordKey(e.Kind, e.ID)]; ok && d != emptyPrint {
			return &AuditProblem{Kind: e.Kind, ID: e.ID, Reason: "审计日志中有此记录，数据文件中却没有（被直接删除）"}
		}
	}
	return &AuditProblem{Reason: "审计日志中有记录，数据文件中却没有（被直接删除）"}
}

func isRecordKind(k string) bool {
	for _, x := range training.Kinds {
		if string(x) == k {
			return true
		}
	}
	return false
}

// AuditLog returns the newest entries first, at most limit.
func (s *Store) AuditLog(limit int) ([]AuditEntry, error) {
	var out []AuditEntry
	err := s.view(func(t *tx) error {
		c := t.Bucket(bAudit).Cursor()
		for k, v := c.Last(); k != nil && len(out) < limit; k, v = c.Prev() {
			var e AuditEntry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	return out, err
}
