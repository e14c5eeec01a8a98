package sheets

import (
	"fmt"
	"time"

	"trainingdesk/printing"
	"trainingdesk/store"
	"trainingdesk/training"
)

// Outcomes is the one-page 培训成效报告 of a class or a year as of on; the
// year report carries the class-by-class table.
func Outcomes(s *store.Store, sel store.ScoreSelect, on time.Time) (printing.OutcomeData, error) {
	inst, _, err := s.Institution()
	if err != nil {
		return printing.OutcomeData{}, err
	}
	rep, err := s.Scorecard(sel, on)
	if err != nil {
		return printing.OutcomeData{}, err
	}
	d := printing.OutcomeData{Institution: inst.Name, Total: rep.Total}
	if sel.ClassID != "" {
		if len(rep.Classes) == 1 {
			c := rep.Classes[0].Class
			d.Title = c.Code + " " + c.Name
		}
		return d, nil
	}
	d.Title = fmt.Sprintf("%d 年结业的%s班级", sel.Year, sel.Type)
	for _, cs := range rep.Classes {
		d.Classes = append(d.Classes, printing.OutcomeClass{Code: cs.Class.Code, Name: cs.Class.Name, Type: cs.Class.Type,
			End: cs.Class.End.Format(training.DateLayout), Score: cs.Score})
	}
	return d, nil
}
