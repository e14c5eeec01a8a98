package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/outcome"
	"trainingdesk/store"
)

// outcomeSettings are the 设置 rows of follow-up and the scorecard: the
// checkpoints, the N of 就业率, its denominator, whether 灵活就业 counts and
// whether evidence is required, and the targets. The store checks them
// (outcome.Settings.Validate); a problem shows under this row.
type outcomeSettings struct {
	Checkpoints, StartupCheckpoints, Months      *widget.Entry
	Denominator                                  *widget.Select
	FlexibleCounts, EvidenceRequired             *widget.Check
	u                                            *UI
	PassRate, EmploymentRate, Biz3m, Biz6m       *widget.Entry
	StableRate, JobsPerBusiness, CertRate, AttRt *widget.Entry
}

var denominatorLabels = []string{"结业人数", "报名人数"}

func newOutcomeSettings(u *UI, r *fieldForm) *outcomeSettings {
	o := &outcomeSettings{}
	small := func(ph string) *widget.Entry { e := widget.NewEntry(); e.SetPlaceHolder(u.T(ph)); return e }
	o.Checkpoints, o.StartupCheckpoints, o.Months = small("3,6"), small("3,6,12"), small("6")
	o.Denominator = u.newChoice(u.Ts(denominatorLabels), nil)
	o.u = u
	o.FlexibleCounts = widget.NewCheck(u.T("灵活就业计入就业"), nil)
	o.EvidenceRequired = widget.NewCheck(u.T("须有证明材料才计入"), nil)
	o.PassRate, o.EmploymentRate, o.Biz3m, o.Biz6m = small("90"), small("50"), small("30"), small("50")
	o.StableRate, o.JobsPerBusiness, o.CertRate, o.AttRt = small("80"), small("3"), small("0"), small("0")
	label := func(s string) *widget.Label { return widget.NewLabel(u.T(s)) }
	grid := container.NewGridWithColumns(4,
		label("跟踪节点（月）"), o.Checkpoints, label("创业培训节点"), o.StartupCheckpoints,
		label("就业统计期（月）"), o.Months, label("就业率分母"), o.Denominator,
		label("目标合格率 %"), o.PassRate, label("目标就业率 %"), o.EmploymentRate,
		label("3个月开业率 %"), o.Biz3m, label("6个月开业率 %"), o.Biz6m,
		label("稳定经营率 %"), o.StableRate, label("带动就业（人/户）"), o.JobsPerBusiness,
		label("证书取得率 %"), o.CertRate, label("出勤率 %"), o.AttRt)
	r.addField(outcome.FieldSettings, container.NewVBox(grid, container.NewHBox(o.FlexibleCounts, o.EvidenceRequired)))
	return o
}

func (o *outcomeSettings) fill(st store.Settings) {
	s := st.Outcomes
	months := func(ms []int) string {
		var p []string
		for _, m := range ms {
			p = append(p, strconv.Itoa(m))
		}
		return strings.Join(p, ",")
	}
	pct := func(v float64) string { return strconv.FormatFloat(v*100, 'f', -1, 64) }
	o.Checkpoints.SetText(months(s.Checkpoints))
	o.StartupCheckpoints.SetText(months(s.StartupCheckpoints))
	o.Months.SetText(strconv.Itoa(s.EmploymentMonths))
	o.Denominator.SetSelected(o.u.T(denominatorLabels[0]))
	if s.Denominator == outcome.DenomEnrolled {
		o.Denominator.SetSelected(o.u.T(denominatorLabels[1]))
	}
	o.FlexibleCounts.SetChecked(s.FlexibleCounts)
	o.EvidenceRequired.SetChecked(s.EvidenceRequired)
	t := s.Targets
	o.PassRate.SetText(pct(t.PassRate))
	o.EmploymentRate.SetText(pct(t.EmploymentRate))
	o.Biz3m.SetText(pct(t.BusinessRate3m))
	o.Biz6m.SetText(pct(t.BusinessRate6m))
	o.StableRate.SetText(pct(t.StableRate))
	o.JobsPerBusiness.SetText(strconv.FormatFloat(t.JobsPerBusiness, 'f', -1, 64))
	o.CertRate.SetText(pct(t.CertificateRate))
	o.AttRt.SetText(pct(t.AttendanceRate))
}

// read puts the rows into st. What does not read as a number becomes a
// value the store refuses, so the clerk sees the problem under the row.
func (o *outcomeSettings) read(st *store.Settings) {
	months := func(v string) []int {
		var out []int
		for _, p := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == '，' || r == '、' || r == ' ' }) {
			n, err := strconv.Atoi(p)
			if err != nil {
				return nil
			}
			out = append(out, n)
		}
		return out
	}
	num := func(e *widget.Entry) float64 {
		v, err := strconv.ParseFloat(strings.TrimSpace(e.Text), 64)
		if err != nil {
			return -1
		}
		return v
	}
	s := &st.Outcomes
	s.Checkpoints, s.StartupCheckpoints = months(o.Checkpoints.Text), months(o.StartupCheckpoints.Text)
	s.EmploymentMonths = int(num(o.Months))
	s.Denominator = outcome.DenomCompleted
	if o.Denominator.Selected == o.u.T(denominatorLabels[1]) {
		s.Denominator = outcome.DenomEnrolled
	}
	s.FlexibleCounts, s.EvidenceRequired = o.FlexibleCounts.Checked, o.EvidenceRequired.Checked
	s.Targets = outcome.Targets{PassRate: num(o.PassRate) / 100, EmploymentRate: num(o.EmploymentRate) / 100,
		BusinessRate3m: num(o.Biz3m) / 100, BusinessRate6m: num(o.Biz6m) / 100, StableRate: num(o.StableRate) / 100,
		JobsPerBusiness: num(o.JobsPerBusiness), CertificateRate: num(o.CertRate) / 100, AttendanceRate: num(o.AttRt) / 100}
}
