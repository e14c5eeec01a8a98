package store

import (
	"trainingdesk/eligibility"
	"trainingdesk/training"
)

// SetResult records assessment scores. When the latest attempt failed, the
// new scores are a re-sit (补考) and both attempts are kept; otherwise they
// correct the latest attempt. Once a certificate is issued the result stands.
func (s *Store) SetResult(traineeID string, theory, practice *float64) (training.Result, error) {
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
			return training.Invalid("考核成绩", "%s 已发证书，成绩不能再修改（如需更正请先撤销证书）", tr.Name())
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
		r.ID, r.ClassID, r.TraineeID = traineeID, tr.ClassID, traineeID
		if n := len(r.Attempts); n > 0 && r.Attempts[n-1].Passed {
			r.Attempts[n-1] = attempt
		} else {
			r.Attempts = append(r.Attempts, attempt)
		}
		r.Version++
		r.UpdatedAt = t.now
		action := "录入考核成绩"
		if len(r.Attempts) > 1 {
			action = "录入补考成绩"
		}
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
