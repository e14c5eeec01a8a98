package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"trainingdesk/identity"
)

// attRun calls the command line as a script would: exit code, stdout, stderr.
func attRun(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := Run(append([]string{"--data", dir}, args...), &out, &errw)
	return code, out.String(), errw.String()
}

func mustRun(t *testing.T, dir string, args ...string) string {
	t.Helper()
	code, out, errw := attRun(t, dir, args...)
	if code != 0 {
		t.Fatalf("%s: exit %d: %s", strings.Join(args, " "), code, errw)
	}
	return out
}

func attID(t *testing.T, seq int) string {
	t.Helper()
	id, err := identity.Complete(fmt.Sprintf("11010519920202%03d", seq))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// timetabled files class K1 (40 学时, March 2026, long past) with 张三 and
// 李四 and two lessons.
func timetabled(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	mustRun(t, dir, "classes", "add", "--code", "K1", "--name", "电工班", "--occupation", "电工", "--level", "5",
		"--type", "就业技能培训", "--start", "2026-03-02", "--end", "2026-03-20", "--hours", "40")
	for i, name := range []string{"张三", "李四"} {
		mustRun(t, dir, "trainees", "add", "--class", "K1", "--name", name, "--id", attID(t, i+1))
	}
	mustRun(t, dir, "lessons", "add", "--class", "K1", "--date", "2026-03-02", "--start", "09:00", "--end", "12:00", "--topic", "安全规范")
	mustRun(t, dir, "lessons", "add", "--class", "K1", "--date", "2026-03-03", "--start", "14:00", "--end", "17:30", "--hours", "4", "--topic", "实操训练", "--teacher", "陈建国")
	return dir
}

func TestLessonsAddComputesHoursAndListsJSON(t *testing.T) {
	dir := timetabled(t)
	var got []map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, dir, "lessons", "list", "--class", "K1", "--json")), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d lessons", len(got))
	}
	for _, k := range []string{"no", "date", "start", "end", "hours", "topic"} {
		if _, ok := got[0][k]; !ok {
			t.Errorf("lessons list lacks key %q", k)
		}
	}
	if got[0]["hours"] != 4.0 || got[0]["no"] != 1.0 || got[1]["date"] != "2026-03-03" {
		t.Errorf("lessons = %v; want 09:00–12:00 computed as 4 学时", got)
	}
	out := mustRun(t, dir, "lessons", "list", "--class", "K1")
	if !strings.Contains(out, "课程表合计 8 学时，与开班学时 40 不符") {
		t.Errorf("no 学时 warning in:\n%s", out)
	}
	if code, _, errw := attRun(t, dir, "lessons", "add", "--class", "K1", "--date", "2026-04-01", "--start", "09:00", "--end", "12:00", "--topic", "x"); code == 0 || !strings.Contains(errw, "上课日期") {
		t.Errorf("a lesson outside the class dates: exit %d %s", code, errw)
	}
}

func TestAttendanceImportJSONAndReport(t *testing.T) {
	dir := timetabled(t)
	log := filepath.Join(dir, "punch.csv")
	a, b := attID(t, 1), attID(t, 2)
	body := "证件号码,打卡时间\n" + a + ",2026-03-02 08:55:00\n" + a + ",2026-03-02 12:01:00\n" +
		b + ",2026-03-02 09:25:00\n" + b + ",2026-03-02 12:00:00\n" +
		"110105199001011234,2026-03-02 09:00:00\n" + a + ",2026-03-05 09:00:00\n"
	if err := os.WriteFile(log, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	var imp struct {
		Matched   int `json:"matched"`
		Unmatched []struct {
			Line     int    `json:"line"`
			IDMasked string `json:"id_masked"`
			Time     string `json:"time"`
			Reason   string `json:"reason"`
		} `json:"unmatched"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, dir, "attendance", "import", "--class", "K1", log, "--json")), &imp); err != nil {
		t.Fatal(err)
	}
	if imp.Matched != 4 || len(imp.Unmatched) != 2 {
		t.Fatalf("import = %+v; want 4 matched, 2 unmatched", imp)
	}
	u := imp.Unmatched[0]
	if u.Line != 6 || u.IDMasked != "110105********1234" || u.Time != "2026-03-02 09:00:00" || !strings.Contains(u.Reason, "名单") {
		t.Errorf("unmatched[0] = %+v", u)
	}
	if imp.Unmatched[1].Line != 7 || !strings.Contains(imp.Unmatched[1].Reason, "时间窗口") {
		t.Errorf("unmatched[1] = %+v", imp.Unmatched[1])
	}

	// A correction after the lesson day needs --reason.
	if code, _, errw := attRun(t, dir, "attendance", "mark", "--class", "K1", "--lesson", "2", "--id", b, "--status", "excused"); code == 0 || !strings.Contains(errw, "--reason") {
		t.Errorf("mark without reason: exit %d %s", code, errw)
	}
	mustRun(t, dir, "attendance", "mark", "--class", "K1", "--lesson", "2", "--id", b, "--status", "请假", "--reason", "病假条")

	var rep struct {
		Trainees []struct {
			Name          string  `json:"name"`
			AttendedHours float64 `json:"attended_hours"`
			TotalHours    float64 `json:"total_hours"`
			Rate          float64 `json:"rate"`
			Marks         []struct {
				Lesson int    `json:"lesson"`
				Status string `json:"status"`
			} `json:"marks"`
			Result   string `json:"result"`
			Eligible bool   `json:"eligible"`
		} `json:"trainees"`
		AverageRate float64 `json:"average_rate"`
		Threshold   float64 `json:"threshold"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, dir, "report", "class", "K1", "--json")), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Trainees) != 2 || rep.Threshold != 0.8 {
		t.Fatalf("report = %+v", rep)
	}
	want := map[string][2]string{"张三": {"present", "absent"}, "李四": {"late", "excused"}}
	for _, tr := range rep.Trainees {
		if len(tr.Marks) != 2 || tr.Marks[0].Status != want[tr.Name][0] || tr.Marks[1].Status != want[tr.Name][1] {
			t.Errorf("%s marks = %+v, want %v", tr.Name, tr.Marks, want[tr.Name])
		}
		if tr.AttendedHours != 4 || tr.TotalHours != 40 || tr.Rate != 0.1 || tr.Eligible || tr.Result != "未考核" {
			t.Errorf("%s = %+v; want 4/40 学时, rate 0.1, not eligible, 未考核", tr.Name, tr)
		}
	}
}

