package cli

import (
	"flag"
	"fmt"
	"strings"

	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("report class", "report class C [--json]（每名学员的出勤学时、出勤率、各课考勤、考核结果；未记录的已上课次计为缺勤，尚未上的课不列出）", reportClass)
}

type reportMarkJSON struct {
	Lesson int    `json:"lesson"`
	Status string `json:"status"`
}

type reportTraineeJSON struct {
	Name          string           `json:"name"`
	IDMasked      string           `json:"id_masked"`
	AttendedHours float64          `json:"attended_hours"`
	TotalHours    float64          `json:"total_hours"`
	Rate          float64          `json:"rate"`
	HeldHours     float64          `json:"held_hours"`  // extension: 学时 of the lessons held so far
	RateSoFar     float64          `json:"rate_so_far"` // extension: attended ÷ held, for a class still running
	Marks         []reportMarkJSON `json:"marks"`
	Result        string           `json:"result"`
	Eligible      bool             `json:"eligible"`
	Reasons       []string         `json:"reasons"`
	AtRisk        bool             `json:"at_risk"` // extension: attendance.AtRisk, as the GUI flags it
}

type reportJSON struct {
	Class       string              `json:"class"`
	Trainees    []reportTraineeJSON `json:"trainees"`
	AverageRate float64             `json:"average_rate"`
	Threshold   float64             `json:"threshold"`
	Warning     string              `json:"warning,omitempty"`
	Status      string              `json:"status"`  // extension: planned, running or finished on the report's day
	AtRisk      int                 `json:"at_risk"` // extension: trainees flagged
}

// reportOf turns the store's report into the contract's JSON. A lesson not
// marked is "absent" once held (attendance.Held; it counts as absent for the
// rate anyway); a lesson still to come is left out of "marks".
func reportOf(rep store.ClassReport) reportJSON {
	out := reportJSON{Class: rep.Class.Code, Trainees: []reportTraineeJSON{}, AverageRate: rep.AverageRate,
		Threshold: rep.Rules.Threshold, Warning: rep.TotalWarn, Status: rep.Status.Key(), AtRisk: rep.AtRisk}
	for _, t := range rep.Trainees {
		line := reportTraineeJSON{Name: t.Trainee.Name(), IDMasked: identity.Mask(t.Trainee.Person.IDNumber), AttendedHours: t.Summary.AttendedHours,
			TotalHours: t.Summary.TotalHours, Rate: t.Summary.Rate, HeldHours: t.Summary.HeldHours, RateSoFar: t.Summary.RateSoFar, Marks: []reportMarkJSON{}, Result: t.ResultLabel,
			Eligible: t.Verdict.Eligible, Reasons: append([]string{}, t.Verdict.Reasons...), AtRisk: t.AtRisk}
		for _, mk := range t.Summary.Marks {
			st := mk.Status
			if st == "" {
				if !mk.Held {
					continue
				}
				st = training.Absent
			}
			line.Marks = append(line.Marks, reportMarkJSON{mk.LessonNo, st})
		}
		out.Trainees = append(out.Trainees, line)
	}
	return out
}

func reportClass(e *env, args []string) error {
	fs := flag.NewFlagSet("report class", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	class := fs.String("class", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *class == "" && len(pos) > 0 {
		*class = pos[0]
	}
	if err := need("班级编号", *class); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		c, err := s.ClassByCode(*class)
		if err != nil {
			return err
		}
		rep, err := s.ClassReport(c.ID)
		if err != nil {
			return err
		}
		out := reportOf(rep)
		if *asJSON {
			return e.json(out)
		}
		running := rep.Status == training.Running
		if running {
			e.say("%s %s：%d 名学员，班级进行中：出勤率按至今已上的课次计，合格线 %s，%d 人至今低于合格线", c.Code, c.Name, len(out.Trainees), pct(out.Threshold), out.AtRisk)
		} else {
			e.say("%s %s：%d 名学员，平均出勤率 %s，合格线 %s，%d 人低于合格线", c.Code, c.Name, len(out.Trainees), pct(out.AverageRate), pct(out.Threshold), out.AtRisk)
		}
		if out.Warning != "" {
			e.say("提示：%s", out.Warning)
		}
		for _, t := range out.Trainees {
			below := ""
			if t.AtRisk {
				below = "  ← 出勤不足"
			}
			rate := pct(t.Rate)
			if running {
				rate = "至今 " + pct(t.RateSoFar)
			}
			verdict := "可发证"
			if !t.Eligible {
				verdict = "不可发证：" + strings.Join(t.Reasons, "；")
			}
			e.say("%s\t%g/%g 学时\t%s\t%s\t%s%s", t.Name, t.AttendedHours, t.TotalHours, rate, t.Result, verdict, below)
		}
		return nil
	})
}

func pct(x float64) string { return fmt.Sprintf("%.1f%%", x*100) }
