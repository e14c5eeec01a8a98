// Package followup is bulk follow-up entry (就业跟踪) by spreadsheet: the
// template a clerk exports with the due list, reading it back with per-row
// errors, and saving it through the store's one operation — the preview is
// that same operation on the store's DryRun face. GUI and CLI share it.
package followup
