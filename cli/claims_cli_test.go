package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"trainingdesk/store"
	"trainingdesk/training"
)

// claimCLIClass builds, through the command line, a finished class with a
// standard of 1234.56 元: 张三 qualifies, 李四 is absent.
func claimCLIClass(t *testing.T, dir string) {
	t.Helper()
	s, err := store.Open(dir, store.Options{Who: "测试员"})
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.SaveInstitution(training.Institution{Name: "榕城测试培训学校", USCC: "91350100M000100Y43", Code: "FZ01"})
	if err == nil {
		st, _ := s.Settings()
		st.VerifyBaseURL = "https://rsj.example.gov.cn/zs"
		err = s.SaveSettings(st)
	}
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	steps := [][]string{
		{"classes", "add", "--code", "K1", "--name", "电工班", "--occupation", "电工", "--level", "5", "--type", "就业技能培训",
			"--start", "2026-03-02", "--end", "2026-03-02", "--hours", "8", "--subsidy", "1234.56", "--teachers", "王老师"},
		{"trainees", "add", "--class", "K1", "--name", "张三", "--id", "11010519491231002X", "--category", "登记失业人员"},
		{"trainees", "add", "--class", "K1", "--name", "李四", "--id", "110105199001010010", "--category", "登记失业人员"},
		{"lessons", "add", "--class", "K1", "--date", "2026-03-02", "--start", "09:00", "--end", "17:00", "--hours", "8", "--topic", "安全用电", "--teacher", "王老师", "--room", "101"},
		{"attendance", "mark", "--class", "K1", "--lesson", "1", "--id", "11010519491231002X", "--status", "present", "--reason", "纸质签到表补录"},
		{"attendance", "mark", "--class", "K1", "--lesson", "1", "--id", "110105199001010010", "--status", "absent", "--reason", "纸质签到表补录"},
		{"results", "set", "--class", "K1", "--id", "11010519491231002X", "--theory", "80", "--practice", "85"},
		{"results", "set", "--class", "K1", "--id", "110105199001010010", "--theory", "80", "--practice", "85"},
		{"certificates", "issue", "--class", "K1"},
	}
	for _, s := range steps {
		if code, _, errOut := runCLI(t, append([]string{"--data", dir}, s...)...); code != 0 {
			t.Fatalf("%v: %s", s, errOut)
		}
	}
}

func TestClaimsThroughTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	claimCLIClass(t, dir)
	code, out, errOut := runCLI(t, "--data", dir, "claims", "compute", "--class", "K1", "--on", "2026-03-10", "--json")
	if code != 0 {
		t.Fatalf("compute: %s", errOut)
	}
	var got struct {
		Class, Mode string
		Trainees    []struct {
			Name       string
			IDMasked   string `json:"id_masked"`
			Eligible   bool
			Reasons    []string
			Completion json.Number `json:"amount_completion"`
			Total      json.Number `json:"amount_total"`
		}
		Total json.Number `json:"total"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Class != "K1" || got.Mode != "split" || len(got.Trainees) != 2 || got.Total != "740.74" {
		t.Fatalf("compute: %s", out)
	}
	zs, ls := got.Trainees[0], got.Trainees[1]
	if zs.Name != "张三" || !zs.Eligible || zs.Completion != "740.74" || zs.IDMasked != "110105********002X" {
		t.Errorf("张三: %+v", zs)
	}
	if ls.Eligible || ls.Total != "0.00" || !strings.Contains(strings.Join(ls.Reasons, ""), "出勤率 0% 低于 80%，不予补贴") {
		t.Errorf("李四: %+v", ls)
	}
	if !strings.Contains(out, `"amount_employment": 0.00`) || strings.Contains(out, "11010519491231002X") {
		t.Errorf("two decimals, masked ids: %s", out)
	}

	if code, _, errOut := runCLI(t, "--data", dir, "claims", "submit", "--class", "K1", "--stage", "completion", "--date", "2026-03-12"); code != 0 {
		t.Fatalf("submit: %s", errOut)
	}
	if code, _, errOut := runCLI(t, "--data", dir, "claims", "submit", "--class", "K1", "--stage", "completion", "--date", "2026-03-13"); code != 1 || !strings.Contains(errOut, "没有可申领") {
		t.Errorf("second submit: %d %s", code, errOut)
	}
	if code, _, errOut := runCLI(t, "--data", dir, "claims", "paid", "--class", "K1", "--stage", "completion", "--amount", "700", "--date", "2026-04-01"); code != 0 {
		t.Fatalf("paid: %s", errOut)
	}
	_, out, _ = runCLI(t, "--data", dir, "claims", "list", "--json")
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 1 {
		t.Fatalf("list: %v %s", err, out)
	}
	if l := list[0]; l["state"] != "partly_paid" || l["claimed"].(float64) != 740.74 || l["received"].(float64) != 700 || !strings.Contains(out, `"difference": 40.74`) {
		t.Errorf("list: %s", out)
	}
	if code, _, errOut := runCLI(t, "--data", dir, "classes", "add", "--code", "K2", "--name", "x", "--occupation", "电工", "--level", "5", "--type", "就业技能培训",
		"--start", "2026-03-02", "--end", "2026-03-02", "--hours", "8", "--subsidy", "12.345"); code != 1 || !strings.Contains(errOut, "金额") {
		t.Errorf("bad subsidy: %d %s", code, errOut)
	}
	out2 := t.TempDir()
	code, out, errOut = runCLI(t, "--data", dir, "claims", "export", "--class", "K1", "--stage", "completion", "-o", out2)
	if code != 0 || !strings.Contains(out, "结业补贴-补贴花名册.xlsx") {
		t.Errorf("claims export: %d %s %s", code, out, errOut)
	}
	code, out, errOut = runCLI(t, "--data", dir, "filing", "export", "--class", "K1", "-o", out2)
	if code != 0 || !strings.Contains(out, "考核方案.pdf") {
		t.Errorf("filing export: %d %s %s", code, out, errOut)
	}
	for _, f := range []string{"结业补贴-补贴申请表.pdf", "开班申请表.pdf", "结业名册.xlsx"} {
		if _, err := os.Stat(filepath.Join(out2, "K1 电工班", f)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	_, help, _ := runCLI(t, "help")
	for _, c := range []string{"claims compute", "claims submit", "claims paid", "claims list", "claims export", "filing export", "--subsidy YUAN"} {
		if !strings.Contains(help, c) {
			t.Errorf("help lacks %s", c)
		}
	}
}
