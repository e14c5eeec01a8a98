package app

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/eligibility"
	"trainingdesk/training"
)

// skillCertForm records the 职业技能等级证书 a ticked trainee obtained
// (the tiered subsidy pays more for it). Mistakes stay on the form under
// their field; replacing or withdrawing a recorded one asks for a reason.
type skillCertForm struct {
	s         *CompletionScreen
	traineeID string
	fields    *fieldForm

	Number, Issued, Issuer, Reason *widget.Entry
	Level                          *widget.Select
	SaveButton, RemoveButton       *widget.Button
	dialog                         dialog.Dialog
}

// askSkillCert opens the form for the one ticked trainee.
func (s *CompletionScreen) askSkillCert() {
	var picked []*CompletionRow
	for _, r := range s.Rows {
		if r.Pick.Checked {
			picked = append(picked, r)
		}
	}
	if len(picked) != 1 {
		s.u.showError(errors.New("请在列表中只勾选一名考核合格的学员，再登记其职业技能等级证书"))
		return
	}
	s.SkillCert = newSkillCertForm(s, picked[0])
	s.SkillCert.dialog.Show()
}

func newSkillCertForm(s *CompletionScreen, row *CompletionRow) *skillCertForm {
	u := s.u
	f := &skillCertForm{s: s, traineeID: row.TraineeID, fields: newFieldForm(u.T)}
	f.Number, f.Issued, f.Issuer, f.Reason = widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	f.Number.SetPlaceHolder(u.T("照证书抄写，如 S2026350100000123"))
	f.Issued.SetPlaceHolder(u.T("如 2026-07-15"))
	f.Issuer.SetPlaceHolder(u.T("发证的评价机构全称"))
	f.Reason.SetPlaceHolder(u.T("更正或撤销时填写"))
	withCalendar(f.Issued)
	var levels []string
	for _, l := range training.Levels() {
		levels = append(levels, l.Label())
	}
	f.Level = u.newChoice(levels, nil)
	if res := row.line.Result; res != nil && res.SkillCert != nil {
		c := res.SkillCert
		f.Number.SetText(c.Number)
		f.Level.SetSelected(c.Level.Label())
		f.Issued.SetText(c.Issued.Format(training.DateLayout))
		f.Issuer.SetText(c.Issuer)
	} else if s.class.Level.Valid() {
		f.Level.SetSelected(s.class.Level.Label())
	}
	f.fields.addField(eligibility.FieldSkillNumber, f.Number)
	f.fields.addField(eligibility.FieldSkillLevel, f.Level)
	f.fields.addField(eligibility.FieldSkillIssued, f.Issued)
	f.fields.addField(eligibility.FieldSkillIssuer, f.Issuer)
	f.fields.addField(eligibility.FieldReason, f.Reason)
	f.SaveButton = widget.NewButton(u.T("保存"), func() { f.save(false) })
	f.SaveButton.Importance = widget.HighImportance
	f.RemoveButton = widget.NewButton(u.T("撤销登记"), func() { f.save(true) })
	if res := row.line.Result; res == nil || res.SkillCert == nil {
		f.RemoveButton.Disable() // nothing recorded to withdraw
	}
	cancel := widget.NewButton(u.T("取消"), func() { f.dialog.Hide() })
	buttons := container.NewHBox(f.RemoveButton, cancel, f.SaveButton)
	body := container.NewBorder(nil, container.NewVBox(f.fields.General, buttons), nil, nil, f.fields.Form)
	f.dialog = dialog.NewCustomWithoutButtons(u.T("职业技能等级证书")+" · "+row.Name.Text, body, u.Win)
	f.dialog.Resize(fyne.NewSize(560, 460))
	return f
}

// save records the certificate (or withdraws it) through the store's one
// rule; every problem is shown under its field at once.
func (f *skillCertForm) save(remove bool) {
	f.fields.clear()
	var cert *training.SkillCertificate
	if !remove {
		c, err := eligibility.ParseSkillCertificate(f.Number.Text, f.Level.Selected, f.Issued.Text, f.Issuer.Text)
		if err != nil {
			f.fields.show(err)
			return
		}
		cert = &c
	}
	if _, err := f.s.u.Store.SetSkillCertificate(f.traineeID, cert, f.Reason.Text); err != nil {
		f.fields.show(err)
		return
	}
	f.dialog.Hide()
	f.s.load()
}
