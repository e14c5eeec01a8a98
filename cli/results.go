package cli

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"trainingdesk/eligibility"
	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("results set", "results set --class C --id 证件号码 [--theory 理论成绩] [--practice 实操成绩] [--reason 更正原因]（不要求的一项可省略；上次不合格时新成绩为补考；带 --reason 则更正上次录错的成绩）", resultsSet)
}

func resultsSet(e *env, args []string) error {
	fs := flag.NewFlagSet("results set", flag.ContinueOnError)
	class := fs.String("class", "", "")
	id := fs.String("id", "", "")
	theory := fs.String("theory", "", "")
	practice := fs.String("practice", "", "")
	reason := fs.String("reason", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("--class", *class); err != nil {
		return err
	}
	if err := need("--id", *id); err != nil {
		return err
	}
	th, err := score(eligibility.FieldTheory, *theory)
	if err != nil {
		return err
	}
	pr, err := score(eligibility.FieldPractice, *practice)
	if err != nil {
		return err
	}
	return e.withTrainee(*class, *id, func(s *store.Store, _ training.Class, tr training.Trainee) error {
		r, err := s.SetResult(tr.ID, th, pr, *reason)
		if err != nil {
			if errs.FieldOf(err) == eligibility.FieldReason {
				return fmt.Errorf("%v（用 --reason 填写）", err)
			}
			return err
		}
		e.say("已录入：%s（%s）%s → %s", tr.Name(), identity.Mask(tr.Person.IDNumber), scoresText(th, pr), eligibility.ResultLabel(&r))
		return nil
	})
}

// score reads an optional score; empty means "not given".
func score(field errs.Field, s string) (*float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, errs.Errorf(errs.Invalid, field, "“%s”不是数字，请填写 0–100 的分数", s)
	}
	return &v, nil
}

func scoresText(theory, practice *float64) string {
	var parts []string
	if theory != nil {
		parts = append(parts, "理论 "+strconv.FormatFloat(*theory, 'f', -1, 64))
	}
	if practice != nil {
		parts = append(parts, "实操 "+strconv.FormatFloat(*practice, 'f', -1, 64))
	}
	return strings.Join(parts, "，")
}
