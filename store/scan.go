package store

import (
	"strings"
	"time"

	"trainingdesk/attendance"
	"trainingdesk/errs"
	"trainingdesk/training"
)

// BadgePrefix starts every badge code: short, and no identity number in it.
const BadgePrefix = "TD1:"

// BadgeCode is what a trainee's badge QR carries.
func BadgeCode(traineeID string) string { return BadgePrefix + traineeID }

// ScanResult tells the lesson screen what a scan did.
type ScanResult struct {
	Trainee training.Trainee
	Mark    training.Mark
	SignOut bool // false: this scan signed in; true: signed out
	Repeat  bool // scanned again within the double-scan window: nothing changed
}

// Scan records a badge scan at a lesson: the first scan signs in, the next
// signs out (a later one moves the sign-out). A scan repeating the last one
// within the double-scan window (设置, default 60 s) counts once: it never
// signs the trainee out. The status follows from the times (attendance.Decide).
func (s *Store) Scan(lessonID, code string, at time.Time) (ScanResult, error) {
	var res ScanResult
	code = strings.TrimSpace(code)
	if !strings.HasPrefix(code, BadgePrefix) {
		return res, errs.Errorf(errs.Invalid, attendance.FieldBadge, "无法识别的条码“%s”，请扫描本系统打印的学员胸卡", code)
	}
	traineeID := strings.TrimPrefix(code, BadgePrefix)
	err := s.update(func(t *tx) error {
		var l training.Lesson
		if ok, err := t.get(training.KindLesson, lessonID, &l); err != nil || !ok {
			return orNotFound(err)
		}
		tr, err := t.trainee(traineeID)
		if err != nil || tr.ClassID != l.ClassID {
			return errs.Errorf(errs.NotFound, attendance.FieldBadge, "该胸卡的学员不在本班名单中")
		}
		st, err := t.settings()
		if err != nil {
			return err
		}
		var m training.Mark
		_, _ = t.get(training.KindAttendance, training.MarkID(l.ID, tr.ID), &m)
		res.Trainee = tr
		if m.Source != SourceScan {
			// A hand-made mark (全部出勤 fills in the lesson's own times) or a
			// terminal record is no scan yet: the first scan signs in.
			m.SignIn, m.SignOut = time.Time{}, time.Time{}
		}
		last := m.SignIn
		if m.SignOut.After(last) {
			last = m.SignOut
		}
		if attendance.Repeat(last, at, st.Rules()) {
			res.Mark, res.Repeat, res.SignOut = m, true, !m.SignOut.IsZero()
			return nil
		}
		in := MarkInput{TraineeID: tr.ID, Source: SourceScan, SignIn: m.SignIn, SignOut: m.SignOut}
		if in.SignIn.IsZero() {
			in.SignIn = at
		} else {
			in.SignOut = at
			res.SignOut = true
		}
		if err := t.mark(l, in, ""); err != nil {
			return err
		}
		_, err = t.get(training.KindAttendance, training.MarkID(l.ID, tr.ID), &res.Mark)
		return err
	})
	return res, err
}
