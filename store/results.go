package store

import (
	"strings"

	"trainingdesk/eligibility"
	"trainingdesk/errs"
	"trainingdesk/training"
)

// SetResult records assessment scores. What they are is eligibility.Sitting:
// with a reason, a correction of the latest attempt (a mistyped score; the
// reason is kept on the attempt and in the audit log); without one, a 补考
// when the latest attempt failed (both attempts kept); a passing result is
// never changed without a reason. Once a certificate is issued the result
// stands.
func (s *Store) SetResult(traineeID string, theory, practice *float64, reason ...string) (training.Result, error) {
	why := strings.TrimSpace(strings.Join(reason, ""))
	settings, err := s.Settings()
	if err != nil {
		return training.Result{}, err
	}
	var r training.Result
	err = s.update(func(t *tx) error {
		tr, err := t.trainee(traineeID)
		if err != nil {
			return err
		}
		if t.index(ixTraineeCert).Get([]byte(traineeID)) != nil {
			return errs.Errorf(errs.Conflict, eligibility.FieldResult, "%s 已发证书，成绩不能再修改（如需更正请先撤销证书）", tr.Name())
		}
		var class training.Class
		if _, err := t.get(training.KindClass, tr.ClassID, &class); err != nil {
			return err
		}
		attempt, err := eligibility.Grade(theory, practice, settings.AssessmentFor(class), t.now)
		if err != nil {
			return err
		}
		if _, err := t.get(training.KindResult, traineeID, &r); err != nil {
			return err
		}
		sitting, err := eligibility.Sitting(r, why)
		if err != nil {
			return errs.E(tr.Name()+"："+errs.Message(err), err)
		}
		r.ID, r.ClassID, r.TraineeID = traineeID, tr.ClassID, traineeID
		action := "录入考核成绩"
		switch sitting {
		case eligibility.SittingCorrection:
			attempt.Correction = why
			r.Attempts[len(r.Attempts)-1] = attempt
			action = "更正考核成绩：" + why
		case eligibility.SittingResit:
			r.Attempts = append(r.Attempts, attempt)
			action = "录入补考成绩"
		default:
			r.Attempts = append(r.Attempts, attempt)
		}
		if err := eligibility.KeepsSkillCert(r); err != nil {
			return err
		}
		r.Version++
		r.UpdatedAt = t.now
		return t.put(action, training.KindResult, traineeID, r.Version, r)
	})
	return r, err
}

// Results maps trainee id → result for a class.
func (s *Store) Results(classID string) (map[string]training.Result, error) {
	out := map[string]training.Result{}
	err := s.view(func(t *tx) error {
		roster, err := t.classTrainees(classID)
		if err != nil {
			return err
		}
		for _, tr := range roster {
			var r training.Result
			if ok, err := t.get(training.KindResult, tr.ID, &r); err != nil {
				return err
			} else if ok {
				out[tr.ID] = r
			}
		}
		return nil
	})
	return out, err
}