var pdfSpace = regexp.MustCompile(`\s+`)

// TestSignInSheetPrintsEveryName reads a demo class's sheet back with
// pdftotext: every trainee's name, character by character, and masked ID.
func TestSignInSheetPrintsEveryName(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	dir := t.TempDir()
	mustRun(t, dir, "demo", "--trainees", "40")
	var roster []struct {
		Name     string `json:"name"`
		IDMasked string `json:"id_masked"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, dir, "trainees", "list", "--class", "DEMO-2026-02", "--json")), &roster); err != nil {
		t.Fatal(err)
	}
	pdf := filepath.Join(dir, "sheet.pdf")
	mustRun(t, dir, "attendance", "sheet", "--class", "DEMO-2026-02", "--lesson", "3", "-o", pdf)
	raw, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := pdfSpace.ReplaceAllString(string(raw), "")
	for _, want := range []string{"签到表", "榕城示范职业技能培训学校", "DEMO-2026-02", "第3课", "签退"} {
		if !strings.Contains(text, want) {
			t.Errorf("sheet lacks %q", want)
		}
	}
	for _, tr := range roster {
		for _, r := range tr.Name {
			if !strings.ContainsRune(text, r) {
				t.Errorf("character %q of %s is missing from the sheet", r, tr.Name)
			}
		}
		if !strings.Contains(text, tr.Name) || !strings.Contains(text, tr.IDMasked) {
			t.Errorf("row of %s (%s) is missing", tr.Name, tr.IDMasked)
		}
	}

	badges := filepath.Join(dir, "badges.pdf")
	mustRun(t, dir, "attendance", "badges", "--class", "DEMO-2026-02", "-o", badges)
	if b, err := os.ReadFile(badges); err != nil || !bytes.HasPrefix(b, []byte("%PDF")) {
		t.Errorf("badges PDF not written: %v", err)
	}
	if code, _, errw := attRun(t, dir, "attendance", "sheet", "--class", "DEMO-2026-02", "--lesson", "99", "-o", pdf); code == 0 || !strings.Contains(errw, "第 99 课") {
		t.Errorf("a missing lesson: exit %d %s", code, errw)
	}
}

func TestAttendanceMarkWithTimes(t *testing.T) {
	dir := timetabled(t)
	id := attID(t, 1)
	out := mustRun(t, dir, "attendance", "mark", "--class", "K1", "--lesson", "1", "--id", id, "--in", "09:25", "--out", "12:00", "--reason", "签到表补录")
	if !strings.Contains(out, "迟到") {
		t.Fatalf("09:25 for a 09:00 lesson: %s", out)
	}
	// 出勤 against those times is a correction, kept and shown as one.
	out = mustRun(t, dir, "attendance", "mark", "--class", "K1", "--lesson", "1", "--id", id, "--in", "09:25", "--out", "12:00",
		"--status", "present", "--reason", "教师证明公交延误")
	if !strings.Contains(out, "出勤") || !strings.Contains(out, "更正") {
		t.Fatalf("correction: %s", out)
	}
	var rep struct {
		Trainees []struct {
			Marks []struct{ Status string } `json:"marks"`
		} `json:"trainees"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, dir, "report", "class", "K1", "--json")), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Trainees[0].Marks[0].Status != "present" {
		t.Fatalf("report after the correction: %+v", rep)
	}
	if code, _, errw := attRun(t, dir, "attendance", "mark", "--class", "K1", "--lesson", "1", "--id", id, "--in", "10:00", "--out", "09:30", "--reason", "x"); code == 0 || !strings.Contains(errw, "签退") {
		t.Fatalf("sign-out before sign-in: exit %d %s", code, errw)
	}
	if code, _, errw := attRun(t, dir, "attendance", "mark", "--class", "K1", "--lesson", "1", "--id", id); code == 0 || !strings.Contains(errw, "--in") {
		t.Fatalf("neither times nor status: exit %d %s", code, errw)
	}
}
