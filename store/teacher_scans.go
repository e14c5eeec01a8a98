package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/training"
)

// MaxScanBytes bounds a qualification scan (a phone photo or a PDF page).
const MaxScanBytes = 10 << 20

// FieldScan is the scan file a message is about.
var FieldScan = errs.NewField("scan", "扫描件", "Scan")

func scanKey(teacherID string, n int) string { return fmt.Sprintf("qual/%s/%d", teacherID, n) }

// keepScans carries each scan over to the same qualification after an edit
// (the form rewrites the list from text; an unchanged line keeps its scan).
func keepScans(tc *training.Teacher, old training.Teacher) {
	for i := range tc.Qualifications {
		q := &tc.Qualifications[i]
		for _, o := range old.Qualifications {
			if q.ScanID == "" && o.ScanID != "" && o.Type == q.Type && o.Level == q.Level && o.Text == q.Text && o.Number == q.Number {
				q.ScanID = o.ScanID
			}
		}
	}
}

// AttachQualificationScan stores the scan of a teacher's n-th (0-based)
// qualification, sealed like identity numbers, and records it on the
// teacher (one transaction, audited).
func (s *Store) AttachQualificationScan(teacherID string, n int, data []byte) (training.Teacher, error) {
	var tc training.Teacher
	if len(data) == 0 || len(data) > MaxScanBytes {
		return tc, errs.E(errs.Limit, FieldScan, fmt.Sprintf("扫描件须为 1 字节到 %d MB", MaxScanBytes>>20))
	}
	err := s.update(func(t *tx) error {
		var err error
		if tc, err = t.teacher(teacherID); err != nil {
			return err
		}
		if n < 0 || n >= len(tc.Qualifications) {
			return errs.E(errs.Invalid, training.FieldTeacherQualType, fmt.Sprintf("%s 没有第 %d 项资质（共 %d 项）", tc.Name, n+1, len(tc.Qualifications)))
		}
		key := scanKey(tc.ID, n)
		if err := t.index(ixFiles).Put([]byte(key), t.s.k.seal(data, key)); err != nil {
			return err
		}
		tc.Qualifications[n].ScanID = key
		tc.Version++
		tc.UpdatedAt = t.now
		return t.putTeacher("附资质扫描件："+tc.Name+" "+tc.Qualifications[n].Label(), tc)
	})
	return tc, err
}

// QualificationScan opens the scan of a teacher's n-th qualification (nil
// when none); every opening is noted in the audit log.
func (s *Store) QualificationScan(teacherID string, n int) ([]byte, error) {
	var out []byte
	err := s.update(func(t *tx) error {
		tc, err := t.teacher(teacherID)
		if err != nil {
			return err
		}
		if n < 0 || n >= len(tc.Qualifications) || tc.Qualifications[n].ScanID == "" {
			return nil
		}
		key := tc.Qualifications[n].ScanID
		sealed := t.index(ixFiles).Get([]byte(key))
		if sealed == nil {
			return nil
		}
		if out, err = t.s.k.open(sealed, key); err != nil {
			return errs.E(errs.Corrupt, FieldScan, "扫描件无法解密（密钥不符或数据被改动）")
		}
		sum := sha256.Sum256(out)
		return t.note("查看资质扫描件："+tc.Name, string(training.KindTeacher), tc.ID, hex.EncodeToString(sum[:12]))
	})
	return out, err
}

// TeacherByIDNumber finds a registered teacher by identity number.
func (s *Store) TeacherByIDNumber(idNumber string) (training.Teacher, error) {
	var tc training.Teacher
	err := s.view(func(t *tx) error {
		id := t.index(ixTeacherPerson).Get(t.s.k.indexOf(identity.Normalize(idNumber)))
		if id == nil {
			return errs.E(errs.NotFound, training.FieldTeacherID, "师资库中没有这个身份证号的教师：请先用 teachers add 登记")
		}
		var err error
		tc, err = t.teacher(string(id))
		return err
	})
	return tc, err
}
