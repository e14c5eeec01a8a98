package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"trainingdesk/identity"
)

func TestWithdrawAndRecordAFollowUpFromTheCommandLine(t *testing.T) {
	dir := classWithRoster(t) // C1 2026-03-01 … 2026-03-20: 张三丰, 李四
	code, out, e := run(t, dir, "trainees", "withdraw", "--class", "C1", "--id", validID(t, 2), "--date", "2026-03-05", "--reason", "外出务工")
	if code != 0 || !strings.Contains(out, "已退学") || strings.Contains(out, validID(t, 2)) {
		t.Fatalf("withdraw: %d %q %q", code, out, e)
	}
	if code, _, e := run(t, dir, "trainees", "withdraw", "--class", "C1", "--id", validID(t, 2), "--date", "2026-03-05", "--reason", "x"); code != 1 || !strings.Contains(e, "已于") {
		t.Fatalf("withdrawn twice: %d %q", code, e)
	}
	scan := filepath.Join(t.TempDir(), "合同.jpg")
	if err := os.WriteFile(scan, []byte("fake scan"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, e = run(t, dir, "followup", "record", "--class", "C1", "--id", validID(t, 1), "--date", "2026-06-20", "--status", "employed",
		"--employer", "榕城电器", "--employer-uscc", "91350100M000100Y43", "--start", "2026-04-01", "--wage", "4800",
		"--evidence", "contract:HT-2026-7", "--evidence", "social_insurance", "--scan", scan)
	if code != 0 || !strings.Contains(out, "已记录就业跟踪") || !strings.Contains(out, "就业") {
		t.Fatalf("followup record: %d %q %q", code, out, e)
	}
	code, _, e = run(t, dir, "followup", "record", "--class", "C1", "--id", validID(t, 1), "--date", "2026-06-20", "--status", "self_employed")
	if code != 1 || !strings.Contains(e, "企业") {
		t.Fatalf("a business without its name: %d %q", code, e)
	}
	code, _, e = run(t, dir, "followup", "record", "--class", "C1", "--id", validID(t, 1), "--date", "2026-06-20", "--status", "hired")
	if code != 1 || !strings.Contains(e, "跟踪状态") {
		t.Fatalf("unknown status: %d %q", code, e)
	}
	code, _, e = run(t, dir, "followup", "record", "--class", "C1", "--id", validID(t, 2), "--date", "2026-06-20", "--status", "unemployed")
	if code != 1 || !strings.Contains(e, "已退学") {
		t.Fatalf("a withdrawn trainee is not followed up: %d %q", code, e)
	}
	if _, out, _ := run(t, dir, "help"); !strings.Contains(out, "followup record") || !strings.Contains(out, "trainees withdraw") {
		t.Fatalf("help does not list the new commands: %q", out)
	}
}

func TestReportOutcomesAndFollowupDue(t *testing.T) {
	old := Clock
	Clock = func() time.Time { return time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { Clock = old })
	dir := classWithRoster(t) // C1 ends 2026-03-20: 张三丰 (1), 李四 (2)
	if code, _, e := run(t, dir, "trainees", "add", "--class", "C1", "--name", "王五", "--id", validID(t, 3)); code != 0 {
		t.Fatal(e)
	}
	mustOK := func(args ...string) {
		t.Helper()
		if code, out, e := run(t, dir, args...); code != 0 {
			t.Fatalf("%v: %s %s", args, out, e)
		}
	}
	mustOK("trainees", "withdraw", "--class", "C1", "--id", validID(t, 3), "--date", "2026-03-10", "--reason", "生病")
	mustOK("results", "set", "--class", "C1", "--id", validID(t, 1), "--theory", "90", "--practice", "85")
	mustOK("followup", "record", "--class", "C1", "--id", validID(t, 1), "--date", "2026-06-20", "--status", "employed", "--employer", "榕城电器", "--evidence", "contract")
	mustOK("followup", "record", "--class", "C1", "--id", validID(t, 2), "--date", "2026-09-15", "--status", "employed", "--employer", "某厂")

	var rep map[string]any
	code, out, e := run(t, dir, "report", "outcomes", "--class", "C1", "--on", "2026-10-01", "--json")
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil {
		t.Fatalf("report outcomes: %d %s %s", code, out, e)
	}
	for key, want := range map[string]any{"enrolled": 3.0, "withdrawn": 1.0, "completed": 2.0, "passed": 1.0, "employed": 1.0,
		"pass_rate": 0.5, "employment_rate": 0.5, "business_rate_3m": nil, "stable_business_rate": nil} {
		if got, ok := rep[key]; !ok || got != want {
			t.Errorf("%s = %v (present %v), want %v", key, got, ok, want)
		}
	}
	if p := rep["pending"].([]any); len(p) != 0 {
		t.Errorf("pending after every window closed: %v", p)
	}
	// Three months after the end the employment window is open: null, pending, with its closing day.
	code, out, _ = run(t, dir, "report", "outcomes", "--class", "C1", "--on", "2026-06-25", "--json")
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil {
		t.Fatal(out)
	}
	if rep["employment_rate"] != nil || len(rep["pending"].([]any)) != 1 || rep["pending"].([]any)[0] != "employment_rate" ||
		rep["closes"].(map[string]any)["employment_rate"] != "2026-09-20" {
		t.Errorf("pending employment rate: %s", out)
	}
	code, out, _ = run(t, dir, "report", "outcomes", "--year", "2026", "--on", "2026-06-25")
	if code != 0 || !strings.Contains(out, "就业率：待定（统计期至 2026-09-20 截止") || !strings.Contains(out, "合格率：50.0%（1 ÷ 2）") {
		t.Errorf("text report: %s", out)
	}

	// The one-page PDF reads back the same figures, the pending one as 待定 with its closing day.
	pdf := filepath.Join(t.TempDir(), "成效.pdf")
	if code, _, e := run(t, dir, "report", "outcomes", "--year", "2026", "--on", "2026-06-25", "-o", pdf); code != 0 {
		t.Fatalf("report pdf: %s", e)
	}
	text := certPDFText(t, pdf)
	for _, want := range []string{"培训成效报告", "报名3人", "退学1人", "结业2人", "合格率", "50.0%（1÷2）", "就业率", "待定，至2026-09-20截止", "C1"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF does not read %q: %s", want, text)
		}
	}

	var due []map[string]any
	code, out, e = run(t, dir, "followup", "due", "--on", "2026-06-17", "--json")
	if code != 0 || json.Unmarshal([]byte(out), &due) != nil {
		t.Fatalf("followup due: %d %s %s", code, out, e)
	}
	if len(due) != 1 || due[0]["name"] != "李四" || due[0]["checkpoint"] != 3.0 || due[0]["due"] != "2026-06-20" ||
		due[0]["id_masked"] != identity.Mask(validID(t, 2)) || due[0]["class"] != "C1" {
		t.Errorf("due: %s", out)
	}
}

func TestFollowupTemplateThenImportDryRunAndReal(t *testing.T) {
	old := Clock
	Clock = func() time.Time { return time.Date(2026, 6, 18, 9, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { Clock = old })
	dir := classWithRoster(t) // C1 ends 2026-03-20; 3-month calls due 2026-06-20
	tmpl := filepath.Join(t.TempDir(), "跟踪.xlsx")
	if code, out, e := run(t, dir, "followup", "template", "--class", "C1", "-o", tmpl); code != 0 || !strings.Contains(out, "2 人次") {
		t.Fatalf("template: %d %s %s", code, out, e)
	}
	f, err := excelize.OpenFile(tmpl)
	if err != nil {
		t.Fatal(err)
	}
	sheet := f.GetSheetList()[0]
	rows, _ := f.GetRows(sheet)
	if len(rows) < 3 || rows[1][1] != "张三丰" || strings.Contains(strings.Join(rows[1], ","), validID(t, 1)) {
		t.Fatalf("template rows: %v", rows[:3])
	}
	// Fill 跟踪日期 (F) and 跟踪状态 (G): one good row, one with a bad status.
	_ = f.SetCellStr(sheet, "F2", "2026-06-18")
	_ = f.SetCellStr(sheet, "G2", "未就业")
	_ = f.SetCellStr(sheet, "F3", "2026-06-18")
	_ = f.SetCellStr(sheet, "G3", "跳槽")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var dry, real map[string]any
	code, out, _ := run(t, dir, "followup", "import", "--class", "C1", tmpl, "--dry-run", "--json")
	if code != 1 || json.Unmarshal([]byte(out), &dry) != nil || dry["imported"] != 0.0 || dry["valid"] != 1.0 {
		t.Fatalf("dry run: %d %s", code, out)
	}
	code, out, _ = run(t, dir, "followup", "import", "--class", "C1", tmpl, "--json")
	if code != 1 || json.Unmarshal([]byte(out), &real) != nil || real["imported"] != 1.0 {
		t.Fatalf("import: %d %s", code, out)
	}
	if fmt.Sprint(dry["errors"]) != fmt.Sprint(real["errors"]) {
		t.Errorf("dry run and import disagree: %v vs %v", dry["errors"], real["errors"])
	}
	var due []map[string]any
	_, out, _ = run(t, dir, "followup", "due", "--json")
	if json.Unmarshal([]byte(out), &due) != nil || len(due) != 1 || due[0]["name"] != "李四" {
		t.Errorf("after the import only 李四 is still due: %s", out)
	}
}
