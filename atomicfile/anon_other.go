//go:build !linux

package atomicfile

import (
	"errors"
	"os"
)

var errNoAnon = errors.New("unnamed temporary files are a Linux feature")

func openAnon(string, os.FileMode) (*os.File, error) { return nil, errNoAnon }
func linkAnon(*os.File, string) error                { return errNoAnon }
