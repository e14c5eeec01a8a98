package cli

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"trainingdesk/store"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

func init() {
	register("classes add", "classes add --code C --name N --occupation O --level 1-5 --type T --start YYYY-MM-DD --end YYYY-MM-DD --hours H [--occupation-code 4-xx-xx-xx（须在职业分类大典中）] [--trade 工种] [--teachers 甲,乙] [--site S] [--assessment theory+practice|theory|practice] [--subsidy YUAN]", classesAdd)
	register("classes list", "classes list [--json]", classesList)
}

func classesAdd(e *env, args []string) error {
	fs := flag.NewFlagSet("classes add", flag.ContinueOnError)
	code := fs.String("code", "", "")
	name := fs.String("name", "", "")
	occ := fs.String("occupation", "", "")
	occCode := fs.String("occupation-code", "", "")
	trade := fs.String("trade", "", "")
	level := fs.String("level", "", "")
	typ := fs.String("type", "", "")
	start := fs.String("start", "", "")
	end := fs.String("end", "", "")
	hours := fs.Float64("hours", 0, "")
	teachers := fs.String("teachers", "", "")
	site := fs.String("site", "", "")
	assess := fs.String("assessment", "", "")
	subsidyYuan := fs.String("subsidy", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	c := training.Class{Code: *code, Name: *name, Occupation: *occ, OccupationCode: *occCode, Trade: strings.TrimSpace(*trade), Type: *typ, Hours: *hours, Site: *site,
		Assessment: parseAssessment(*assess)}
	// Empty values are left for Class.Check, which names the first missing
	// field in the order of the form; present but bad ones are named here.
	var err error
	if *level != "" {
		if c.Level, err = training.ParseLevel(*level); err != nil {
			return err
		}
	}
	if *start != "" {
		if c.Start, err = training.ParseDate(training.FieldStart, *start); err != nil {
			return err
		}
	}
	if *end != "" {
		if c.End, err = training.ParseDate(training.FieldEnd, *end); err != nil {
			return err
		}
	}
	if *subsidyYuan != "" {
		fen, err := subsidy.ParseYuan(*subsidyYuan)
		if err != nil {
			return err
		}
		c.SubsidyFen = int64(fen)
	}
	for _, t := range strings.FieldsFunc(*teachers, func(r rune) bool { return r == ',' || r == '，' || r == '、' }) {
		c.Teachers = append(c.Teachers, strings.TrimSpace(t))
	}
	return e.withStore(func(s *store.Store) error {
		c, err := s.FileClass(c)
		if err != nil {
			return err
		}
		e.say("已开班：%s %s（%s，%s，%g 学时）", c.Code, c.Name, c.Occupation, c.Level.Label(), c.Hours)
		// Late filing is said, not refused: scripts and old classes go on.
		if st, err := s.Settings(); err == nil {
			if warn := training.FilingWarning(c.Start, time.Now(), st.FilingDaysBefore); warn != "" {
				fmt.Fprintln(e.errw, "警告："+warn)
			}
		}
		if cat, err := s.Occupations(); err == nil {
			if _, _, warn, _ := cat.Resolve(c.OccupationCode, c.Occupation); warn != "" {
				e.say("提示：%s", warn)
			}
		}
		return nil
	})
}

type classJSON struct {
	Code       string  `json:"code"`
	Name       string  `json:"name"`
	Occupation string  `json:"occupation"`
	Level      int     `json:"level"`
	Type       string  `json:"type"`
	Start      string  `json:"start"`
	End        string  `json:"end"`
	Hours      float64 `json:"hours"`
	Trainees   int     `json:"trainees"`
	FilingNo   string  `json:"filing_no,omitempty"`
	Assessment string  `json:"assessment,omitempty"`
}

func classesList(e *env, args []string) error {
	fs := flag.NewFlagSet("classes list", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		classes, err := s.Classes()
		if err != nil {
			return err
		}
		counts, err := s.TraineeCounts()
		if err != nil {
			return err
		}
		out := []classJSON{}
		for _, c := range classes {
			out = append(out, classJSON{c.Code, c.Name, c.Occupation, int(c.Level), c.Type,
				c.Start.Format(training.DateLayout), c.End.Format(training.DateLayout), c.Hours, counts[c.ID], c.FilingNo, c.Assessment})
		}
		if *asJSON {
			return e.json(out)
		}
		if len(out) == 0 {
			e.say("还没有班级。用 classes add 开班，或 demo 载入演示数据。")
		}
		for _, c := range out {
			e.say("%s\t%s\t%s\t%s\t%s 至 %s\t%g 学时\t%d 人", c.Code, c.Name, c.Occupation, training.Level(c.Level).Label(), c.Start, c.End, c.Hours, c.Trainees)
		}
		return nil
	})
}

// parseAssessment accepts the English mode or its Chinese label (仅理论 …).
func parseAssessment(s string) string {
	for _, m := range []string{training.AssessBoth, training.AssessTheory, training.AssessPractice} {
		if s == training.AssessmentLabel(m) {
			return m
		}
	}
	return s // Class.Check names it when it is neither
}
