package paperwork

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"trainingdesk/outcome"
	"trainingdesk/store"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

func day(s string) time.Time {
	t, err := time.Parse(training.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// handClass is a finished class of three with a standard of 1234.56 元
// (split 60 %: 740.74 元 at completion, 493.82 元 on employment): 张三 is
// employed with a contract, 李四 qualifies but has no job yet, 王五 was
// absent. Money in the papers is checked against these hand figures.
func handClass(t *testing.T) (*store.Store, training.Class) {
	t.Helper()
	now := day("2026-03-20")
	s, err := store.Open(t.TempDir(), store.Options{Who: "测试员", Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	_, err = s.SaveInstitution(training.Institution{Name: "榕城测试培训学校", USCC: "91350100M000100Y43", Code: "FZ01", LicenceNo: "闽人社民字001号",
		Address: "福州市鼓楼区", Contact: "林老师", Phone: "0591-87654321"})
	must(err)
	st, _ := s.Settings()
	st.VerifyBaseURL = "https://rsj.example.gov.cn/zs"
	must(s.SaveSettings(st))
	c, err := s.FileClass(training.Class{Code: "K/1", Name: "电工:班", Occupation: "电工", Level: 5, Type: "创业培训",
		Start: day("2026-03-02"), End: day("2026-03-03"), Hours: 16, SubsidyFen: 123456, Teachers: []string{"王老师", "赵老师"}, Site: "201"})
	must(err)
	lessons, err := s.AddLessons(c.ID, []training.Lesson{
		{Date: day("2026-03-02"), Start: "09:00", End: "17:00", Hours: 8, Topic: "安全用电", Teacher: "王老师", Room: "201"},
		{Date: day("2026-03-03"), Start: "09:00", End: "17:00", Hours: 8, Topic: "照明线路安装", Teacher: "李老师", Room: "实训楼"},
	})
	must(err)
	ids := []string{"11010519491231002X", "110105199001010010", "110105198506060019"}
	var roster []training.Trainee
	for i, name := range []string{"张三", "李四", "王五"} {
		tr, _, err := s.EnrolTrainee(c.ID, training.Person{Name: name, IDNumber: ids[i]}, "登记失业人员")
		must(err)
		roster = append(roster, tr)
	}
	for _, l := range lessons {
		must(s.MarkLesson(l.ID, []store.MarkInput{
			{TraineeID: roster[0].ID, Status: training.Present, Source: "terminal"},
			{TraineeID: roster[1].ID, Status: training.Present, Source: "terminal"},
			{TraineeID: roster[2].ID, Status: training.Absent, Source: "terminal"},
		}, ""))
	}
	for _, tr := range roster {
		th, pr := 80.0, 85.0
		_, err := s.SetResult(tr.ID, &th, &pr)
		must(err)
	}
	_, err = s.IssueCertificates(c.ID, nil)
	must(err)
	_, err = s.RecordFollowUp(outcome.Entry{TraineeID: roster[0].ID, Date: day("2026-03-10"), Status: outcome.Employed, Employer: "榕城电气",
		Start: day("2026-03-09"), Evidence: []outcome.Evidence{{Kind: outcome.Contract, Ref: "HT-2026-01"}}}, nil)
	must(err)
	return s, c
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", filepath.Base(path), err)
	}
	return string(out)
}

// rasterizes checks that poppler draws the first page of the PDF.
func rasterizes(t *testing.T, path string) {
	t.Helper()
	prefix := filepath.Join(t.TempDir(), "page")
	if err := exec.Command("pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", path, prefix).Run(); err != nil {
		t.Fatalf("pdftoppm %s: %v", filepath.Base(path), err)
	}
	pngs, _ := filepath.Glob(prefix + "*.png")
	if len(pngs) != 1 {
		t.Fatalf("%s: no page image", filepath.Base(path))
	}
	if fi, err := os.Stat(pngs[0]); err != nil || fi.Size() < 1000 {
		t.Fatalf("%s: empty page image", filepath.Base(path))
	}
}

func xlsxRows(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("excelize %s: %v", filepath.Base(path), err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func needPoppler(t *testing.T) {
	for _, tool := range []string{"pdftotext", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (scripts/deps.sh installs poppler-utils)", tool)
		}
	}
}

// checkFiles opens every file written: PDFs rasterized and read back, xlsx
// opened; want maps a file name to texts it must hold.
func checkFiles(t *testing.T, x Export, want map[string][]string) {
	t.Helper()
	names := map[string]bool{}
	for _, f := range x.Files {
		if filepath.Dir(f) != x.Dir {
			t.Errorf("%s is outside the class folder", f)
		}
		name := filepath.Base(f)
		names[name] = true
		var text string
		switch filepath.Ext(f) {
		case ".pdf":
			rasterizes(t, f)
			text = pdfText(t, f)
		case ".xlsx":
			for _, r := range xlsxRows(t, f) {
				text += strings.Join(r, "|") + "\n"
			}
		}
		for _, w := range want[name] {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q:\n%s", name, w, text)
			}
		}
	}
	for name := range want {
		if !names[name] {
			t.Errorf("%s was not written (wrote %v)", name, x.Files)
		}
	}
}

func TestClaimPackagesOfBothStages(t *testing.T) {
	needPoppler(t)
	s, c := handClass(t)
	out := t.TempDir()
	x, err := ExportClaim(s, c.ID, subsidy.StageCompletion, day("2026-03-20"), out)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(x.Dir) != "K_1 电工_班" || x.Claim.State != training.ClaimDraft || x.Claim.ClaimedFen != 2*74074 {
		t.Fatalf("folder %q claim %+v", x.Dir, x.Claim)
	}
	checkFiles(t, x.Export, map[string][]string{
		"结业补贴-补贴申请表.pdf":  {"职业培训补贴申请表", "榕城测试培训学校", "1481.48 元", "人民币壹仟肆佰捌拾壹元肆角捌分", "申请单位（盖章）", "1234.56 元/人"},
		"结业补贴-补贴花名册.pdf":  {"张三", "李四", "110105********002X", "740.74", "合计：2 人，1481.48 元"},
		"结业补贴-补贴花名册.xlsx": {"张三|110105********002X|登记失业人员|100%|合格|FZ01", "|740.74", "合计：2 人，1481.48 元"},
		"结业补贴-考勤汇总表.pdf":  {"王五", "0%", "16"},
		"结业补贴-考勤汇总表.xlsx": {"王五|110105********0019|16|0|0%|0|0|0|2"},
		"结业补贴-合格证书清单.pdf": {"张三", "李四", "FZ012026", "共 2 本"},
		"结业补贴-材料清单.pdf":   {"结业补贴申请表（盖章）", "学员身份证复印件", "营业执照复印件"},
	})
	for _, f := range x.Files {
		if strings.Contains(pdfTextOrXLSX(t, f), "11010519491231002X") {
			t.Errorf("%s shows a full identity number under the default masked style", filepath.Base(f))
		}
	}

	// Employment stage: only 张三, with the contract behind it.
	y, err := ExportClaim(s, c.ID, subsidy.StageEmployment, day("2026-03-20"), out)
	if err != nil {
		t.Fatal(err)
	}
	if y.Claim.ClaimedFen != 49382 || len(y.Claim.Lines) != 1 {
		t.Fatalf("employment claim %+v", y.Claim)
	}
	checkFiles(t, y.Export, map[string][]string{
		"就业补贴-补贴申请表.pdf":  {"就业补贴（第 1 批）", "493.82 元", "人民币肆佰玖拾叁元捌角贰分", "就业率"},
		"就业补贴-就业证明清单.pdf": {"张三", "就业", "榕城电气", "2026-03-09", "劳动合同 HT-2026-01"},
		"就业补贴-补贴花名册.xlsx": {"就业，2026-03-09 起，劳动合同", "493.82"},
		"就业补贴-材料清单.pdf":   {"就业证明清单", "劳动合同、社保缴费或灵活就业证明"},
	})

	// After submission, exporting again gives the papers of the claim handed in.
	if _, err := s.SubmitClaim(c.ID, subsidy.StageCompletion, day("2026-03-21")); err != nil {
		t.Fatal(err)
	}
	z, err := ExportClaim(s, c.ID, subsidy.StageCompletion, day("2026-03-22"), out)
	if err != nil || z.Claim.State != training.ClaimSubmitted || z.Claim.ClaimedFen != 2*74074 {
		t.Fatalf("re-export %+v %v", z.Claim, err)
	}
}

func pdfTextOrXLSX(t *testing.T, f string) string {
	if filepath.Ext(f) == ".pdf" {
		return pdfText(t, f)
	}
	var b strings.Builder
	for _, r := range xlsxRows(t, f) {
		b.WriteString(strings.Join(r, "|"))
	}
	return b.String()
}

func TestFullIdentityNumbersWhereTheProvinceAsks(t *testing.T) {
	needPoppler(t)
	s, c := handClass(t)
	st, _ := s.Settings()
	st.ClaimIDStyle = "full"
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	x, err := ExportClaim(s, c.ID, subsidy.StageCompletion, day("2026-03-20"), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	checkFiles(t, x.Export, map[string][]string{"结业补贴-补贴花名册.xlsx": {"11010519491231002X"}})
}

func TestFilingPackage(t *testing.T) {
	needPoppler(t)
	s, c := handClass(t)
	st, _ := s.Settings()
	st.AssessmentPlan = "{班级}：{考核方式}，{合格分数} 分合格，出勤 {出勤率}。"
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	x, err := ExportFiling(s, c.ID, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	checkFiles(t, x, map[string][]string{
		"开班申请表.pdf":      {"职业培训开班申请表", "K/1", "电工:班", "创业培训", "1234.56 元/人", "王老师、李老师、赵老师", "申请单位（盖章）"},
		"学员名册.pdf":       {"张三", "110105********002X", "登记失业人员", "共 3 人"},
		"学员名册.xlsx":      {"李四|男|110105********0010"},
		"教学计划（课程表）.pdf":  {"安全用电", "照明线路安装", "09:00—17:00", "实训楼", "共 2 课次，16 学时"},
		"教学计划（课程表）.xlsx": {"2|2026-03-03|09:00—17:00|8|照明线路安装|李老师|实训楼"},
		"授课师资.pdf":       {"王老师", "李老师", "赵老师", "安全用电"},
		"考核方案.pdf":       {"K/1 电工:班：理论+实操，60 分合格，出勤 80%。", "培训机构（盖章）"},
		"结业名册.pdf":       {"张三", "合格", "FZ012026"},
		"结业名册.xlsx":      {"王五|110105********0019|0%|80|85"},
	})
}

func TestTeachersComeFromTheLessonsThenTheClass(t *testing.T) {
	c := training.Class{Teachers: []string{"赵老师", "王老师"}}
	reg := []training.Teacher{{ID: "t1", Name: "王老师", FullTime: true, Teaches: training.TeachBoth,
		Qualifications: []training.Qualification{{Type: training.QualTeacher, Text: "中职教师资格", Number: "20263501"}}}}
	got := Teachers(c, []training.Lesson{{Teacher: "王老师", Hours: 4, Topic: "甲"}, {Teacher: "李老师", Hours: 8, Topic: "乙"}, {Teacher: "王老师", Hours: 2, Topic: "甲"}}, reg)
	if len(got) != 3 || got[0].Name != "李老师" || got[1].Name != "王老师" || got[1].Hours != 6 || got[1].Lessons != 2 || len(got[1].Topics) != 1 || got[2].Name != "赵老师" {
		t.Errorf("%+v", got)
	}
	if got[1].qualifications() != "中职教师资格 20263501" || got[1].kind() != "专职，理论和实操" || got[0].Registered != nil {
		t.Errorf("register: %q %q", got[1].qualifications(), got[1].kind())
	}
}

func TestSafeNames(t *testing.T) {
	for in, want := range map[string]string{"K/1 电工:班": "K_1 电工_班", "con": "_con", " ..a?b.. ": "a_b", "": "_", "a\x00b\u202e": "a_b_"} {
		if got := SafeName(in); got != want {
			t.Errorf("SafeName(%q) = %q, want %q", in, got, want)
		}
	}
	if n := len([]rune(SafeName(strings.Repeat("班", 300)))); n != maxNameRunes {
		t.Errorf("long name kept %d runes", n)
	}
}
