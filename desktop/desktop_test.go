//go:build !windows && !darwin

package desktop

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"trainingdesk/errs"
)

// fakeBin puts shell scripts named after the helpers on an otherwise empty
// PATH; each records its arguments in DIR/NAME.args and exits with code.
func fakeBin(t *testing.T, code string, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range names {
		script := "#!/bin/sh\necho \"$@\" > \"" + filepath.Join(dir, n+".args") + "\"\necho 'lp: Error - No default destination.' >&2\nexit " + code + "\n"
		if err := os.WriteFile(filepath.Join(dir, n), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", dir)
	return dir
}

func pdf(t *testing.T) string {
	p := filepath.Join(t.TempDir(), "签到表 DEMO.pdf")
	if err := os.WriteFile(p, []byte("%PDF-1.4\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPrintSendsThePDFToLp(t *testing.T) {
	bin := fakeBin(t, "0", "lp", "xdg-open")
	f := pdf(t)
	got, msg := PrintOrOpen(f)
	if got != Printed {
		t.Fatalf("outcome %v (%s), want Printed", got, msg)
	}
	args, _ := os.ReadFile(filepath.Join(bin, "lp.args"))
	if strings.TrimSpace(string(args)) != f {
		t.Errorf("lp got %q, want the PDF path", args)
	}
	if _, err := os.Stat(filepath.Join(bin, "xdg-open.args")); err == nil {
		t.Error("printed and opened too")
	}
}

func TestNoPrinterOpensThePDFAndSaysSoInChinese(t *testing.T) {
	bin := fakeBin(t, "1", "lp") // CUPS without a default printer
	if err := os.WriteFile(filepath.Join(bin, "xdg-open"), []byte("#!/bin/sh\nexit 0\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	got, msg := PrintOrOpen(pdf(t))
	if got != Opened {
		t.Fatalf("outcome %v, want Opened", got)
	}
	if !strings.Contains(msg, "没有找到可用的打印机") || strings.Contains(msg, "lp:") {
		t.Errorf("message %q: want the Chinese explanation, not lp's", msg)
	}
}

func TestNoProgramsAtAllNeverShowsTheRawExecError(t *testing.T) {
	fakeBin(t, "0") // empty PATH
	f := pdf(t)
	err := Open(f)
	if !errs.Is(errs.Unavailable, err) {
		t.Fatalf("Open without xdg-open: %v, want Unavailable", err)
	}
	for _, e := range []error{err, Print(f)} {
		if s := e.Error(); strings.Contains(s, "exec:") || strings.Contains(s, "executable file not found") || strings.Contains(s, "xdg-open") {
			t.Errorf("clerk would read %q", s)
		}
	}
	got, msg := PrintOrOpen(f)
	if got != Saved || !strings.Contains(msg, f) {
		t.Errorf("outcome %v %q: want Saved naming the file", got, msg)
	}
}
