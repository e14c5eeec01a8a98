package store

import (
	"trainingdesk/outcome"
	"trainingdesk/training"
)

// WithdrawTrainee records that a trainee left the class (退学) on w.Date for
// w.Reason. The enrolment, its attendance and results stay; the trainee now
// counts as enrolled but not completed and gets no certificate. The new
// version of the trainee goes to the bureau.
func (s *Store) WithdrawTrainee(traineeID string, w training.Withdrawal) (training.Trainee, error) {
	var tr training.Trainee
	err := s.update(func(t *tx) error {
		var err error
		if tr, err = t.trainee(traineeID); err != nil {
			return err
		}
		var class training.Class
		if ok, err := t.get(training.KindClass, tr.ClassID, &class); err != nil || !ok {
			return orNotFound(err)
		}
		certified := t.index(ixTraineeCert).Get([]byte(tr.ID)) != nil
		if err := outcome.CheckWithdrawal(tr, class, &w, certified, t.now); err != nil {
			return err
		}
		tr.Withdrawn = &w
		tr.Version, tr.UpdatedAt = tr.Version+1, t.now
		return t.putTrainee("学员退学："+w.Reason, tr)
	})
	return tr, err
}
