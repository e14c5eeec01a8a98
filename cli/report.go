package cli

import (
	"flag"
	"fmt"
	"strings"
	"time"

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
}

type reportJSON struct {
	Class       string              `json:"class"`
	Trainees    []reportTraineeJSON `json:"trainees"`
	AverageRate float64             `json:"average_rate"`
	Threshold   float64             `json:"threshold"`
	Warning     string              `json:"warning,omitempty"`
}

// reportOf turns the store's report into the contract's JSON. A lesson not
// marked is "absent" once its day has passed (it counts as absent for the
// rate anyway); a lesson still to come is left out of "marks".
func reportOf(rep store.ClassReport, today time.Time) reportJSON {
	y, m, d := today.Date()
	cut := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	held := map[string]bool{}
	for _, l := range rep.Lessons {
		held[l.ID] = l.Date.Before(cut)
	}
	out := reportJSON{Class: rep.Class.Code, Trainees: []reportTraineeJSON{}, AverageRate: rep.AverageRate,
		Threshold: rep.Rules.Threshold, Warning: rep.TotalWarn}
	for _, t := range rep.Trainees {
		line := reportTraineeJSON{Name: t.Trainee.Name(), IDMasked: identity.Mask(t.Trainee.Person.IDNumber), AttendedHours: t.Summary.AttendedHours,
			TotalHours: t.Summary.TotalHours, Rate: t.Summary.Rate, HeldHours: t.Summary.HeldHours, RateSoFar: t.Summary.RateSoFar, Marks: []reportMarkJSON{}, Result: t.ResultLabel,
			Eligible: t.Verdict.Eligible, Reasons: append([]string{}, t.Verdict.Reasons...)}
		for _, mk := range t.Summary.Marks {
			st := mk.Status
			if st == "" {
				if !held[mk.LessonID] {
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
		out := reportOf(rep, time.Now())
		if *asJSON {
			return e.json(out)
		}
		e.say("%s %s：%d 名学员，平均出勤率 %s，合格线 %s", c.Code, c.Name, len(out.Trainees), pct(out.AverageRate), pct(out.Threshold))
		if out.Warning != "" {
			e.say("提示：%s", out.Warning)
		}
		for _, t := range out.Trainees {
			below := ""
			if t.Rate < out.Threshold-1e-9 {
				below = "  ← 出勤不足"
			}
			verdict := "可发证"
			if !t.Eligible {
				verdict = "不可发证：" + strings.Join(t.Reasons, "；")
			}
			e.say("%s\t%g/%g 学时\t%s\t%s\t%s%s", t.Name, t.AttendedHours, t.TotalHours, pct(t.Rate), t.Result, verdict, below)
		}
		return nil
	})
}

func pct(x float64) string { return fmt.Sprintf("%.1f%%", x*100) }
