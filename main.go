// Command trainingdesk is TrainingDesk (职业培训管理桌面端). With no subcommand it
// opens the GUI on the data directory; with one, it runs the command line of
// shared/cli-contract.md. Both faces call the same operations below them.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"

	"trainingdesk/app"
	"trainingdesk/cli"
)

func main() {
	args := os.Args[1:]
	if cli.IsCommand(args) {
		attachConsole()
		os.Exit(cli.Run(args, os.Stdout, os.Stderr))
	}
	dir, demo, err := cli.ParseStart(args)
	if errors.Is(err, flag.ErrHelp) {
		attachConsole()
		fmt.Print(cli.Usage())
		return
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		fmt.Fprint(os.Stderr, cli.Usage())
		os.Exit(2)
	}
	os.Exit(app.Run(dir, demo, cli.StoreOptions()))
}
