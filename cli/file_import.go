package cli

import (
	"errors"
	"flag"
	"io"
	"path/filepath"

	"trainingdesk/store"
	"trainingdesk/training"
)

// fileImport is what a `… import --class C FILE [--dry-run] [--json]`
// command does once its file is open and its class found: the import, or
// with dryRun the same operation rolled back. It gives the report (printed
// as JSON with --json), the lines a person reads otherwise, and whether a
// row was refused (exit 1).
type fileImport func(s *store.Store, c training.Class, f io.Reader, name string, dryRun bool) (report any, say func(), refused bool, err error)

// withClassFile is the whole of such a command but its import; what says
// what the file is, for the message when none is given.
func (e *env) withClassFile(name, what string, args []string, run fileImport) error {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	class := fs.String("class", "", "")
	dryRun := fs.Bool("dry-run", false, "")
	asJSON := fs.Bool("json", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	f, err := openInput(pos, what)
	if err != nil {
		return err
	}
	defer f.Close()
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		rep, say, refused, err := run(s, c, f, filepath.Base(pos[0]), *dryRun)
		if err != nil {
			return err
		}
		if *asJSON {
			if err := e.json(rep); err != nil {
				return err
			}
		} else {
			say()
		}
		if refused {
			return &exitError{code: 1, err: errors.New("")}
		}
		return nil
	})
}
