package subsidy

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"trainingdesk/errs"
	"trainingdesk/outcome"
)

// FieldStandard is a class's subsidy standard (补贴标准, 元/人).
var FieldStandard = errs.NewField("subsidy", "补贴标准", "Subsidy standard")

const dateLayout = "2006-01-02"

// Class is what the computation needs of a class.
type Class struct {
	Code, Name, Type string
	End              time.Time
	Standard         Fen // 元/人, in 分
}

// Trainee is what the computation needs of one enrolment; the caller reads
// it from the records (attendance, results, certificates, follow-ups).
type Trainee struct {
	ID, Name, Category string
	Rate               float64 // attendance share of the class's 学时
	Assessed, Passed   bool
	CertificateNo      string // a valid 培训合格证书, "" when none
	Withdrawn          bool   // left the class (退学)
	SkillCert          bool   // holds a 职业技能等级证书 (tiered mode pays more)
	Employment         Employment
	// SubsidisedIn names another class of the same year in which the person
	// is already claimed ("" when none).
	SubsidisedIn string
	// Claimed maps a stage to the date of the submitted claim that already
	// holds this trainee for it.
	Claimed map[string]time.Time
}

// Employment is what the follow-ups say of a trainee. Whether the trainee
// counts as employed within the window is decided by the one rule of
// package outcome (EmployedWithin) and handed in as Within; the rest only
// explains a trainee who does not count.
type Employment struct {
	Within   bool      // employed within the window, with a proof (outcome.EmployedWithin)
	Status   string    // the entry shown: 就业, 灵活就业, 自主创业; "" when none says employed
	Since    time.Time // the day that status began
	Evidence string    // its proofs (劳动合同 …); "" when none proves the status
	EntryID  string    // the follow-up entry a claim cites
}

// Line is one trainee's outcome: qualified or not, why, and how much.
type Line struct {
	Trainee    Trainee
	Qualified  bool // meets every rule of the rules file
	Employed   bool // employed within the window, with evidence
	Pending    bool // the employment amount waits for the window to end
	Reasons    []string
	Completion Fen
	Employment Fen
}

// Total is what the trainee is owed in all.
func (l Line) Total() Fen { return l.Completion + l.Employment }

// Amount is the trainee's amount for a stage.
func (l Line) Amount(stage string) Fen {
	if stage == StageCompletion {
		return l.Completion
	}
	return l.Employment
}

// Result is a class's computation.
type Result struct {
	Mode      string
	Standard  Fen
	Months    int       // the employment window, in months after the class end
	WindowEnd time.Time // the last day an employment counts
	Final     bool      // the window is over: the employment amounts are final
	Qualified int       // trainees meeting every rule
	Employed  int       // of those, employed within the window with evidence
	Lines     []Line

	TotalCompletion, TotalEmployment Fen
}

// Total is the class's whole amount.
func (r Result) Total() Fen { return r.TotalCompletion + r.TotalEmployment }

// Claimable lists the lines a new claim for stage holds: an amount owed
// and not already in a submitted claim.
func (r Result) Claimable(stage string) []Line {
	var out []Line
	for _, l := range r.Lines {
		if _, done := l.Trainee.Claimed[stage]; done || l.Amount(stage) <= 0 {
			continue
		}
		out = append(out, l)
	}
	return out
}

// EmploymentRate is the class's 就业率 as "40%（4/10）".
func (r Result) EmploymentRate() string {
	if r.Qualified == 0 {
		return "0%（0/0）"
	}
	return fmt.Sprintf("%s（%d/%d）", percent(float64(r.Employed)/float64(r.Qualified)), r.Employed, r.Qualified)
}

// Compute decides every trainee's amounts on day on. threshold is the
// attendance threshold in 设置, used when the rules file sets none.
func Compute(rules *Rules, threshold float64, c Class, trainees []Trainee, on time.Time) (Result, error) {
	if c.Standard <= 0 {
		return Result{}, errs.E(errs.Invalid, FieldStandard, fmt.Sprintf("班级“%s”未设置补贴标准（元/人）：请在班级中填写后再计算", c.Code))
	}
	if c.Standard > MaxFen {
		return Result{}, errs.E(errs.Limit, FieldStandard, "补贴标准超过上限 10,000,000 元")
	}
	min := rules.MinAttendance
	if min <= 0 {
		min = threshold
	}
	months := rules.EmploymentMonths
	if months == 0 { // rules not resolved with WithFollowUp: the national default
		months = outcome.DefaultSettings().EmploymentMonths
	}
	res := Result{Mode: rules.Mode, Standard: c.Standard, Months: months, WindowEnd: outcome.WindowCloses(c.End, months)}
	res.Final = day(on).After(day(res.WindowEnd))
	ended := !c.End.IsZero() && !day(on).Before(day(c.End))
	for _, t := range trainees {
		l := Line{Trainee: t}
		if !ended {
			l.Reasons = append(l.Reasons, fmt.Sprintf("班级 %s 结业，补贴待结业后计算", c.End.Format(dateLayout)))
		} else {
			l.Reasons = qualify(rules, min, t)
			l.Qualified = len(l.Reasons) == 0
		}
		if l.Qualified {
			l.Employed, l.Pending = employed(t.Employment, res.WindowEnd, res.Final)
			res.Qualified++
			if l.Employed {
				res.Employed++
			}
		}
		res.Lines = append(res.Lines, l)
	}
	for i := range res.Lines {
		l := &res.Lines[i]
		if !l.Qualified {
			continue
		}
		if rules.Mode == ModeTiered {
			res.tiered(rules, l)
		} else {
			res.split(rules, l)
		}
		for _, stage := range []string{StageCompletion, StageEmployment} {
			if at, ok := l.Trainee.Claimed[stage]; ok && l.Amount(stage) > 0 {
				l.Reasons = append(l.Reasons, fmt.Sprintf("%s补贴已在 %s 提交的申领中，不重复申领", StageLabel(stage), at.Format(dateLayout)))
			}
		}
		res.TotalCompletion += l.Completion
		res.TotalEmployment += l.Employment
	}
	return res, nil
}

