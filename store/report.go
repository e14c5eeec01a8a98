package store

import (
	"time"

	"trainingdesk/attendance"
	"trainingdesk/eligibility"
	"trainingdesk/training"
)

// TraineeReport is one line of a class report.
type TraineeReport struct {
	Trainee     training.Trainee
	Summary     attendance.TraineeSummary
	Result      *training.Result
	ResultLabel string
	Verdict     eligibility.Verdict
	Certificate *training.Certificate
	AtRisk      bool // attendance.AtRisk on the report's day: what every face flags
}

// ClassReport is attendance, results and eligibility for a whole class,
// read in one transaction so the numbers agree with each other.
type ClassReport struct {
	Class       training.Class
	Lessons     []training.Lesson
	Trainees    []TraineeReport
	AverageRate float64
	Rules       attendance.Rules
	TotalWarn   string               // the timetable's 学时 disagree with the class's
	Today       time.Time            // the store's clock when the report was read
	Status      training.ClassStatus // the class on Today
	AtRisk      int                  // trainees flagged by attendance.AtRisk
}

// ClassReport builds the report the 考勤 and 结业 screens and `report class` show.
func (s *Store) ClassReport(classID string) (ClassReport, error) {
	settings, err := s.Settings()
	if err != nil {
		return ClassReport{}, err
	}
	var rep ClassReport
	err = s.view(func(t *tx) error {
		rep, err = t.classReport(classID, settings.Rules())
		return err
	})
	return rep, err
}

// classReport reads everything the report needs inside one transaction, so
// issuing certificates can decide eligibility in the same transaction that
// numbers them.
func (t *tx) classReport(classID string, rules attendance.Rules) (ClassReport, error) {
	rep := ClassReport{Rules: rules}
	if ok, err := t.get(training.KindClass, classID, &rep.Class); err != nil || !ok {
		return rep, orNotFound(err)
	}
	roster, err := t.classTrainees(classID)
	if err != nil {
		return rep, err
	}
	if rep.Lessons, err = t.classLessons(classID); err != nil {
		return rep, err
	}
	marks, err := t.classMarks(classID)
	if err != nil {
		return rep, err
	}
	ids := make([]string, len(roster))
	for i, tr := range roster {
		ids[i] = tr.ID
	}
	rep.Today = t.now
	rep.Status = rep.Class.StatusOn(t.now)
	sums := attendance.SummarizeAt(t.now, rep.Class.Hours, rep.Lessons, marks, ids, rep.Rules)
	rep.AverageRate = attendance.AverageRate(sums)
	rep.TotalWarn = attendance.CheckTotal(rep.Class.Hours, rep.Lessons)
	for i, tr := range roster {
		line := TraineeReport{Trainee: tr, Summary: sums[i], AtRisk: attendance.AtRisk(sums[i], rep.Status, rep.Rules)}
		if line.AtRisk {
			rep.AtRisk++
		}
		var r training.Result
		if ok, err := t.get(training.KindResult, tr.ID, &r); err != nil {
			return rep, err
		} else if ok {
			line.Result = &r
		}
		line.ResultLabel = eligibility.ResultLabel(line.Result)
		line.Verdict = eligibility.Check(sums[i].Rate, rep.Rules, line.Result)
		if w := tr.Withdrawn; w != nil {
			line.Verdict = eligibility.Verdict{Reasons: []string{"已于 " + w.Date.Format(training.DateLayout) + " 退学"}}
		}
		if num := t.index(ixTraineeCert).Get([]byte(tr.ID)); num != nil {
			var c training.Certificate
			if ok, _ := t.get(training.KindCertificate, string(num), &c); ok {
				line.Certificate = &c
			}
		}
		rep.Trainees = append(rep.Trainees, line)
	}
	return rep, nil
}
