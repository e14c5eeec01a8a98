package store

import (
	"errors"

	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/outcome"
	"trainingdesk/training"
)

// FollowUpCandidate is one row of a follow-up file: the trainee by record
// id (the template's 学员编号) or by identity number, and the entry.
type FollowUpCandidate struct {
	Row       int
	TraineeID string
	IDNumber  string
	Entry     outcome.Entry
}

// RecordFollowUps saves many follow-up entries of one class in ONE
// transaction: the valid ones are saved, the others come back as Rejected
// with their row and the column (field label) at fault. On a DryRun store it
// is the preview.
func (s *Store) RecordFollowUps(classID string, cands []FollowUpCandidate) (saved []outcome.Entry, rejected []Rejected, err error) {
	err = s.update(func(t *tx) error {
		saved, rejected = nil, nil
		for _, c := range cands {
			e, err := t.recordCandidate(classID, c)
			var ee *errs.Error
			if errors.As(err, &ee) && ee.Kind != errs.Internal && ee.Kind != errs.Corrupt {
				rejected = append(rejected, Rejected{Row: c.Row, Column: ee.Field.Label(), Message: errs.Message(err)})
				continue
			}
			if err != nil {
				return err
			}
			saved = append(saved, e)
		}
		return nil
	})
	return saved, rejected, err
}

func (t *tx) recordCandidate(classID string, c FollowUpCandidate) (outcome.Entry, error) {
	id := c.TraineeID
	if id != "" {
		tr, err := t.trainee(id)
		if err != nil || tr.ClassID != classID {
			return c.Entry, errs.E(errs.NotFound, outcome.FieldTrainee, "学员编号“"+id+"”不在本班名单中：请用本班导出的跟踪表")
		}
	} else {
		n, err := identity.Parse(c.IDNumber)
		if err != nil {
			return c.Entry, errs.E(errs.Invalid, FieldIDNumber, errs.Message(err))
		}
		if id = t.traineeInClass(classID, n.Value); id == "" {
			return c.Entry, errs.E(errs.NotFound, FieldIDNumber, identity.Mask(n.Value)+" 不在本班名单中")
		}
	}
	c.Entry.TraineeID = id
	return t.recordFollowUp(c.Entry, nil)
}

// FieldIDNumber is the identity-number column of a follow-up file.
var FieldIDNumber = training.FieldIDNumber

// traineeInClass finds a class's enrolment by identity number ("" if none).
func (t *tx) traineeInClass(classID, idNumber string) string {
	h := t.s.k.indexOf(idNumber)
	c := t.index(ixPerson).Cursor()
	for k, v := c.Seek(h); k != nil && hasPrefix(k, h); k, v = c.Next() {
		if string(v) == classID {
			return string(k[len(h):])
		}
	}
	return ""
}

// sameContact refuses a second entry of the same trainee, day and status
// (a file imported twice).
func sameContact(existing []outcome.Entry, e outcome.Entry) error {
	for _, x := range existing {
		if training.Day(x.Date).Equal(training.Day(e.Date)) && x.Status == e.Status {
			return errs.E(errs.Exists, outcome.FieldDate, "该学员 "+e.Date.Format(training.DateLayout)+" 已有一条“"+e.Status.Label()+"”跟踪记录（表格是否导入过两次？）")
		}
	}
	return nil
}
