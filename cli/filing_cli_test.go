package cli

import (
	"strings"
	"testing"
)

// A class entered after it started is filed (scripts and old classes keep
// working) with a warning on stderr.
func TestLateFilingWarnsAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	code, out, errw := attRun(t, dir, "classes", "add", "--code", "OLD1", "--name", "电工班", "--occupation", "电工", "--level", "5",
		"--type", "就业技能培训", "--start", "2026-03-02", "--end", "2026-03-20", "--hours", "40")
	if code != 0 || !strings.Contains(out, "已开班") || !strings.Contains(errw, "警告") || !strings.Contains(errw, "逾期") {
		t.Fatalf("exit %d, out %q, err %q", code, out, errw)
	}
}
