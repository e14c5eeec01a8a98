package followup

import (
	"sort"

	"trainingdesk/store"
)

// Report is what an import did (or, in a dry run, would do), in the shape of
// `import trainees`: rows with an answer, valid, imported, errors by row.
type Report struct {
	Rows     int     `json:"rows"`
	Valid    int     `json:"valid"`
	Imported int     `json:"imported"`
	Errors   []Issue `json:"errors"`
	Warnings []Issue `json:"warnings"`
}

// Preview is the dry run: Save itself on the store's DryRun face, so what it
// refuses is exactly what the import would refuse. Nothing is kept.
func Preview(s *store.Store, classID string, sh Sheet) (Report, error) {
	rep, err := Save(s.DryRun(), classID, sh)
	rep.Imported = 0
	return rep, err
}

// Save records the valid rows in ONE transaction. On a DryRun store it is
// the preview.
func Save(s *store.Store, classID string, sh Sheet) (Report, error) {
	saved, rejected, err := s.RecordFollowUps(classID, sh.Candidates)
	if err != nil {
		return Report{}, err
	}
	rep := Report{Rows: sh.Rows, Valid: len(saved), Imported: len(saved), Errors: append([]Issue{}, sh.Errors...), Warnings: []Issue{}}
	for _, r := range rejected {
		rep.Errors = append(rep.Errors, Issue{Row: r.Row, Column: r.Column, Message: r.Message})
	}
	sort.SliceStable(rep.Errors, func(i, j int) bool { return rep.Errors[i].Row < rep.Errors[j].Row })
	return rep, nil
}
