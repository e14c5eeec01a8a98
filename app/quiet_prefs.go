package app

import (
	"bytes"
	"io"
	"strings"
	"sync"
)

// prefsNoiseFilter drops one message of Fyne's from the log: "Preferences
// load error" caused by EOF. Fyne writes its preferences file at exit by
// truncating it and then writing; its own file watcher, woken by that
// write, may read the file in between and logs EOF. The read changes
// nothing (the values in memory stay and are written), so the clerk's
// console should not show it. Every other line passes unchanged.
type prefsNoiseFilter struct {
	mu   sync.Mutex
	out  io.Writer
	held []byte // a "Preferences load error" line, until its cause is known
	drop bool   // the held message was dropped: drop its "At:" line too
}

func newPrefsNoiseFilter(out io.Writer) *prefsNoiseFilter { return &prefsNoiseFilter{out: out} }

// Write takes one log line (the log package writes each message whole).
func (f *prefsNoiseFilter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	line := string(p)
	switch {
	case f.drop && strings.Contains(line, "  At: "):
		f.drop = false
		return len(p), nil
	case f.held != nil && strings.Contains(line, "Cause: EOF"):
		f.held, f.drop = nil, true
		return len(p), nil
	}
	f.drop = false
	if f.held != nil { // another cause: the message is real
		held := f.held
		f.held = nil
		if _, err := f.out.Write(held); err != nil {
			return 0, err
		}
	}
	if strings.Contains(line, "Preferences load error") {
		f.held = bytes.Clone(p)
		return len(p), nil
	}
	return f.out.Write(p)
}
