package store

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"
)

// AuditEntry is one change: who, when, what, and digests of the record before
// and after. Entries are chained: each carries the MAC of the one before, and
// its own MAC is keyed with the data key, so an edited, removed or forged
// entry breaks the chain for `audit verify`.
type AuditEntry struct {
	Seq    uint64    `json:"seq"`
	At     time.Time `json:"at"`
	Who    string    `json:"who"`
	Action string    `json:"action"`
	Kind   string    `json:"kind"`
	ID     string    `json:"id"`
	Before string    `json:"before,omitempty"`
	After  string    `json:"after,omitempty"`
	Prev   string    `json:"prev"`
	MAC    string    `json:"mac"`
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
}

func (t *tx) audit(action, kind, id, before, after string) error {
	b := t.Bucket(bAudit)
	var head auditHead
	if _, err := t.getMeta(mAuditHead, &head); err != nil {
		return err
	}
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	e := AuditEntry{Seq: seq, At: t.now.UTC(), Who: t.s.who, Action: action, Kind: kind, ID: id,
		Before: before, After: after, Prev: head.MAC}
	e.MAC = t.s.k.auditMAC(e)
	raw, _ := json.Marshal(e)
	if err := b.Put(u64(seq), raw); err != nil {
		return err
	}
	headRaw, _ := json.Marshal(auditHead{Seq: seq, MAC: e.MAC})
	return t.Bucket(bMeta).Put(mAuditHead, headRaw)
}

// AuditProblem says where the chain first breaks.
type AuditProblem struct {
	Seq    uint64
	Reason string
}

func (p *AuditProblem) Error() string {
	return fmt.Sprintf("审计日志第 %d 条有问题：%s", p.Seq, p.Reason)
}

// VerifyAudit walks the whole chain; nil means intact, else *AuditProblem
// names the first bad entry. It returns the number of entries checked.
func (s *Store) VerifyAudit() (int, error) {
	n := 0
	err := s.view(func(t *tx) error {
		var head auditHead
		if _, err := t.getMeta(mAuditHead, &head); err != nil {
			return &AuditProblem{0, "链头无法读取"}
		}
		prev, want := "", uint64(1)
		c := t.Bucket(bAudit).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			var e AuditEntry
			if len(k) != 8 || json.Unmarshal(v, &e) != nil {
				return &AuditProblem{want, "内容无法解析（被改动）"}
			}
			seq := binary.BigEndian.Uint64(k)
			switch {
			case seq != want || e.Seq != seq:
				return &AuditProblem{want, "缺失（被删除）"}
			case e.Prev != prev:
				return &AuditProblem{seq, "与上一条不衔接（前面的条目被删除或改动）"}
			case t.s.k.auditMAC(e) != e.MAC:
				return &AuditProblem{seq, "校验码不符（被改动）"}
			}
			prev, want, n = e.MAC, want+1, n+1
		}
		if head.Seq != want-1 || head.MAC != prev {
			return &AuditProblem{want, "末尾的条目缺失（被删除）"}
		}
		return nil
	})
	return n, err
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
