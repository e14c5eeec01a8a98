package roster

import (
	"context"
	"io"
	"sort"

	"trainingdesk/spreadsheet"
	"trainingdesk/store"
	"trainingdesk/training"
)

// Issue is one rejected row or warning: spreadsheet row number (header = 1,
// or the pasted line), the column at fault and what to do, in Chinese.
type Issue = spreadsheet.Issue

// Report is what an import did (or, in a dry run, would do). Errors merges
// the file's own problems with the store's refusals (already enrolled, …),
// sorted by row; JSON keys are the command-line contract's.
type Report struct {
	Rows     int     `json:"rows"`     // non-blank data rows read
	Valid    int     `json:"valid"`    // rows that pass every check
	Imported int     `json:"imported"` // rows saved (0 in a dry run)
	Errors   []Issue `json:"errors"`
	Warnings []Issue `json:"warnings"`
}

// Rejected counts rows that were (or would be) left out.
func (r Report) Rejected() int { return r.Rows - r.Valid }

// Read reads a roster file (.xlsx or .csv); progress may be nil and ctx
// cancels it. Nothing is saved.
func Read(ctx context.Context, r io.Reader, name string, progress func(done, total int)) (spreadsheet.Result, error) {
	return spreadsheet.ReadRoster(ctx, r, name, progress)
}

// Preview is the dry run: Save itself, on the store's DryRun face, so the
// rows it rejects are exactly the rows the import would reject (人员类别,
// 民族, 文化程度, already enrolled, …). Nothing is kept.
func Preview(s *store.Store, classID string, res spreadsheet.Result) (Report, error) {
	rep, _, err := Save(s.DryRun(), classID, res)
	rep.Imported = 0
	return rep, err
}

// Save enrols the valid rows in ONE transaction: either all of them are
// saved or, on a failure of the store, none. On a DryRun store it is the
// preview.
func Save(s *store.Store, classID string, res spreadsheet.Result) (Report, []training.Trainee, error) {
	saved, rejected, warnings, err := s.EnrolTrainees(classID, candidates(res))
	if err != nil {
		return Report{}, nil, err
	}
	return merge(res, len(saved), len(saved), rejected, warnings), saved, nil
}

func candidates(res spreadsheet.Result) []store.Candidate {
	out := make([]store.Candidate, 0, len(res.Valid))
	for _, r := range res.Valid {
		out = append(out, store.Candidate{Row: r.Row, Person: r.Person, Category: r.Category})
	}
	return out
}

func merge(res spreadsheet.Result, valid, imported int, rejected, warnings []store.Rejected) Report {
	rep := Report{Rows: res.Rows, Valid: valid, Imported: imported,
		Errors: append([]Issue{}, res.Errors...), Warnings: []Issue{}}
	for _, r := range rejected {
		column := r.Column
		if !r.Field.IsZero() {
			column = res.Column(r.Field) // the clerk's own header
		}
		rep.Errors = append(rep.Errors, Issue{Row: r.Row, Column: column, Message: r.Message})
	}
	for _, w := range warnings {
		rep.Warnings = append(rep.Warnings, Issue{Row: w.Row, Column: w.Column, Message: w.Message})
	}
	byRow := func(list []Issue) {
		sort.SliceStable(list, func(i, j int) bool { return list[i].Row < list[j].Row })
	}
	byRow(rep.Errors)
	byRow(rep.Warnings)
	return rep
}
