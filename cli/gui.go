package cli

import (
	"flag"
	"strings"

	"trainingdesk/demo"
)

// ParseStart reads the flags of a GUI start (--data DIR, --demo) and says
// which data directory to open and whether to seed the demo data set.
func ParseStart(args []string) (dataDir string, demo bool, err error) {
	rest, dir := splitDataFlag(args)
	if dataFlagGiven(args) && strings.TrimSpace(dir) == "" {
		return "", false, errEmptyData
	}
	fs := flag.NewFlagSet("trainingdesk", flag.ContinueOnError)
	d := fs.Bool("demo", false, "")
	if _, err := parse(fs, rest); err != nil {
		return "", false, err
	}
	if *d && !dataFlagGiven(args) {
		dir = DemoDataDir()
	}
	return dir, *d, nil
}

// DemoDataDir keeps demo data apart from real data.
func DemoDataDir() string { return demo.Dir() }

func dataFlagGiven(args []string) bool {
	for _, a := range args {
		if a == "--data" || a == "-data" || strings.HasPrefix(a, "--data=") {
			return true
		}
	}
	return false
}
