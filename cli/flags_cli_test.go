package cli

import (
	"os"
	"strings"
	"testing"
)

// Every flag refuses what is not a value; nothing is saved and nothing is
// written outside the data directory.
func TestFlagsRefuseWhatIsNotAValue(t *testing.T) {
	dir := t.TempDir()
	base := map[string]string{"--code": "K1", "--name": "电工班", "--occupation": "电工", "--level": "5",
		"--type": "就业技能培训", "--start": "2026-03-02", "--end": "2026-03-27", "--hours": "80"}
	with := func(k, v string) []string {
		args := []string{"classes", "add"}
		for kk, vv := range base {
			if kk == k {
				vv = v
			}
			args = append(args, kk, vv)
		}
		return args
	}
	for _, c := range []struct{ flag, value string }{
		{"--hours", "NaN"},
		{"--hours", "-8"},
		{"--start", "1800-01-01"},
		{"--end", "2300-01-01"},
		{"--type", "随便写的培训"},
		{"--code", strings.Repeat("K", 40_000)},
		{"--code", "../../x"},
	} {
		code, _, e := run(t, dir, with(c.flag, c.value)...)
		if code == 0 || e == "" || len(e) > 600 {
			t.Errorf("%s %.20q: exit %d, %d-byte message %.200q; want a refusal in a short message", c.flag, c.value, code, len(e), e)
		}
	}
	if code, out, e := run(t, dir, "classes", "list", "--json"); code != 0 || strings.Contains(out, "K1") {
		t.Fatalf("a refused class was saved: %s %s", out, e)
	}
	if code, _, e := run(t, dir, with("", "")...); code != 0 {
		t.Fatalf("the valid class itself: %s", e)
	}
	if code, _, e := run(t, dir, "lessons", "add", "--class", "K1", "--date", "2026-03-03", "--start", "09:00", "--end", "12:00", "--hours", "NaN", "--topic", "安全"); code == 0 {
		t.Errorf("lesson with NaN hours accepted: %s", e)
	}
}

func TestEmptyDataFlagIsRefused(t *testing.T) {
	home := t.TempDir()
	t.Setenv("TRAININGDESK_DATA", home)
	code, _, e := runCLI(t, "--data", "", "classes", "list")
	if code == 0 || !strings.Contains(e, "--data") {
		t.Fatalf("--data \"\": exit %d %q, want a refusal naming --data", code, e)
	}
	if entries, _ := os.ReadDir(home); len(entries) != 0 {
		t.Fatalf("the default data directory was used: %v", entries)
	}
	if _, _, err := ParseStart([]string{"--data="}); err == nil {
		t.Error("the GUI start accepted --data=")
	}
}
