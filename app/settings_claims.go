package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/store"
	"trainingdesk/subsidy"
)

// claimSettings are the 设置 rows of subsidy claims: the region's rules
// file, how ID numbers print on the 补贴花名册, the 考核方案 template.
type claimSettings struct {
	RulesFile      *deskEntry
	IDStyle        *widget.Select
	AssessmentPlan *widget.Entry
	u              *UI
}

func newClaimSettings(u *UI, r *fieldForm, save func()) *claimSettings {
	c := &claimSettings{RulesFile: newDeskEntry(u, "留空使用默认补贴规则（分期拨付，结业 60%）"), IDStyle: widget.NewSelect(u.Ts(idStyleLabels), nil), u: u}
	c.RulesFile.OnSubmitted = func(string) { save() }
	c.AssessmentPlan = widget.NewMultiLineEntry()
	c.AssessmentPlan.SetPlaceHolder(u.T("留空使用默认考核方案；可用 {班级} {职业} {等级} {考核方式} {学时} {合格分数} {出勤率}"))
	c.AssessmentPlan.Wrapping = fyne.TextWrapWord
	c.AssessmentPlan.SetMinRowsVisible(4)
	r.addField(subsidy.FieldRulesFile, container.NewBorder(nil, nil, nil, widget.NewButton(u.T("选择…"), func() {
		u.pickPath(c.RulesFile.SetText)
	}), c.RulesFile))
	r.addField(store.FieldClaimIDStyle, c.IDStyle)
	r.add("考核方案模板", c.AssessmentPlan)
	return c
}

func (c *claimSettings) fill(st store.Settings) {
	c.RulesFile.SetText(st.SubsidyRulesFile)
	c.IDStyle.SetSelected(c.u.T(idStyleLabel(st.ClaimIDStyleOr())))
	c.AssessmentPlan.SetText(st.AssessmentPlan)
}

// read puts the rows into st; the store checks them when saving, and an
// error names the row (shown under it).
func (c *claimSettings) read(st *store.Settings) {
	st.SubsidyRulesFile = strings.TrimSpace(c.RulesFile.Text)
	st.ClaimIDStyle = idStyle(c.u.valueOf(c.IDStyle.Selected, idStyleLabels))
	st.AssessmentPlan = strings.TrimSpace(c.AssessmentPlan.Text)
}
