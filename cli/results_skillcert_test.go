package cli

import (
	"strings"
	"testing"
)

func TestSkillCertificateThroughTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	steps := [][]string{
		{"classes", "add", "--code", "K1", "--name", "电工班", "--occupation", "电工", "--level", "4", "--type", "岗位技能提升培训",
			"--start", "2026-03-02", "--end", "2026-03-27", "--hours", "80"},
		{"trainees", "add", "--class", "K1", "--name", "张三", "--id", "11010519491231002X"},
	}
	for _, s := range steps {
		if code, _, errOut := runCLI(t, append([]string{"--data", dir}, s...)...); code != 0 {
			t.Fatalf("%v: %s", s, errOut)
		}
	}
	cert := []string{"--data", dir, "results", "skill-cert", "--class", "K1", "--id", "11010519491231002X",
		"--number", "S2026350100000123", "--date", "2026-04-10", "--issuer", "福州市职业技能鉴定中心"}
	if code, _, errOut := runCLI(t, append(cert, "--level", "六级")...); code != 1 || !strings.Contains(errOut, "--level") {
		t.Fatalf("a level that does not exist: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, append(cert, "--level", "四级")...); code != 1 || !strings.Contains(errOut, "考核合格后") {
		t.Fatalf("before the assessment: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "--data", dir, "results", "set", "--class", "K1", "--id", "11010519491231002X", "--theory", "82", "--practice", "90"); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := runCLI(t, append(cert, "--level", "四级")...)
	if code != 0 || !strings.Contains(out, "四级/中级工 S2026350100000123") {
		t.Fatalf("a good certificate: %d %q %q", code, out, errOut)
	}
	if code, _, errOut := runCLI(t, "--data", dir, "results", "skill-cert", "--class", "K1", "--id", "11010519491231002X", "--remove"); code != 1 || !strings.Contains(errOut, "--reason") {
		t.Fatalf("withdrawn without a reason: %d %q", code, errOut)
	}
}
