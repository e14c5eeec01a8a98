package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"

	"trainingdesk/errs"
	"trainingdesk/outcome"
	"trainingdesk/training"
)

// ScanFile is a scanned proof to attach to evidence item Item of an entry.
type ScanFile struct {
	Item int // index into Entry.Evidence
	Name string
	Data []byte
}

// RecordFollowUp saves one follow-up contact with a trainee who completed a
// class, with any scanned proofs sealed like identity numbers, in one
// transaction (record, index, scans, audit, outbox).
func (s *Store) RecordFollowUp(e outcome.Entry, scans []ScanFile) (outcome.Entry, error) {
	err := s.update(func(t *tx) error {
		var err error
		e, err = t.recordFollowUp(e, scans)
		return err
	})
	return e, err
}

func (t *tx) recordFollowUp(e outcome.Entry, scans []ScanFile) (outcome.Entry, error) {
	tr, err := t.trainee(e.TraineeID)
	if err != nil {
		return e, errs.E(errs.NotFound, outcome.FieldTrainee, "找不到该学员")
	}
	if tr.Withdrawn != nil {
		return e, errs.E(errs.Conflict, outcome.FieldTrainee, tr.Name()+" 已退学，不做就业跟踪")
	}
	var class training.Class
	if ok, err := t.get(training.KindClass, tr.ClassID, &class); err != nil || !ok {
		return e, orNotFound(err)
	}
	e.ClassID = tr.ClassID
	for _, sc := range scans {
		if sc.Item < 0 || sc.Item >= len(e.Evidence) {
			return e, errs.E(errs.Invalid, outcome.FieldScan, "扫描件没有对应的证明材料")
		}
		if len(sc.Data) > outcome.MaxScanBytes {
			return e, errs.Errorf(errs.Limit, outcome.FieldScan, "扫描件最大 %d MB（%s）", outcome.MaxScanBytes>>20, sc.Name)
		}
		sum := sha256.Sum256(sc.Data)
		e.Evidence[sc.Item].Scan = &outcome.Scan{Name: sc.Name, Size: int64(len(sc.Data)), SHA256: hex.EncodeToString(sum[:])}
	}
	if err := outcome.Check(&e, class, t.now); err != nil {
		return e, err
	}
	existing, err := t.followUps(tr.ID)
	if err != nil {
		return e, err
	}
	if err := sameContact(existing, e); err != nil {
		return e, err
	}
	e.ID, e.Version, e.UpdatedAt = training.NewID(), 1, t.now
	for _, sc := range scans {
		key := e.ID + "|" + strconv.Itoa(sc.Item)
		if err := t.index(ixEvidenceScans).Put([]byte(key), t.s.k.seal(sc.Data, key)); err != nil {
			return e, err
		}
	}
	if err := t.index(ixFollowUps).Put([]byte(tr.ID+"|"+e.ID), nil); err != nil {
		return e, err
	}
	return e, t.put("就业跟踪："+e.Status.Label(), training.KindFollowUp, e.ID, e.Version, e)
}

// FollowUps lists a trainee's follow-up entries, oldest first.
func (s *Store) FollowUps(traineeID string) ([]outcome.Entry, error) {
	var out []outcome.Entry
	err := s.view(func(t *tx) error {
		var err error
		out, err = t.followUps(traineeID)
		return err
	})
	return out, err
}

func (t *tx) followUps(traineeID string) ([]outcome.Entry, error) {
	var out []outcome.Entry
	prefix := []byte(traineeID + "|")
	c := t.index(ixFollowUps).Cursor()
	for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
		var e outcome.Entry
		if ok, err := t.get(training.KindFollowUp, string(k[len(prefix):]), &e); err != nil {
			return nil, err
		} else if ok {
			out = append(out, e)
		}
	}
	return out, nil
}

// ClassFollowUps maps each trainee of a class to its follow-up entries.
func (s *Store) ClassFollowUps(classID string) (map[string][]outcome.Entry, error) {
	out := map[string][]outcome.Entry{}
	err := s.view(func(t *tx) error {
		roster, err := t.classTrainees(classID)
		if err != nil {
			return err
		}
		for _, tr := range roster {
			if out[tr.ID], err = t.followUps(tr.ID); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// EvidenceScan returns the decrypted scan of evidence item of an entry; the
// opening is audited, as it shows a person's papers.
func (s *Store) EvidenceScan(entryID string, item int) (outcome.Scan, []byte, error) {
	var sc outcome.Scan
	var data []byte
	err := s.update(func(t *tx) error {
		var e outcome.Entry
		if ok, err := t.get(training.KindFollowUp, entryID, &e); err != nil || !ok {
			return orNotFound(err)
		}
		if item < 0 || item >= len(e.Evidence) || e.Evidence[item].Scan == nil {
			return errs.E(errs.NotFound, outcome.FieldScan, "这项证明材料没有扫描件")
		}
		sc = *e.Evidence[item].Scan
		key := entryID + "|" + strconv.Itoa(item)
		sealed := t.index(ixEvidenceScans).Get([]byte(key))
		plain, err := t.s.k.open(sealed, key)
		if err != nil {
			return errs.E(errs.Corrupt, outcome.FieldScan, "扫描件无法解密（密钥不符或数据被改动）")
		}
		data = plain
		return t.note("查看证明扫描件", string(training.KindFollowUp), entryID, sc.SHA256[:24])
	})
	return sc, data, err
}

func (t *tx) hasFollowUps(traineeID string) bool {
	k, _ := t.index(ixFollowUps).Cursor().Seek([]byte(traineeID + "|"))
	return k != nil && hasPrefix(k, []byte(traineeID+"|"))
}

// RevealPhone returns a trainee's phone number for a follow-up call and
// writes who looked into the audit log: screens show it masked until asked.
func (s *Store) RevealPhone(traineeID string) (string, error) {
	var phone string
	err := s.update(func(t *tx) error {
		tr, err := t.trainee(traineeID)
		if err != nil {
			return err
		}
		phone = tr.Person.Phone
		return t.note("查看电话号码（就业跟踪）", string(training.KindTrainee), traineeID, "")
	})
	return phone, err
}
