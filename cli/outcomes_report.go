package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strconv"
	"time"

	"trainingdesk/identity"
	"trainingdesk/outcome"
	"trainingdesk/printing"
	"trainingdesk/sheets"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("followup due", "followup due [--on YYYY-MM-DD] [--json]", followupDue)
	register("report outcomes", "report outcomes (--class C | --year Y [--type 培训类型]) [--on YYYY-MM-DD] [--json] [-o 报告.pdf]", reportOutcomes)
}

// onFlag is the day a command answers for: --on, else today.
func onFlag(v string) (time.Time, error) {
	if v == "" {
		return training.Day(Clock()), nil
	}
	return outcome.ParseDay(outcome.FieldDate, v)
}

type dueJSON struct {
	Class      string `json:"class"`
	Name       string `json:"name"`
	IDMasked   string `json:"id_masked"`
	Checkpoint int    `json:"checkpoint"` // months after the class end
	Due        string `json:"due"`
}

func followupDue(e *env, args []string) error {
	fs := flag.NewFlagSet("followup due", flag.ContinueOnError)
	on := fs.String("on", "", "")
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	day, err := onFlag(*on)
	if err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		calls, err := s.FollowUpsDue(day)
		if err != nil {
			return err
		}
		if *asJSON {
			out := make([]dueJSON, 0, len(calls))
			for _, c := range calls {
				out = append(out, dueJSON{c.Class.Code, c.Trainee.Name(), identity.Mask(c.Trainee.Person.IDNumber), c.Checkpoint.Months,
					c.Checkpoint.Due.Format(training.DateLayout)})
			}
			return e.json(out)
		}
		if len(calls) == 0 {
			e.say("截至 %s 本周没有到期的就业跟踪。", day.Format(training.DateLayout))
			return nil
		}
		e.say("截至 %s 本周到期或逾期的就业跟踪 %d 人次：", day.Format(training.DateLayout), len(calls))
		for _, c := range calls {
			late := ""
			if c.Overdue {
				late = "（已逾期）"
			}
			e.say("  %s  %s  %s  结业后%d个月  %s%s", c.Checkpoint.Due.Format(training.DateLayout), c.Class.Code, c.Trainee.Name(),
				c.Checkpoint.Months, identity.Mask(c.Trainee.Person.IDNumber), late)
		}
		return nil
	})
}

// outcomesJSON is `report outcomes --json`: the contract's keys, rates 0..1
// or null while pending (closes names the day each pending window closes).
type outcomesJSON struct {
	Enrolled        int               `json:"enrolled"`
	Withdrawn       int               `json:"withdrawn"`
	Completed       int               `json:"completed"`
	Passed          int               `json:"passed"`
	Certified       int               `json:"certified"`
	PassRate        *float64          `json:"pass_rate"`
	CertificateRate *float64          `json:"certificate_rate"`
	AttendanceRate  *float64          `json:"attendance_rate"`
	Employed        int               `json:"employed"`
	EmploymentRate  *float64          `json:"employment_rate"`
	Businesses3m    int               `json:"businesses_3m"`
	BusinessRate3m  *float64          `json:"business_rate_3m"`
	Businesses6m    int               `json:"businesses_6m"`
	BusinessRate6m  *float64          `json:"business_rate_6m"`
	StableRate      *float64          `json:"stable_business_rate"`
	JobsPerBusiness *float64          `json:"jobs_per_business"`
	Pending         []string          `json:"pending"`
	Closes          map[string]string `json:"closes"`
	AsOf            string            `json:"as_of"`
}

func toOutcomesJSON(sc outcome.Scorecard) outcomesJSON {
	v := func(k string) *float64 { return sc.Get(k).Value }
	out := outcomesJSON{Enrolled: sc.Enrolled, Withdrawn: sc.Withdrawn, Completed: sc.Completed, Passed: sc.Passed, Certified: sc.Certified,
		PassRate: v(outcome.KeyPassRate), CertificateRate: v(outcome.KeyCertificateRate), AttendanceRate: v(outcome.KeyAttendanceRate),
		Employed: sc.Employed, EmploymentRate: v(outcome.KeyEmploymentRate), Businesses3m: sc.Businesses3m, BusinessRate3m: v(outcome.KeyBusinessRate3m),
		Businesses6m: sc.Businesses6m, BusinessRate6m: v(outcome.KeyBusinessRate6m), StableRate: v(outcome.KeyStableRate),
		JobsPerBusiness: v(outcome.KeyJobsPerBusiness), Pending: sc.Pending(), Closes: map[string]string{}, AsOf: sc.AsOf.Format(training.DateLayout)}
	if out.Pending == nil {
		out.Pending = []string{}
	}
	for _, f := range sc.Figures {
		if f.Pending || f.Open > 0 {
			out.Closes[f.Key] = f.Closes.Format(training.DateLayout)
		}
	}
	return out
}

func reportOutcomes(e *env, args []string) error {
	fs := flag.NewFlagSet("report outcomes", flag.ContinueOnError)
	class := fs.String("class", "", "")
	year := fs.String("year", "", "")
	typ := fs.String("type", "", "")
	on := fs.String("on", "", "")
	asJSON := fs.Bool("json", false, "")
	pdfOut := fs.String("o", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if (*class == "") == (*year == "") {
		return fmt.Errorf("请给出 --class 班级编号 或 --year 年份（二者选一）")
	}
	day, err := onFlag(*on)
	if err != nil {
		return err
	}
	var sel store.ScoreSelect
	if *year != "" {
		y, err := strconv.Atoi(*year)
		if err != nil || y < 2000 || y > 2100 {
			return fmt.Errorf("年份“%s”无效，请写四位数字，例如 2026", *year)
		}
		sel.Year, sel.Type = y, *typ
	}
	return e.withStore(func(s *store.Store) error {
		title := ""
		if *class != "" {
			c, err := s.ClassByCode(*class)
			if err != nil {
				return err
			}
			sel.ClassID, title = c.ID, c.Code+" "+c.Name
		} else {
			title = fmt.Sprintf("%d 年结业的%s班级", sel.Year, sel.Type)
		}
		if *pdfOut != "" {
			return writeOutcomePDF(e, s, sel, day, *pdfOut)
		}
		rep, err := s.Scorecard(sel, day)
		if err != nil {
			return err
		}
		if *asJSON {
			return e.json(toOutcomesJSON(rep.Total))
		}
		e.say("%s：培训成效（截至 %s）", title, day.Format(training.DateLayout))
		sc := rep.Total
		e.say("  报名 %d，退学 %d，结业 %d，合格 %d，取得证书 %d，就业 %d", sc.Enrolled, sc.Withdrawn, sc.Completed, sc.Passed, sc.Certified, sc.Employed)
		for _, f := range sc.Figures {
			if f.NA {
				continue
			}
			e.say("  %s：%s", f.Label, f.Text())
		}
		return nil
	})
}

func writeOutcomePDF(e *env, s *store.Store, sel store.ScoreSelect, day time.Time, path string) error {
	d, err := sheets.Outcomes(s, sel, day)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := printing.OutcomeReport(&buf, d); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fail(1, "无法写入 %s：%v", path, err)
	}
	e.say("已生成培训成效报告：%s", path)
	return nil
}
