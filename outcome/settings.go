package outcome

import (
	"fmt"

	"trainingdesk/errs"
)

// Denominators of 就业率 a region may choose.
const (
	DenomCompleted = "completed" // 结业人数 (default)
	DenomEnrolled  = "enrolled"  // 开班时报名人数, as some cities count
)

// StartupType is the training type whose classes are judged by businesses.
const StartupType = "创业培训"

// Settings are the regional rules of follow-up and of the scorecard.
type Settings struct {
	Checkpoints        []int   `json:"checkpoints"`         // months after class end a trainee is called
	StartupCheckpoints []int   `json:"startup_checkpoints"` // the same for 创业培训
	EmploymentMonths   int     `json:"employment_months"`   // N of "employed within N months"
	Denominator        string  `json:"denominator"`         // DenomCompleted or DenomEnrolled
	FlexibleCounts     bool    `json:"flexible_counts"`     // 灵活就业 counts as employed
	EvidenceRequired   bool    `json:"evidence_required"`   // an entry counts only with a proof of its status
	Targets            Targets `json:"targets"`
}

// Targets are what the policies ask of an institution. Rates are 0..1.
type Targets struct {
	PassRate        float64 `json:"pass_rate"`         // 培训合格率 ≥ 90 %
	CertificateRate float64 `json:"certificate_rate"`  // no national figure: 0 = no line
	AttendanceRate  float64 `json:"attendance_rate"`   // no national figure: 0 = no line
	EmploymentRate  float64 `json:"employment_rate"`   // 就业率 ≥ 50 % (再就业培训: 60 %)
	BusinessRate3m  float64 `json:"business_rate_3m"`  // 开业成功率 3 个月 ≥ 30 %
	BusinessRate6m  float64 `json:"business_rate_6m"`  // 6 个月 ≥ 50 %
	StableRate      float64 `json:"stable_rate"`       // 稳定经营一年以上 ≥ 80 %
	JobsPerBusiness float64 `json:"jobs_per_business"` // 带动就业 ≥ 3 人
}

// DefaultSettings are the national defaults (劳社部发〔2002〕13号 and the
// 创业培训 norms).
func DefaultSettings() Settings {
	return Settings{
		Checkpoints: []int{3, 6}, StartupCheckpoints: []int{3, 6, 12}, EmploymentMonths: 6,
		Denominator: DenomCompleted, FlexibleCounts: true, EvidenceRequired: true,
		Targets: Targets{PassRate: 0.9, EmploymentRate: 0.5, BusinessRate3m: 0.3, BusinessRate6m: 0.5, StableRate: 0.8, JobsPerBusiness: 3},
	}
}

// CheckpointsFor is the checkpoints of a class of the given training type.
func (st Settings) CheckpointsFor(trainingType string) []int {
	if trainingType == StartupType && len(st.StartupCheckpoints) > 0 {
		return st.StartupCheckpoints
	}
	return st.Checkpoints
}

// Validate refuses settings that would make the scorecard meaningless.
func (st Settings) Validate() error {
	for _, cps := range [][]int{st.Checkpoints, st.StartupCheckpoints} {
		if len(cps) == 0 || len(cps) > 6 {
			return errs.E(errs.Invalid, FieldSettings, "跟踪节点须有 1 到 6 个（结业后第几个月）")
		}
		for i, m := range cps {
			if m < 1 || m > 36 {
				return errs.E(errs.Invalid, FieldSettings, "跟踪节点须在结业后 1 到 36 个月之间")
			}
			if i > 0 && m <= cps[i-1] {
				return errs.E(errs.Invalid, FieldSettings, "跟踪节点须从小到大排列且不重复")
			}
		}
	}
	if st.EmploymentMonths < 1 || st.EmploymentMonths > 24 {
		return errs.E(errs.Invalid, FieldSettings, "就业率统计期须在结业后 1 到 24 个月之间")
	}
	if st.Denominator != DenomCompleted && st.Denominator != DenomEnrolled {
		return errs.E(errs.Invalid, FieldSettings, "就业率分母须为 结业人数（completed）或 报名人数（enrolled）")
	}
	t := st.Targets
	for name, v := range map[string]float64{"合格率": t.PassRate, "证书取得率": t.CertificateRate, "出勤率": t.AttendanceRate,
		"就业率": t.EmploymentRate, "3个月开业率": t.BusinessRate3m, "6个月开业率": t.BusinessRate6m, "稳定经营率": t.StableRate} {
		if v < 0 || v > 1 {
			return errs.E(errs.Invalid, FieldSettings, fmt.Sprintf("目标%s须在 0 到 100%% 之间", name))
		}
	}
	if t.JobsPerBusiness < 0 || t.JobsPerBusiness > 1000 {
		return errs.E(errs.Invalid, FieldSettings, "目标带动就业人数须在 0 到 1000 之间")
	}
	return nil
}
