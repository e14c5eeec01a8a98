package desktop

import (
	"golang.org/x/sys/windows"
)

// Windows: the shell's verbs, as Explorer uses them. "print" asks the
// default PDF program to print on the default printer; without a program
// registering that verb (or without a PDF program) ShellExecute fails.
func openPath(path string) error { return shellExecute("open", path) }

func printPath(path string) error { return shellExecute("print", path) }

func shellExecute(verb, path string) error {
	v, err := windows.UTF16PtrFromString(verb)
	if err != nil {
		return err
	}
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return err
	}
	return windows.ShellExecute(0, v, p, nil, nil, windows.SW_SHOWNORMAL)
}
