package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestOccupationsSearchJSON(t *testing.T) {
	dir := certDemoDir(t)
	for _, q := range []string{"dgong", "电工", "6-31-01-03"} {
		var got []occupationJSON
		if err := json.Unmarshal([]byte(certMustRun(t, dir, "occupations", "search", q, "--json")), &got); err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || got[0].Code != "6-31-01-03" || got[0].Name != "电工" || !strings.Contains(got[0].Path, "生产辅助人员") {
			t.Errorf("search %q: %+v", q, got)
		}
	}
}

func TestClassesAddChecksTheOccupationCode(t *testing.T) {
	dir := certDemoDir(t)
	base := []string{"classes", "add", "--name", "焊工班", "--level", "5", "--type", "就业技能培训",
		"--start", "2026-12-07", "--end", "2026-12-18", "--hours", "80"}
	code, out, errw := certRun(t, dir, append(base, "--code", "HG-1", "--occupation", "焊工", "--occupation-code", "6-18-99-99")...)
	if code == 0 || !strings.Contains(errw, "职业编码") || !strings.Contains(errw, "6-18-99-99") {
		t.Fatalf("an unknown code must be refused naming it: %d %s%s", code, out, errw)
	}
	// A code alone is enough: the name comes from the catalogue.
	out = certMustRun(t, dir, append(base, "--code", "HG-2", "--occupation-code", "6-18-02-04", "--trade", "电焊工")...)
	if !strings.Contains(out, "焊工") || strings.Contains(out, "提示") {
		t.Fatalf("code alone: %s", out)
	}
	// A free-typed name without a code is filed, with a warning.
	out = certMustRun(t, dir, append(base, "--code", "HG-3", "--occupation", "焊工")...)
	if !strings.Contains(out, "提示") || !strings.Contains(out, "6-18-02-04") {
		t.Fatalf("a name without a code must warn and suggest the code: %s", out)
	}
}
