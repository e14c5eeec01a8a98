package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run calls the command line as a script would and returns exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := Run(args, &out, &errw)
	return code, out.String(), errw.String()
}

func TestValidateIDExitCodesAndNormalizedForm(t *testing.T) {
	code, out, _ := runCLI(t, "validate", "id", "11010519491231002x")
	if code != 0 || !strings.Contains(out, "11010519491231002X") || !strings.Contains(out, "1949-12-31") || !strings.Contains(out, "女") {
		t.Fatalf("valid id: %d %q", code, out)
	}
	code, _, errOut := runCLI(t, "validate", "id", "110105194912310021")
	if code != 1 || !strings.Contains(errOut, "校验码") {
		t.Fatalf("bad check digit: %d %q", code, errOut)
	}
	code, out, _ = runCLI(t, "validate", "id", "110105491231002")
	if code != 0 || !strings.Contains(out, "11010519491231002X") {
		t.Fatalf("15-digit: %d %q", code, out)
	}
	if code, _, _ := runCLI(t, "validate", "uscc", "91350100M000100Y43"); code != 0 {
		t.Fatal("valid USCC refused")
	}
	if code, _, _ := runCLI(t, "validate", "uscc", "91350100M000100Y44"); code != 1 {
		t.Fatal("bad USCC accepted")
	}
}

func TestClassesAndTraineesThroughTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	code, _, errOut := runCLI(t, "--data", dir, "classes", "add", "--code", "C1", "--name", "电工班", "--occupation", "电工",
		"--level", "5", "--type", "就业技能培训", "--start", "2026-03-02", "--end", "2026-03-27", "--hours", "80")
	if code != 0 {
		t.Fatalf("classes add: %s", errOut)
	}
	code, _, errOut = runCLI(t, "--data", dir, "classes", "add", "--code", "C2", "--name", "x", "--occupation", "电工",
		"--level", "5", "--type", "就业技能培训", "--start", "2026-03-02", "--end", "2026-02-27", "--hours", "80")
	if code != 1 || !strings.Contains(errOut, "结业日期") {
		t.Fatalf("end before start: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "--data", dir, "trainees", "add", "--class", "C1", "--name", "张三", "--id", "11010519491231002X", "--phone", "13812345678"); code != 0 {
		t.Fatalf("trainees add: %s", errOut)
	}
	if code, _, errOut := runCLI(t, "--data", dir, "trainees", "add", "--class", "C1", "--name", "李四", "--id", "110105194912310021"); code != 1 || !strings.Contains(errOut, "证件号码") {
		t.Fatalf("bad id enrolled: %d %s", code, errOut)
	}
	_, out, _ := runCLI(t, "--data", dir, "classes", "list", "--json")
	var classes []map[string]any
	if err := json.Unmarshal([]byte(out), &classes); err != nil || len(classes) != 1 || classes[0]["trainees"].(float64) != 1 || classes[0]["level"].(float64) != 5 {
		t.Fatalf("classes list: %v %s", err, out)
	}
	_, out, _ = runCLI(t, "--data", dir, "trainees", "list", "--class", "C1", "--json")
	var trainees []map[string]string
	if err := json.Unmarshal([]byte(out), &trainees); err != nil || len(trainees) != 1 {
		t.Fatalf("trainees list: %v %s", err, out)
	}
	tr := trainees[0]
	if tr["id_masked"] != "110105********002X" || len(tr["id_masked"]) != 18 || tr["phone_masked"] != "138****5678" || tr["sex"] != "女" || tr["birth"] != "1949" {
		t.Fatalf("trainee json: %v", tr)
	}
	if strings.Contains(out, "11010519491231002X") {
		t.Fatal("full identity number printed")
	}
}

func TestBackupRestoreAndAuditThroughTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, "--data", dir, "demo", "--trainees", "10"); code != 0 {
		t.Fatal(errOut)
	}
	pass := filepath.Join(t.TempDir(), "pass")
	os.WriteFile(pass, []byte("备份口令\n"), 0o600)
	file := filepath.Join(t.TempDir(), "b.tdbackup")
	if code, _, errOut := runCLI(t, "--data", dir, "backup", "-o", file, "--passphrase-file", pass); code != 0 {
		t.Fatal(errOut)
	}
	target := filepath.Join(t.TempDir(), "new-machine")
	if code, out, errOut := runCLI(t, "--data", target, "restore", file, "--passphrase-file", pass); code != 0 || !strings.Contains(out, "完整") {
		t.Fatalf("restore: %s %s", out, errOut)
	}
	_, out, _ := runCLI(t, "--data", target, "trainees", "list", "--class", "DEMO-2026-01", "--json")
	if strings.Count(out, "id_masked") != 5 {
		t.Fatalf("restored roster: %s", out)
	}
	if code, out, _ := runCLI(t, "--data", target, "audit", "verify"); code != 0 || !strings.Contains(out, "完整") {
		t.Fatalf("audit verify: %d %s", code, out)
	}
}

func TestAssessmentModeIsPerClass(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, "--data", dir, "classes", "add", "--code", "CY", "--name", "创业班", "--occupation", "创业",
		"--level", "5", "--type", "创业培训", "--start", "2026-03-02", "--end", "2026-03-27", "--hours", "8", "--assessment", "仅理论"); code != 0 {
		t.Fatal(errOut)
	}
	if code, _, errOut := runCLI(t, "--data", dir, "trainees", "add", "--class", "CY", "--name", "张三", "--id", "11010519491231002X"); code != 0 {
		t.Fatal(errOut)
	}
	if code, _, errOut := runCLI(t, "--data", dir, "results", "set", "--class", "CY", "--id", "11010519491231002X", "--theory", "70"); code != 0 {
		t.Fatalf("theory only: %s", errOut)
	}
	_, out, _ := runCLI(t, "--data", dir, "classes", "list", "--json")
	if !strings.Contains(out, `"assessment": "theory"`) {
		t.Fatalf("classes list: %s", out)
	}
}

// A refused value names the flag to fix and, for a code table, the values
// it accepts; a synonym clerks use is accepted.
func TestTraineesAddNamesTheFlagAndTheAcceptedValues(t *testing.T) {
	dir := t.TempDir()
	if code, _, errOut := runCLI(t, "--data", dir, "classes", "add", "--code", "C1", "--name", "电工班", "--occupation", "电工",
		"--level", "5", "--type", "就业技能培训", "--start", "2026-03-02", "--end", "2026-03-27", "--hours", "80"); code != 0 {
		t.Fatalf("classes add: %s", errOut)
	}
	code, _, errOut := runCLI(t, "--data", dir, "trainees", "add", "--class", "C1", "--name", "张三", "--id", "11010519491231002X", "--category", "外星人")
	if code != 1 || !strings.Contains(errOut, "--category") || !strings.Contains(errOut, "登记失业人员") {
		t.Fatalf("unknown category: %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "--data", dir, "trainees", "add", "--class", "C1", "--name", "张三", "--id", "11010519491231002X", "--category", "城镇登记失业人员"); code != 0 {
		t.Fatalf("a synonym refused: %s", errOut)
	}
	code, _, errOut = runCLI(t, "--data", dir, "trainees", "add", "--class", "C1", "--name", "张三", "--id", "11010519491231002X")
	if code != 1 || !strings.Contains(errOut, "--id") {
		t.Fatalf("enrolled twice or no flag named: %d %q", code, errOut)
	}
}
