package main

import (
	"os"

	"golang.org/x/sys/windows"
)

// attachConsole lets the command line answer in cmd.exe or PowerShell. The
// .exe is built as a GUI program (no black window behind the app when a
// clerk double-clicks it), so Windows gives it no console; when it was
// started from one and its output is not redirected, it borrows the parent's.
func attachConsole() {
	if h, err := windows.GetStdHandle(windows.STD_OUTPUT_HANDLE); err == nil && h != 0 && h != windows.InvalidHandle {
		return // redirected to a file or pipe: keep it
	}
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS (-1)
	if r, _, _ := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole").Call(attachParentProcess); r == 0 {
		return // started from Explorer: no console to borrow
	}
	if out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = out, out
	}
}
