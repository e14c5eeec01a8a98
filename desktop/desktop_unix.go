//go:build !windows && !darwin

package desktop

// Linux and the BSDs: xdg-open (or gio) opens, CUPS's lp prints (lpr where
// only the BSD client is installed). lp fails at once without a printer.
func openPath(path string) error {
	p, err := lookPath("xdg-open", "gio")
	if err != nil {
		return err
	}
	if len(p) >= 3 && p[len(p)-3:] == "gio" {
		return runBriefly(p, "open", path)
	}
	return runBriefly(p, path)
}

func printPath(path string) error {
	p, err := lookPath("lp", "lpr")
	if err != nil {
		return err
	}
	return runBriefly(p, path)
}
