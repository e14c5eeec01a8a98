package desktop

// macOS: open shows the file, lpr prints through CUPS.
func openPath(path string) error { return runBriefly("/usr/bin/open", path) }

func printPath(path string) error {
	p, err := lookPath("lpr", "lp")
	if err != nil {
		return err
	}
	return runBriefly(p, path)
}
