package atomicfile

import (
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// openAnon opens an unnamed file in dir (O_TMPFILE): if the process dies it
// vanishes with it.
func openAnon(dir string, perm os.FileMode) (*os.File, error) {
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, uint32(perm.Perm()))
	if err != nil {
		return nil, err
	}
	f := os.NewFile(uintptr(fd), dir)
	// Linking needs /proc; without it, fall back to a named temporary file.
	if _, err := os.Stat("/proc/self/fd/" + strconv.Itoa(fd)); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// linkAnon gives the unnamed file f the name path.
func linkAnon(f *os.File, path string) error {
	return unix.Linkat(unix.AT_FDCWD, "/proc/self/fd/"+strconv.Itoa(int(f.Fd())), unix.AT_FDCWD, path, unix.AT_SYMLINK_FOLLOW)
}
