package app

// Imported here, by the package that brings in Fyne, so that every binary
// with the GUI (the program and the UI tests) starts without Fyne's "Error
// parsing user locale C" lines on C.UTF-8; see its doc comment.
import _ "early.local/fynelocale"
