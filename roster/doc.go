// Package roster holds the class-roster operations the desktop app and the
// command line share, so both give the same answer: importing a spreadsheet
// (read → check → enrol in one transaction), exporting the 花名册, and
// finding trainees across classes.
package roster
