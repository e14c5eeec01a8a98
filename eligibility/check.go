package eligibility

import (
	"fmt"
	"math"
	"strconv"

	"trainingdesk/attendance"
	"trainingdesk/training"
)

// Reasons a trainee is not eligible, besides the attendance one.
const (
	ReasonFailed   = "考核不合格"
	ReasonNoResult = "尚未录入考核成绩"
)

// Verdict is whether a trainee may be certified and, if not, every reason.
type Verdict struct {
	Eligible bool
	Reasons  []string
}

// Check applies the rules: attendance rate at or above the threshold, and
// the latest assessment attempt passed. res may be nil (not assessed).
func Check(rate float64, r attendance.Rules, res *training.Result) Verdict {
	var v Verdict
	if attendance.Below(rate, r) {
		th := r.Threshold
		if th <= 0 {
			th = attendance.DefaultRules().Threshold
		}
		v.Reasons = append(v.Reasons, fmt.Sprintf("出勤率 %s 低于 %s", percentDown(rate), percentDown(th)))
	}
	switch {
	case res == nil || len(res.Attempts) == 0:
		v.Reasons = append(v.Reasons, ReasonNoResult)
	case !res.Passed():
		v.Reasons = append(v.Reasons, ReasonFailed)
	}
	v.Eligible = len(v.Reasons) == 0
	return v
}

// percentDown prints a share as a percentage with at most one decimal,
// rounded down so a rate just under the line never prints as the line
// itself (79.96 % shows 79.9 %, not 80 %).
func percentDown(x float64) string {
	p := math.Floor(x*1000+1e-6) / 10
	return strconv.FormatFloat(p, 'f', -1, 64) + "%"
}

// ResultLabel is the result as printed on reports: 合格, 不合格 or 未考核,
// with （补考） when there was more than one attempt.
func ResultLabel(res *training.Result) string {
	if res == nil || len(res.Attempts) == 0 {
		return "未考核"
	}
	label := "不合格"
	if res.Passed() {
		label = "合格"
	}
	if len(res.Attempts) > 1 {
		label += "（补考）"
	}
	return label
}
