// Package spreadsheet imports trainee rosters from the spreadsheets clerks
// already keep (.xlsx, .csv, text pasted from Excel/WPS) and exports the
// class roster (花名册) and a blank import template.
//
// Import is strict where Excel silently damages data: an identity number
// Excel has turned into a number has lost its last digits, so the row is
// rejected with instructions instead of guessed at. Everything else that is
// merely untidy (full-width digits, stray spaces, header variants, column
// order) is accepted.
package spreadsheet
