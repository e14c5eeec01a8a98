package cli

func init() {
	register("help", "help（列出全部命令）", func(e *env, _ []string) error {
		e.say("%s", Usage())
		return nil
	})
}
