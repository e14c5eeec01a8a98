package cli

// Version is set by scripts/release.sh from FyneApp.toml (-X); a plain
// `go build` says "dev".
var Version = "dev"

func init() {
	register("version", "version（程序版本）", func(e *env, args []string) error {
		e.say("TrainingDesk %s", Version)
		return nil
	})
}
