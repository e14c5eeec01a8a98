package eligibility

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// DefaultPassMark is the usual pass mark out of 100.
const DefaultPassMark = 60

// Assessment says which parts a class's 考核 has and the pass mark.
type Assessment struct {
	TheoryRequired, PracticeRequired bool
	PassMark                         float64 // 0 means DefaultPassMark
}

// DefaultAssessment: theory and practice both required, pass at 60.
func DefaultAssessment() Assessment {
	return Assessment{TheoryRequired: true, PracticeRequired: true, PassMark: DefaultPassMark}
}

// Fields of a result the clerk can correct.
var (
	FieldTheory   = errs.NewField("theory", "理论成绩", "Theory score")
	FieldPractice = errs.NewField("practice", "实操成绩", "Practice score")
	FieldReason   = errs.NewField("correction_reason", "更正原因", "Reason for the correction")
	FieldResult   = errs.NewField("result", "考核成绩", "Result")
)

// Grade checks the scores and returns the attempt with Passed set: every
// required part at or above the pass mark. A score given for a part that is
// not required is kept on the attempt but does not decide the result. Every
// wrong field is named at once (errors joined, each an errs.Invalid with its
// field; ErrorFor picks one field's).
func Grade(theory, practice *float64, a Assessment, at time.Time) (training.Attempt, error) {
	if !a.TheoryRequired && !a.PracticeRequired {
		return training.Attempt{}, errs.Errorf(errs.Invalid, training.FieldAssessment, "理论与实操至少要求一项：请检查班级的考核设置")
	}
	mark := a.PassMark
	if mark <= 0 {
		mark = DefaultPassMark
	}
	parts := []struct {
		field    errs.Field
		score    *float64
		required bool
	}{
		{FieldTheory, theory, a.TheoryRequired},
		{FieldPractice, practice, a.PracticeRequired},
	}
	passed := true
	var problems []error
	for _, p := range parts {
		label := p.field.Label()
		if p.score == nil {
			if p.required {
				problems = append(problems, errs.E(errs.Invalid, p.field, fmt.Sprintf("本班考核要求%s：请填写 0–100 的分数", label)))
			}
			continue
		}
		s := *p.score
		if math.IsNaN(s) || s < 0 || s > 100 {
			problems = append(problems, errs.E(errs.Invalid, p.field, fmt.Sprintf("%s须在 0–100 之间，当前为 %v", label, s)))
			continue
		}
		if p.required && s < mark {
			passed = false
		}
	}
	if len(problems) > 0 {
		return training.Attempt{}, errors.Join(problems...)
	}
	return training.Attempt{Theory: theory, Practice: practice, Passed: passed, At: at}, nil
}

// ErrorFor is the problem of err (possibly joined) that names field f.
func ErrorFor(err error, f errs.Field) error {
	for _, e := range errs.Problems(err) {
		if errs.FieldOf(e) == f {
			return e
		}
	}
	return nil
}

// Messages lists every problem of err (possibly joined) as "标签：消息".
func Messages(err error) []string {
	var out []string
	for _, e := range errs.Problems(err) {
		out = append(out, e.Error())
	}
	return out
}

// How new scores relate to the ones recorded.
const (
	SittingFirst      = "first"      // the first scores of this trainee
	SittingResit      = "resit"      // 补考: the latest attempt failed; both are kept
	SittingCorrection = "correction" // 更正: the latest attempt was mistyped; it is replaced, with a reason
)

// Sitting decides what new scores are: the first sitting; a correction of
// the latest attempt when a reason is given (a mistyped score, audited); else
// a 补考 when the latest attempt failed. Changing a passing result without a
// reason is refused: it can only be a correction.
func Sitting(r training.Result, reason string) (string, error) {
	switch {
	case len(r.Attempts) == 0:
		return SittingFirst, nil
	case strings.TrimSpace(reason) != "":
		return SittingCorrection, nil
	case !r.Passed():
		return SittingResit, nil
	}
	return "", errs.E(errs.Invalid, FieldReason, "已有合格成绩：改动只能是更正录入错误，请填写更正原因（合格后没有补考）")
}
