package e2e

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// A clerk or a CI machine with LANG=C.UTF-8 (the container default) sees the
// command's answer and nothing else: no Fyne lines about the locale.
func TestNoFyneNoiseOnCLocale(t *testing.T) {
	bin := build(t)
	for _, lang := range []string{"C.UTF-8", "C", "POSIX", "zh_CN.UTF-8", "en_US.UTF-8"} {
		c := exec.Command(bin, "version")
		c.Env = append(cleanLocale(os.Environ()), "LANG="+lang)
		out, err := c.CombinedOutput()
		if err != nil {
			t.Fatalf("LANG=%s version: %v\n%s", lang, err, out)
		}
		if got := strings.TrimSpace(string(out)); !strings.HasPrefix(got, "TrainingDesk ") || strings.Contains(got, "\n") {
			t.Errorf("LANG=%s: want one line \"TrainingDesk …\", got:\n%s", lang, got)
		}
	}
}

func cleanLocale(env []string) []string {
	var out []string
	for _, e := range env {
		if !strings.HasPrefix(e, "LANG=") && !strings.HasPrefix(e, "LC_") && !strings.HasPrefix(e, "LANGUAGE=") {
			out = append(out, e)
		}
	}
	return out
}
