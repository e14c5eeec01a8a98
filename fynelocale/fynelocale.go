// Package fynelocale keeps Fyne quiet about the C.UTF-8 locale of containers,
// CI machines and minimal installs. Fyne's lang package parses the locale
// while it is initialised, before main runs, and logs three "Error parsing
// user locale C" lines on every start, command-line ones included.
//
// It is its own module so that its import path sorts before fyne.io: Go
// (1.21 and later) initialises packages in import-path order wherever
// dependencies allow, so this init runs before Fyne's. main imports it.
package fynelocale

import (
	"os"
	"strings"
)

func init() { Quiet(os.Getenv, os.Setenv) }

// Quiet sets LANGUAGE (the gettext list, which Fyne also reads and which
// only matters when a real locale is set) to Chinese, the app's own
// language, when the effective locale is C.* or POSIX.* and LANGUAGE is
// unset. Plain C and POSIX are already quiet.
func Quiet(getenv func(string) string, setenv func(string, string) error) {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(k)
		if v == "" {
			continue
		}
		if (strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.")) && getenv("LANGUAGE") == "" {
			_ = setenv("LANGUAGE", "zh_CN")
		}
		return
	}
}
