package subsidy

import (
	"strings"
	"testing"
	"time"

	"trainingdesk/errs"
)

func date(s string) time.Time {
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// good is a trainee meeting every rule, not (yet) employed.
func good(name string) Trainee {
	return Trainee{ID: name, Name: name, Category: "登记失业人员", Rate: 0.9, Assessed: true, Passed: true, CertificateNo: "C-" + name}
}

func hasReason(l Line, part string) bool {
	for _, r := range l.Reasons {
		if strings.Contains(r, part) {
			return true
		}
	}
	return false
}

// The hand-computed class: standard 1234.56 元, ends 2026-11-13, split 60 %,
// 6 months. 60 % of 123456 分 is 74073.6 → 74074 分; the rest 49382 分.
var handClass = Class{Code: "H-01", Name: "手算班", Type: "就业技能培训", End: date("2026-11-13"), Standard: 123456}

func handTrainees() []Trainee {
	emp := good("甲")
	emp.Employment = Employment{Within: true, Status: "就业", Since: date("2026-12-01"), Evidence: "劳动合同"}
	pend := good("乙")
	low := good("丙")
	low.Rate = 0.725
	fail := good("丁")
	fail.Passed = false
	nocert := good("戊")
	nocert.CertificateNo = ""
	cat := good("己")
	cat.Category = "在校学生"
	twice := good("庚")
	twice.SubsidisedIn = "H-00"
	absent := good("辛")
	absent.Assessed, absent.Passed = false, false
	nocat := good("壬")
	nocat.Category = ""
	noproof := good("癸")
	noproof.Employment = Employment{Status: "灵活就业", Since: date("2026-12-10")}
	claimed := good("子")
	claimed.Claimed = map[string]time.Time{StageCompletion: date("2026-11-20")}
	late := good("丑")
	late.Employment = Employment{Status: "自主创业", Since: date("2027-05-20"), Evidence: "营业执照"}
	gone := good("寅")
	gone.Withdrawn = true
	return []Trainee{emp, pend, low, fail, nocert, cat, twice, absent, nocat, noproof, claimed, late, gone}
}

func lineOf(t *testing.T, r Result, name string) Line {
	t.Helper()
	for _, l := range r.Lines {
		if l.Trainee.Name == name {
			return l
		}
	}
	t.Fatalf("no line for %s", name)
	return Line{}
}

func TestSplitHandComputedClass(t *testing.T) {
	rules := DefaultRules()
	res, err := Compute(rules, 0.8, handClass, handTrainees(), date("2026-12-20"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		qualified bool
		comp, emp Fen
		pending   bool
		reason    string
	}{
		"甲": {true, 74074, 49382, false, "就业（2026-12-01 起，证明：劳动合同），就业补贴 493.82 元"},
		"乙": {true, 74074, 0, true, "就业跟踪未到期，第二笔待 2027-05-13 后计算"},
		"丙": {false, 0, 0, false, "出勤率 72.5% 低于 80%，不予补贴"},
		"丁": {false, 0, 0, false, "考核不合格，不予补贴"},
		"戊": {false, 0, 0, false, "未取得培训合格证书，不予补贴"},
		"己": {false, 0, 0, false, "人员类别“在校学生”不在补贴范围"},
		"庚": {false, 0, 0, false, "本年度已在班级“H-00”申领补贴（每人每年限一次），不予补贴"},
		"辛": {false, 0, 0, false, "未参加考核，不予补贴"},
		"壬": {false, 0, 0, false, "未填写人员类别，不予补贴"},
		"癸": {true, 74074, 0, true, "已登记灵活就业但缺少就业证明，补充证明后计算第二笔（跟踪期至 2027-05-13）"},
		"子": {true, 74074, 0, true, "结业补贴已在 2026-11-20 提交的申领中，不重复申领"},
		"寅": {false, 0, 0, false, "已退学，不予补贴"},
		"丑": {true, 74074, 0, false, "就业日期 2027-05-20 晚于跟踪期截止 2027-05-13，第二笔不予补贴"},
	}
	for name, w := range want {
		l := lineOf(t, res, name)
		if l.Qualified != w.qualified || l.Completion != w.comp || l.Employment != w.emp || l.Pending != w.pending {
			t.Errorf("%s: qualified %v completion %d employment %d pending %v, want %+v (reasons %q)", name, l.Qualified, l.Completion, l.Employment, l.Pending, w, l.Reasons)
		}
		if !hasReason(l, w.reason) {
			t.Errorf("%s: reasons %q lack %q", name, l.Reasons, w.reason)
		}
	}
	if !hasReason(lineOf(t, res, "甲"), "符合补贴条件，结业补贴 60%：740.74 元") {
		t.Errorf("甲 reasons %q", lineOf(t, res, "甲").Reasons)
	}
	// 5 qualified × 74074 分 at completion, one employed × 49382 分.
	if res.TotalCompletion != 5*74074 || res.TotalEmployment != 49382 || res.Total() != 5*74074+49382 {
		t.Errorf("totals %d + %d", res.TotalCompletion, res.TotalEmployment)
	}
	if res.Total().Yuan() != "4197.52" {
		t.Errorf("total %s", res.Total().Yuan())
	}
	// The one already in a submitted completion claim is not claimed twice.
	for _, l := range res.Claimable(StageCompletion) {
		if l.Trainee.Name == "子" {
			t.Error("子 is claimable again")
		}
	}
	if n := len(res.Claimable(StageCompletion)); n != 4 {
		t.Errorf("claimable at completion: %d, want 4", n)
	}
	if c := res.Claimable(StageEmployment); len(c) != 1 || c[0].Trainee.Name != "甲" {
		t.Errorf("claimable at employment: %+v", c)
	}
	// A trainee with every fault gets every reason, not just the first.
	if l := lineOf(t, res, "丙"); len(l.Reasons) != 1 {
		t.Errorf("丙 reasons %q", l.Reasons)
	}
}

func TestSplitAfterTheWindow(t *testing.T) {
	res, err := Compute(DefaultRules(), 0.8, handClass, handTrainees(), date("2027-05-14"))
	if err != nil {
		t.Fatal(err)
	}
	if !res.Final {
		t.Fatal("window should be over")
	}
	for name, reason := range map[string]string{
		"乙": "结业后 6 个月内未就业，第二笔不予补贴",
		"癸": "已登记灵活就业但缺少就业证明，第二笔不予补贴",
		"丑": "就业日期 2027-05-20 晚于跟踪期截止 2027-05-13，第二笔不予补贴",
	} {
		l := lineOf(t, res, name)
		if l.Pending || l.Employment != 0 || !hasReason(l, reason) {
			t.Errorf("%s: pending %v employment %d reasons %q, want %q", name, l.Pending, l.Employment, l.Reasons, reason)
		}
	}
	// The window's last day still counts.
	res, _ = Compute(DefaultRules(), 0.8, handClass, handTrainees(), date("2027-05-13"))
	if res.Final || !lineOf(t, res, "乙").Pending {
		t.Error("2027-05-13 is still inside the window")
	}
}

func TestNothingBeforeTheClassEnds(t *testing.T) {
	res, err := Compute(DefaultRules(), 0.8, handClass, handTrainees(), date("2026-11-12"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Total() != 0 || res.Qualified != 0 || !hasReason(res.Lines[0], "班级 2026-11-13 结业，补贴待结业后计算") {
		t.Errorf("total %d qualified %d reasons %q", res.Total(), res.Qualified, res.Lines[0].Reasons)
	}
}

func TestNoStandardIsAnInvalidClass(t *testing.T) {
	c := handClass
	c.Standard = 0
	_, err := Compute(DefaultRules(), 0.8, c, handTrainees(), date("2026-12-20"))
	if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != FieldStandard {
		t.Fatalf("err %v", err)
	}
}

func tieredRules() *Rules {
	r := DefaultRules()
	r.Mode = ModeTiered
	return r
}

// tenWith makes ten qualified trainees of whom the first k are employed
// (the first of them with a 职业技能等级证书).
func tenWith(k int) []Trainee {
	var out []Trainee
	for i := 0; i < 10; i++ {
		t := good(string(rune('A' + i)))
		if i < k {
			t.Employment = Employment{Within: true, Status: "就业", Since: date("2027-01-05"), Evidence: "社保缴费记录"}
			t.SkillCert = i == 0
		}
		out = append(out, t)
	}
	return out
}

func TestTieredByEmploymentRate(t *testing.T) {
	on := date("2027-06-01")
	cases := []struct {
		employed                    int
		skilled, employedAmt, unemp Fen
		total                       Fen
		reason                      string
	}{
		// 20 %: only the employed, at the standard.
		{2, 123456, 123456, 0, 2 * 123456, "班级就业率 20%（2/10），适用 0% 以上档：未就业，本档不予补贴"},
		// 40 %: every qualified trainee at the standard.
		{4, 123456, 123456, 123456, 10 * 123456, "班级就业率 40%（4/10），适用 30% 以上档：未就业，按标准的 100% 补贴 1234.56 元"},
		// 50 %: employed at 120 % (148147.2 → 148147), with a skill certificate 140 % (172838.4 → 172838).
		{5, 172838, 148147, 123456, 172838 + 4*148147 + 5*123456, "班级就业率 50%（5/10），适用 50% 以上档：未就业，按标准的 100% 补贴 1234.56 元"},
	}
	for _, c := range cases {
		res, err := Compute(tieredRules(), 0.8, handClass, tenWith(c.employed), on)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Lines[0].Employment; got != c.skilled {
			t.Errorf("%d employed: skilled %d, want %d", c.employed, got, c.skilled)
		}
		if got := res.Lines[1].Employment; got != c.employedAmt {
			t.Errorf("%d employed: employed %d, want %d", c.employed, got, c.employedAmt)
		}
		if got := res.Lines[9].Employment; got != c.unemp || !hasReason(res.Lines[9], c.reason) {
			t.Errorf("%d employed: unemployed %d %q, want %d %q", c.employed, got, res.Lines[9].Reasons, c.unemp, c.reason)
		}
		if res.Total() != c.total || res.TotalCompletion != 0 {
			t.Errorf("%d employed: total %d (completion %d), want %d", c.employed, res.Total(), res.TotalCompletion, c.total)
		}
	}
	// Before the window ends nothing is paid in tiered mode: the rate is not known.
	res, _ := Compute(tieredRules(), 0.8, handClass, tenWith(5), date("2027-01-10"))
	if res.Total() != 0 || !res.Lines[0].Pending || !hasReason(res.Lines[0], "就业跟踪未到期，按班级就业率核算的补贴待 2027-05-13 后计算") {
		t.Errorf("total %d reasons %q", res.Total(), res.Lines[0].Reasons)
	}
	// An unqualified trainee does not count in the rate's denominator.
	ts := tenWith(3)
	ts[9].Rate = 0.5
	res, _ = Compute(tieredRules(), 0.8, handClass, ts, on)
	if res.EmploymentRate() != "33.3%（3/9）" || res.Lines[8].Employment != 123456 {
		t.Errorf("rate %s, line 8 %d", res.EmploymentRate(), res.Lines[8].Employment)
	}
}

func TestAttendanceThresholdFromSettingsUnlessTheFileSetsOne(t *testing.T) {
	tr := good("甲")
	tr.Rate = 0.85
	res, _ := Compute(DefaultRules(), 0.9, handClass, []Trainee{tr}, date("2026-12-01"))
	if res.Lines[0].Qualified || !hasReason(res.Lines[0], "出勤率 85% 低于 90%，不予补贴") {
		t.Errorf("%q", res.Lines[0].Reasons)
	}
	r := DefaultRules()
	r.MinAttendance = 0.8
	res, _ = Compute(r, 0.9, handClass, []Trainee{tr}, date("2026-12-01"))
	if !res.Lines[0].Qualified {
		t.Errorf("%q", res.Lines[0].Reasons)
	}
}

func TestCertificateMayBeOptional(t *testing.T) {
	r := DefaultRules()
	no := false
	r.CertificateRequired = &no
	tr := good("甲")
	tr.CertificateNo = ""
	res, _ := Compute(r, 0.8, handClass, []Trainee{tr}, date("2026-12-01"))
	if !res.Lines[0].Qualified {
		t.Errorf("%q", res.Lines[0].Reasons)
	}
}
