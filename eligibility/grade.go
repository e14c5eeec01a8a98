package eligibility

import (
	"math"
	"time"

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

// Grade checks the scores and returns the attempt with Passed set: every
// required part at or above the pass mark. A score given for a part that is
// not required is kept on the attempt but does not decide the result.
func Grade(theory, practice *float64, a Assessment, at time.Time) (training.Attempt, error) {
	if !a.TheoryRequired && !a.PracticeRequired {
		return training.Attempt{}, training.Invalid("考核方式", "理论与实操至少要求一项：请检查班级的考核设置")
	}
	mark := a.PassMark
	if mark <= 0 {
		mark = DefaultPassMark
	}
	parts := []struct {
		label    string
		score    *float64
		required bool
	}{
		{"理论成绩", theory, a.TheoryRequired},
		{"实操成绩", practice, a.PracticeRequired},
	}
	passed := true
	for _, p := range parts {
		if p.score == nil {
			if p.required {
				return training.Attempt{}, training.Invalid(p.label, "本班考核要求%s：请填写 0–100 的分数", p.label)
			}
			continue
		}
		s := *p.score
		if math.IsNaN(s) || s < 0 || s > 100 {
			return training.Attempt{}, training.Invalid(p.label, "%s须在 0–100 之间，当前为 %v", p.label, s)
		}
		if p.required && s < mark {
			passed = false
		}
	}
	return training.Attempt{Theory: theory, Practice: practice, Passed: passed, At: at}, nil
}
