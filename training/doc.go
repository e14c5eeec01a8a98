// Package training holds the records a training institution keeps about a
// subsidised class: the institution, classes, trainees' enrolments, lessons,
// attendance marks, assessment results and certificates.
//
// It is the centre of the program: every other package speaks these types.
// It imports only the standard library — never Fyne, never bbolt.
package training
