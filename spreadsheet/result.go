package spreadsheet

import "trainingdesk/training"

// Issue is one problem found in one cell. Row is the spreadsheet row number
// as the clerk sees it (header = 1), Column the header as written in the file.
type Issue struct {
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Message string `json:"message"`
}

// Row is one accepted roster line. Person.IDNumber is normalized and
// Sex/Birth/IDType are derived from the number.
type Row struct {
	Row      int
	Person   training.Person
	Category string
}

// Result is what an import found. Rows counts the non-blank data rows seen;
// a row with any error is left out of Valid.
type Result struct {
	Rows     int
	Valid    []Row
	Errors   []Issue
	Warnings []Issue
}