// qualify lists every rule the trainee fails (empty: qualified), so the
// clerk can mend all of them at once.
func qualify(rules *Rules, min float64, t Trainee) []string {
	var why []string
	if t.Withdrawn {
		why = append(why, "已退学，不予补贴")
	}
	switch {
	case t.Category == "":
		why = append(why, "未填写人员类别，不予补贴")
	case !rules.Subsidised(t.Category):
		why = append(why, fmt.Sprintf("人员类别“%s”不在补贴范围（%s），不予补贴", t.Category, rules.Source()))
	}
	if t.Rate+1e-9 < min {
		why = append(why, fmt.Sprintf("出勤率 %s 低于 %s，不予补贴", percent(t.Rate), percent(min)))
	}
	switch {
	case !t.Assessed:
		why = append(why, "未参加考核，不予补贴")
	case !t.Passed:
		why = append(why, "考核不合格，不予补贴")
	}
	if rules.NeedsCertificate() && t.CertificateNo == "" {
		why = append(why, "未取得培训合格证书，不予补贴")
	}
	if rules.OnePerYear() && t.SubsidisedIn != "" {
		why = append(why, fmt.Sprintf("本年度已在班级“%s”申领补贴（每人每年限一次），不予补贴", t.SubsidisedIn))
	}
	return why
}

// employed tells whether the trainee counts as employed within the window,
// and whether that may still change.
func employed(e Employment, windowEnd time.Time, final bool) (yes, pending bool) {
	switch {
	case e.Within:
		return true, false
	case e.Status != "" && e.Evidence != "" && day(e.Since).After(day(windowEnd)):
		return false, false // too late, whatever day it is now
	}
	return false, !final
}

func (res *Result) split(rules *Rules, l *Line) {
	l.Completion = percentOf(res.Standard, rules.Split.CompletionPercent)
	rest := res.Standard - l.Completion
	l.Reasons = append(l.Reasons, fmt.Sprintf("符合补贴条件，结业补贴 %d%%：%s", rules.Split.CompletionPercent, l.Completion))
	switch {
	case rest == 0:
	case l.Employed:
		l.Employment = rest
		l.Reasons = append(l.Reasons, fmt.Sprintf("%s（%s 起，证明：%s），就业补贴 %s", l.Trainee.Employment.Status,
			l.Trainee.Employment.Since.Format(dateLayout), l.Trainee.Employment.Evidence, rest))
	default:
		l.Reasons = append(l.Reasons, res.notEmployed(rules, l, "第二笔"))
	}
}

func (res *Result) tiered(rules *Rules, l *Line) {
	if !res.Final {
		l.Reasons = append(l.Reasons, fmt.Sprintf("就业跟踪未到期，按班级就业率核算的补贴待 %s 后计算", res.WindowEnd.Format(dateLayout)))
		l.Pending = true
		return
	}
	tier := rules.Tiered.Tiers[0]
	for _, t := range rules.Tiered.Tiers {
		if res.Employed*100 >= t.MinRate*res.Qualified {
			tier = t
		}
	}
	head := fmt.Sprintf("班级就业率 %s，适用 %d%% 以上档：", res.EmploymentRate(), tier.MinRate)
	pct, who := tier.UnemployedPercent, "未就业"
	switch {
	case l.Employed && l.Trainee.SkillCert:
		pct, who = tier.EmployedSkillPercent, "已就业且持职业技能等级证书"
	case l.Employed:
		pct, who = tier.EmployedPercent, "已就业"
	}
	l.Employment = percentOf(res.Standard, pct)
	if pct == 0 {
		l.Reasons = append(l.Reasons, head+who+"，本档不予补贴")
		return
	}
	l.Reasons = append(l.Reasons, fmt.Sprintf("%s%s，按标准的 %d%% 补贴 %s", head, who, pct, l.Employment))
}

// notEmployed says why a qualified trainee has no employment amount (yet).
func (res *Result) notEmployed(rules *Rules, l *Line, what string) string {
	e := l.Trainee.Employment
	end := res.WindowEnd.Format(dateLayout)
	switch {
	case e.Status != "" && e.Evidence == "" && !res.Final:
		return fmt.Sprintf("已登记%s但缺少就业证明，补充证明后计算%s（跟踪期至 %s）", e.Status, what, end)
	case e.Status != "" && e.Evidence == "":
		return fmt.Sprintf("已登记%s但缺少就业证明，%s不予补贴", e.Status, what)
	case e.Status != "" && day(e.Since).After(day(res.WindowEnd)):
		return fmt.Sprintf("就业日期 %s 晚于跟踪期截止 %s，%s不予补贴", e.Since.Format(dateLayout), end, what)
	case !res.Final:
		return fmt.Sprintf("就业跟踪未到期，%s待 %s 后计算", what, end)
	}
	return fmt.Sprintf("结业后 %d 个月内未就业，%s不予补贴", res.Months, what)
}

// percent renders a share as "72.5%" (one decimal at most).
func percent(x float64) string {
	return strconv.FormatFloat(math.Round(x*1000)/10, 'f', -1, 64) + "%"
}

func day(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
