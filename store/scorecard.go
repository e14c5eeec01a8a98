package store

import (
	"sort"
	"time"

	"trainingdesk/outcome"
	"trainingdesk/training"
)

// ScoreSelect chooses the classes of a scorecard: one class, or the classes
// that ended in a year (optionally of one training type).
type ScoreSelect struct {
	ClassID string
	Year    int
	Type    string
}

// ClassScore is one class's scorecard.
type ClassScore struct {
	Class training.Class
	Score outcome.Scorecard
}

// ScoreReport is the scorecard of the selection and of each class in it.
type ScoreReport struct {
	Classes []ClassScore // by end date
	Total   outcome.Scorecard
	Targets outcome.Targets
}

// Scorecard computes the outcome figures as of on, read in one transaction
// so that every figure agrees with the others.
func (s *Store) Scorecard(sel ScoreSelect, on time.Time) (ScoreReport, error) {
	settings, err := s.Settings()
	if err != nil {
		return ScoreReport{}, err
	}
	rep := ScoreReport{Targets: settings.Outcomes.Targets}
	err = s.view(func(t *tx) error {
		classes, err := t.selectClasses(sel)
		if err != nil {
			return err
		}
		var all []outcome.ClassFacts
		for _, c := range classes {
			cf, err := t.classFacts(c.ID, settings)
			if err != nil {
				return err
			}
			all = append(all, cf)
			rep.Classes = append(rep.Classes, ClassScore{Class: cf.Class, Score: outcome.Score([]outcome.ClassFacts{cf}, on, settings.Outcomes)})
		}
		rep.Total = outcome.Score(all, on, settings.Outcomes)
		return nil
	})
	return rep, err
}

func (t *tx) selectClasses(sel ScoreSelect) ([]training.Class, error) {
	var out []training.Class
	if sel.ClassID != "" {
		var c training.Class
		if ok, err := t.get(training.KindClass, sel.ClassID, &c); err != nil || !ok {
			return nil, orNotFound(err)
		}
		return append(out, c), nil
	}
	err := t.each(training.KindClass, "", func(raw []byte) error {
		var c training.Class
		if err := jsonUnmarshal(raw, &c); err != nil {
			return err
		}
		if c.End.Year() == sel.Year && (sel.Type == "" || c.Type == sel.Type) {
			out = append(out, c)
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].End.Equal(out[j].End) {
			return out[i].End.Before(out[j].End)
		}
		return out[i].Code < out[j].Code
	})
	return out, err
}

// classFacts gathers what the scorecard needs of a class.
func (t *tx) classFacts(classID string, settings Settings) (outcome.ClassFacts, error) {
	rep, err := t.classReport(classID, settings.Rules())
	if err != nil {
		return outcome.ClassFacts{}, err
	}
	cf := outcome.ClassFacts{Class: rep.Class}
	for _, line := range rep.Trainees {
		tf := outcome.TraineeFacts{
			Withdrawn:     line.Trainee.Withdrawn != nil,
			Passed:        line.Result != nil && line.Result.Passed(),
			Certified:     line.Certificate != nil && line.Certificate.Status != training.CertRevoked,
			AttendedHours: line.Summary.AttendedHours,
		}
		if tf.Entries, err = t.followUps(line.Trainee.ID); err != nil {
			return cf, err
		}
		cf.Trainees = append(cf.Trainees, tf)
	}
	return cf, nil
}

// DueCall is a trainee a clerk should call about a checkpoint.
type DueCall struct {
	Class      training.Class
	Trainee    training.Trainee
	Checkpoint outcome.Checkpoint
	Overdue    bool // its due date has passed
}

// FollowUpsDue lists the calls due or overdue by the end of the week of
// today (Sunday), earliest due first: every completed trainee of every
// ended class, at each checkpoint not yet answered and still open.
func (s *Store) FollowUpsDue(today time.Time) ([]DueCall, error) {
	settings, err := s.Settings()
	if err != nil {
		return nil, err
	}
	today = training.Day(today)
	horizon := outcome.WeekEnd(today)
	var out []DueCall
	err = s.view(func(t *tx) error {
		return t.each(training.KindClass, "", func(raw []byte) error {
			var c training.Class
			if err := jsonUnmarshal(raw, &c); err != nil {
				return err
			}
			if c.End.IsZero() || !training.Day(c.End).Before(today) {
				return nil
			}
			roster, err := t.classTrainees(c.ID)
			if err != nil {
				return err
			}
			for _, tr := range roster {
				if tr.Withdrawn != nil {
					continue
				}
				entries, err := t.followUps(tr.ID)
				if err != nil {
					return err
				}
				for _, cp := range outcome.DueBy(c, entries, settings.Outcomes, today, horizon) {
					out = append(out, DueCall{Class: c, Trainee: tr, Checkpoint: cp, Overdue: cp.Due.Before(today)})
				}
			}
			return nil
		})
	})
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if !a.Checkpoint.Due.Equal(b.Checkpoint.Due) {
			return a.Checkpoint.Due.Before(b.Checkpoint.Due)
		}
		if a.Class.Code != b.Class.Code {
			return a.Class.Code < b.Class.Code
		}
		return a.Trainee.ID < b.Trainee.ID
	})
	return out, err
}
