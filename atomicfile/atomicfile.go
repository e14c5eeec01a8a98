// Package atomicfile writes a file so that, whatever moment the process is
// killed at, the path holds either nothing (or its old content) or the
// whole new content. On Linux the bytes go to an unnamed file (O_TMPFILE)
// that only gets a name once complete, so a kill leaves nothing behind;
// elsewhere to a hidden temporary file beside the target, which Sweep
// clears up. Either way the content is flushed to disk before the rename.
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// tempPrefix marks the temporary files; Sweep removes those a killed
// process left behind.
const tempPrefix = ".td-partial-"

// File is a file being written; it appears at its path only on Commit.
type File struct {
	*os.File
	path string
	anon bool // unnamed (O_TMPFILE) until Commit
	done bool
}

// Create starts writing path. Finish with Commit, or Abort.
func Create(path string, perm os.FileMode) (*File, error) {
	dir := filepath.Dir(path)
	sweepFor(path)
	if f, err := openAnon(dir, perm); err == nil {
		return &File{File: f, path: path, anon: true}, nil
	}
	f, err := os.CreateTemp(dir, tempPrefix+filepath.Base(path)+".*")
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(perm); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return &File{File: f, path: path}, nil
}

// Commit flushes the content to disk and puts the file in place. Before
// that it calls ready (when not nil): whatever must already be true once
// the file exists — the print log entry of a PDF — is done there, and an
// error from it leaves no file.
func (f *File) Commit(ready func() error) error {
	if f.done {
		return os.ErrClosed
	}
	f.done = true
	err := f.Sync()
	if err == nil && ready != nil {
		err = ready()
	}
	if err == nil {
		err = f.place()
	}
	f.File.Close()
	if err != nil {
		if !f.anon {
			os.Remove(f.Name())
		}
		return err
	}
	syncDir(filepath.Dir(f.path))
	return nil
}

// place gives the finished content its name, replacing what was there.
func (f *File) place() error {
	if !f.anon {
		return os.Rename(f.Name(), f.path)
	}
	// linkat cannot replace a file: link under a fresh hidden name, then
	// rename over the target (both are instant).
	tmp := filepath.Join(filepath.Dir(f.path), fmt.Sprintf("%s%s.%d", tempPrefix, filepath.Base(f.path), time.Now().UnixNano()))
	if err := linkAnon(f.File, tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, f.path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// Abort throws the content away. It is a no-op after Commit, so it can be
// deferred.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.File.Close()
	if !f.anon {
		os.Remove(f.Name())
	}
}

// Write writes data to path atomically.
func Write(path string, data []byte, perm os.FileMode) error {
	f, err := Create(path, perm)
	if err != nil {
		return err
	}
	defer f.Abort()
	if _, err := f.File.Write(data); err != nil {
		return err
	}
	return f.Commit(nil)
}

// Sweep removes temporary files that a killed writer left in dir. Call it
// only where no other writer can be at work in dir.
func Sweep(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tempPrefix) && e.Type().IsRegular() {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// sweepFor removes what an earlier write of path, killed, left beside it: a
// named temporary file, or (killed in the instant between naming the
// finished content and putting it in place) a complete hidden copy.
func sweepFor(path string) {
	dir, prefix := filepath.Dir(path), tempPrefix+filepath.Base(path)+"."
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && e.Type().IsRegular() {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// syncDir makes the rename itself durable where the OS allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
