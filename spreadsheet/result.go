package spreadsheet

import (
	"trainingdesk/errs"
	"trainingdesk/training"
)

// Issue is one problem found in one cell. Row is the spreadsheet row number
// as the clerk sees it (header = 1), Column the header as written in the file.
type Issue struct {
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Message string `json:"message"`
}

// Row is one roster line as read: cells trimmed and folded to half-width,
// not yet judged (enrolment.Check normalizes and checks the person).
type Row struct {
	Row      int
	Person   training.Person
	Category string
}

// Result is what reading found. Rows counts the non-blank data rows seen;
// a row the file itself refuses (Errors) is left out of Valid.
type Result struct {
	Rows   int
	Valid  []Row
	Errors []Issue
	// Columns is the header as written for each field the file has, so a
	// refusal by the rules (enrolment.Check, the store) names the column
	// the clerk sees.
	Columns map[errs.Field]string
}

// Column is the header the file uses for field, or the field's label.
func (r Result) Column(f errs.Field) string {
	if c, ok := r.Columns[f]; ok {
		return c
	}
	return f.Label()
}
