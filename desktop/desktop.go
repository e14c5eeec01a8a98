// Package desktop hands files to the operating system: it opens a PDF or a
// folder in the program the system chooses, and sends a PDF to the printer
// (the PDF handler's print verb on Windows, lp on Linux, lpr on macOS). Its
// errors are Chinese and say what to do next; the raw error of a missing
// program (exec: "xdg-open": executable file not found) stays inside them,
// for logs only.
package desktop

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"trainingdesk/errs"
)

// Outcome is what PrintOrOpen managed to do.
type Outcome int

const (
	Printed Outcome = iota // sent to the printer
	Opened                 // no printer path: opened for the clerk to print
	Saved                  // neither: the file is only saved
)

// Open shows a file (or a folder) in the system's program for it.
func Open(path string) error {
	if err := openPath(path); err != nil {
		return errs.E(errs.Unavailable, errs.Op("desktop.Open"),
			fmt.Sprintf("系统中没有能打开此文件的程序。文件已保存在 %s，请在文件夹中双击打开。", path), err)
	}
	return nil
}

// Print sends a PDF to the default printer.
func Print(path string) error {
	if err := printPath(path); err != nil {
		return errs.E(errs.Unavailable, errs.Op("desktop.Print"),
			"没有找到可用的打印机（或系统中没有能打印 PDF 的程序）。请在 PDF 阅读器中打印，或先在系统设置中添加打印机。", err)
	}
	return nil
}

// PrintOrOpen prints; where no printer path exists it opens the PDF so the
// clerk can print from the reader. The message says, in Chinese, what
// happened and where the file is.
func PrintOrOpen(path string) (Outcome, string) {
	if Print(path) == nil {
		return Printed, fmt.Sprintf("已发送到打印机。\n文件保存在 %s", path)
	}
	if Open(path) == nil {
		return Opened, fmt.Sprintf("没有找到可用的打印机，已在 PDF 阅读器中打开，请在阅读器中打印（Ctrl+P）。\n文件保存在 %s", path)
	}
	return Saved, fmt.Sprintf("没有找到可用的打印机，系统中也没有能打开 PDF 的程序。\n文件已保存在 %s，可复制到有打印机的电脑上打印。", path)
}

// OpenFolder shows the folder holding path (or path itself if a folder).
func OpenFolder(path string) error {
	if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
		path = filepath.Dir(path)
	}
	return Open(path)
}

// errNoProgram is the inside of every "no program" error.
var errNoProgram = errors.New("no program found")

// lookPath finds the first of the named programs on PATH.
func lookPath(names ...string) (string, error) {
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w: %v", errNoProgram, names)
}

// runBriefly runs a helper program and reports its failure if it ends
// within a few seconds; one still running then (a viewer that keeps its
// launcher open) has worked.
func runBriefly(name string, args ...string) error {
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Stdin, cmd.Stdout = nil, nil
	var out limitedBuffer
	cmd.Stderr = &out
	if err := cmd.Start(); err != nil {
		cancel()
		return err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait(); cancel() }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("%s: %v: %s", filepath.Base(name), err, out.String())
		}
		return nil
	case <-time.After(helperWait):
		go func() { <-done }() // reaped when it ends
		return nil
	}
}

// helperWait is how long a helper may take to say it failed.
var helperWait = 5 * time.Second

// limitedBuffer keeps the first 1 KiB a helper writes to stderr.
type limitedBuffer struct{ b []byte }

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := 1024 - len(l.b); room > 0 {
		if len(p) < room {
			room = len(p)
		}
		l.b = append(l.b, p[:room]...)
	}
	return len(p), nil
}

func (l *limitedBuffer) String() string { return string(l.b) }
