package store

import (
	"encoding/json"
	"errors"
	"strings"

	"trainingdesk/outcome"
	"trainingdesk/training"
)

// actionSealPeople is the audit entry of each record re-sealed by sealPeople.
const actionSealPeople = "数据升级：姓名、电话、地址加密保存"

// sealPeople (schema 5 → 6) re-seals trainees written when only the
// identity number was sealed, certificates whose printed name was in clear
// and follow-up entries (employer, wage, account numbers…) that were all in
// clear, and takes trainees' names out of old audit entries' actions.
//
// The audit chain keeps verifying: each re-sealed record gets an audit entry
// from its old digest to its new one — but only when its old bytes were what
// its last audited change wrote. A record edited behind the program's back
// is re-sealed too (nothing stays in clear) but not audited, so `audit
// verify` still names it. Names are taken out of the log only when the chain
// is intact; the entries from the first changed one on are re-MAC'd with
// the key, as any write would.
func sealPeople(t *tx) error {
	trainees, err := legacyRecords(t, training.KindTrainee, func(raw []byte) bool {
		var st storedTrainee
		return json.Unmarshal(raw, &st) == nil && st.Sealed == nil
	})
	if err != nil {
		return err
	}
	certs, err := legacyRecords(t, training.KindCertificate, func(raw []byte) bool {
		var st storedCertificate
		return json.Unmarshal(raw, &st) == nil && st.NameSealed == nil && st.Name != ""
	})
	if err != nil {
		return err
	}
	followUps, err := legacyRecords(t, training.KindFollowUp, func(raw []byte) bool {
		var st struct {
			Sealed []byte `json:"sealed"`
		}
		return json.Unmarshal(raw, &st) == nil && st.Sealed == nil
	})
	if err != nil {
		return err
	}
	first, err := firstNamedAction(t)
	if err != nil {
		return err
	}
	if len(trainees)+len(certs)+len(followUps) == 0 && first == 0 {
		return nil // a new or already sealed file: not a single write
	}
	if t.s == nil {
		return errors.New("升级需要数据密钥")
	}
	if err := bindLegacyHeadTx(t.Tx, t.s.k); err != nil {
		return err
	}
	want := func(kind, _ string) bool {
		return kind == string(training.KindTrainee) || kind == string(training.KindCertificate) || kind == string(training.KindFollowUp)
	}
	_, last, chainErr := t.walkAudit(want)
	var problem *AuditProblem
	if chainErr != nil && !errors.As(chainErr, &problem) {
		return chainErr
	}
	if chainErr == nil && first > 0 {
		if err := scrubActions(t, first); err != nil {
			return err
		}
	}
	if last == nil {
		last = lastAuditedUnchecked(t, want)
	}
	reseal := func(kind training.Kind, id string, fresh func(raw []byte) ([]byte, error)) error {
		b := t.records(kind)
		raw := b.Get([]byte(id))
		data, err := fresh(raw)
		if err != nil {
			return err
		}
		before, after := digest(raw), digest(data)
		audited := last.lastIs(string(kind), id, before)
		if err := b.Put([]byte(id), data); err != nil {
			return err
		}
		if !audited {
			return nil
		}
		return t.audit(actionSealPeople, string(kind), id, before, after)
	}
	for _, id := range trainees {
		err := reseal(training.KindTrainee, id, func(raw []byte) ([]byte, error) {
			var st storedTrainee
			if err := json.Unmarshal(raw, &st); err != nil {
				return nil, err
			}
			tr, err := st.open(t.s.k)
			if err != nil {
				return nil, err
			}
			return json.Marshal(t.s.k.storeTrainee(tr))
		})
		if err != nil {
			return err
		}
	}
	for _, id := range certs {
		err := reseal(training.KindCertificate, id, func(raw []byte) ([]byte, error) {
			var c training.Certificate
			if err := json.Unmarshal(raw, &c); err != nil {
				return nil, err
			}
			return json.Marshal(t.s.k.storeCertificate(c))
		})
		if err != nil {
			return err
		}
	}
	for _, id := range followUps {
		err := reseal(training.KindFollowUp, id, func(raw []byte) ([]byte, error) {
			var e outcome.Entry
			if err := json.Unmarshal(raw, &e); err != nil {
				return nil, err
			}
			return json.Marshal(t.s.k.storeFollowUp(e))
		})
		if err != nil {
			return err
		}
	}
	return t.Bucket(bMeta).Put(mCompactDue, []byte{1})
}

// legacyRecords lists the ids of kind k's records that old says are in the
// old form (ids first: a bucket is not written while a cursor walks it).
func legacyRecords(t *tx, k training.Kind, old func(raw []byte) bool) ([]string, error) {
	var ids []string
	b := t.records(k)
	if b == nil {
		return nil, nil
	}
	c := b.Cursor()
	for id, v := c.First(); id != nil; id, v = c.Next() {
		if old(v) {
			ids = append(ids, string(id))
		}
	}
	return ids, nil
}

// namedActions are audit actions that older versions wrote with a trainee's
// name after the colon; scrubbedAction gives them without it.
func scrubbedAction(action string) (string, bool) {
	switch {
	case strings.HasPrefix(action, "就业跟踪："):
		rest := strings.TrimPrefix(action, "就业跟踪：")
		if i := strings.LastIndex(rest, " "); i >= 0 {
			return "就业跟踪：" + rest[i+1:], true
		}
		return "就业跟踪", true
	case strings.HasPrefix(action, "导入照片："):
		return "导入照片", true
	}
	return action, false
}

// firstNamedAction is the seq of the first audit entry whose action names a
// trainee (0: none).
func firstNamedAction(t *tx) (uint64, error) {
	b := t.Bucket(bAudit)
	if b == nil {
		return 0, nil
	}
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var e struct {
			Seq    uint64 `json:"seq"`
			Action string `json:"action"`
		}
		if json.Unmarshal(v, &e) == nil {
			if _, named := scrubbedAction(e.Action); named {
				return e.Seq, nil
			}
		}
	}
	return 0, nil
}

// scrubActions rewrites the audit entries from seq first on: names taken
// out of actions, each entry chained to the rewritten one before it and
// MAC'd again, and the head moved to the new last MAC.
func scrubActions(t *tx, first uint64) error {
	b := t.Bucket(bAudit)
	prev := ""
	if first > 1 {
		var e AuditEntry
		if err := json.Unmarshal(b.Get(u64(first-1)), &e); err != nil {
			return err
		}
		prev = e.MAC
	}
	var seq uint64
	for seq = first; ; seq++ {
		raw := b.Get(u64(seq))
		if raw == nil {
			break
		}
		var e AuditEntry
		if err := json.Unmarshal(raw, &e); err != nil {
			return err
		}
		e.Action, _ = scrubbedAction(e.Action)
		e.Prev = prev
		e.MAC = t.s.k.auditMAC(e)
		data, err := json.Marshal(e)
		if err != nil {
			return err
		}
		if err := b.Put(u64(seq), data); err != nil {
			return err
		}
		prev = e.MAC
	}
	t.head, t.headDirty = &auditHead{Seq: seq - 1, MAC: prev}, true
	return t.flushHead()
}

// lastAuditedUnchecked is walkAudit's map of last content digests for a
// chain that does not verify (verify names that; re-sealing still needs to
// know which records were untouched).
func lastAuditedUnchecked(t *tx, want func(kind, id string) bool) auditDigests {
	last := auditDigests{}
	c := t.Bucket(bAudit).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var e AuditEntry
		if json.Unmarshal(v, &e) == nil && audited(e, want) {
			last.set(e.Kind, e.ID, e.After)
		}
	}
	return last
}
