package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/errs"
	"trainingdesk/outcome"
	"trainingdesk/store"
	"trainingdesk/training"
)

// followUpForm is one answer in full: status, job or business, evidence.
// A refusal is shown in Error and the form stays open, nothing lost.
type followUpForm struct {
	s    *FollowUpScreen
	call store.DueCall

	Date, Employer, EmployerUSCC, Start, Job, Wage, Ref *widget.Entry
	BizName, BizUSCC, Registered, Employees             *widget.Entry
	Status                                              *widget.Select
	Evidence                                            *widget.CheckGroup
	Operating                                           *widget.Check
	Error                                               *widget.Label
	SaveButton                                          *widget.Button
	ScanButton                                          *widget.Button
	ScanLabel                                           *widget.Label
	scan                                                *store.ScanFile
	dialog                                              dialog.Dialog
}

// outcomeLabels and evidenceLabels are the form's choices (in Chinese; shown in the UI's language).
func outcomeLabels() []string {
	var labels []string
	for _, st := range outcome.Statuses {
		labels = append(labels, st.Label())
	}
	return labels
}

func evidenceLabels() []string {
	var kinds []string
	for _, k := range outcome.EvidenceKinds {
		kinds = append(kinds, k.Label())
	}
	return kinds
}

func newFollowUpForm(s *FollowUpScreen, call store.DueCall) *followUpForm {
	f := &followUpForm{s: s, call: call}
	entry := func(placeholder string) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(s.u.T(placeholder))
		return e
	}
	f.Date = entry("2026-06-20")
	f.Date.SetText(today().Format(training.DateLayout))
	f.Status = s.u.newChoice(s.u.Ts(outcomeLabels()), nil)
	f.Employer, f.EmployerUSCC = entry("就业单位全称"), entry("18位统一社会信用代码")
	f.Start, f.Job, f.Wage = entry("入职日期 2026-05-01"), entry("岗位"), entry("元/月，可不填")
	f.Evidence = widget.NewCheckGroup(s.u.Ts(evidenceLabels()), nil)
	f.Evidence.Horizontal = true
	f.Ref = entry("合同编号、执照号等，可不填")
	f.BizName, f.BizUSCC, f.Registered = entry("企业（个体工商户）名称"), entry("18位统一社会信用代码"), entry("登记日期 2026-04-01")
	f.Employees = entry("雇用人数（不含本人）")
	f.Operating = widget.NewCheck(s.u.T("仍在经营"), nil)
	f.Error = widget.NewLabel("")
	f.Error.Wrapping = fyne.TextWrapWord
	f.Error.Importance = widget.DangerImportance
	f.ScanButton = widget.NewButton(s.u.T("附扫描件…"), f.chooseScan)
	f.ScanLabel = widget.NewLabel(s.u.T("未附扫描件（附在第一项证明材料上）"))
	f.SaveButton = widget.NewButton(s.u.T("保存"), f.Save)
	f.SaveButton.Importance = widget.HighImportance
	return f
}

func (f *followUpForm) show() {
	u := f.s.u
	form := widget.NewForm(
		widget.NewFormItem(u.T("跟踪日期"), f.Date),
		widget.NewFormItem(u.T("跟踪状态"), f.Status),
		widget.NewFormItem(u.T("就业单位"), f.Employer),
		widget.NewFormItem(u.T("单位统一社会信用代码"), f.EmployerUSCC),
		widget.NewFormItem(u.T("入职日期"), f.Start),
		widget.NewFormItem(u.T("岗位"), f.Job),
		widget.NewFormItem(u.T("月工资（元）"), f.Wage),
		widget.NewFormItem(u.T("证明材料"), f.Evidence),
		widget.NewFormItem(u.T("证明编号"), f.Ref),
		widget.NewFormItem(u.T("扫描件"), container.NewBorder(nil, nil, f.ScanButton, nil, f.ScanLabel)),
		widget.NewFormItem(u.T("企业名称"), f.BizName),
		widget.NewFormItem(u.T("企业统一社会信用代码"), f.BizUSCC),
		widget.NewFormItem(u.T("登记日期"), f.Registered),
		widget.NewFormItem(u.T("带动就业人数"), f.Employees),
		widget.NewFormItem("", f.Operating),
	)
	cancel := widget.NewButton(u.T("取消"), func() { f.dialog.Hide() })
	body := container.NewBorder(nil, container.NewVBox(f.Error, container.NewHBox(cancel, f.SaveButton)), nil, nil, container.NewVScroll(form))
	title := f.call.Trainee.Name() + " · " + f.call.Class.Code
	f.dialog = dialog.NewCustomWithoutButtons(title, body, u.Win)
	f.dialog.Resize(fyne.NewSize(640, 640))
	f.dialog.Show()
}

// Save records the answer; a mistake stays on the form with its field named.
func (f *followUpForm) Save() {
	f.Error.SetText("")
	e, err := f.entry()
	if err == nil {
		_, err = f.s.u.Store.RecordFollowUp(e, f.scans())
	}
	if err != nil {
		f.Error.SetText(err.Error())
		return
	}
	f.dialog.Hide()
	f.s.Done.SetText(f.s.u.T("已记录：") + f.call.Trainee.Name() + " " + f.s.u.T(e.Status.Label()))
	f.s.Refresh()
}

func (f *followUpForm) entry() (outcome.Entry, error) {
	e := outcome.Entry{TraineeID: f.call.Trainee.ID, Employer: f.Employer.Text, EmployerUSCC: f.EmployerUSCC.Text, Job: f.Job.Text}
	st, err := outcome.ParseStatus(f.s.u.valueOf(f.Status.Selected, outcomeLabels()))
	if err != nil {
		return e, err
	}
	e.Status = st
	if e.Date, err = outcome.ParseDay(outcome.FieldDate, f.Date.Text); err != nil {
		return e, err
	}
	if strings.TrimSpace(f.Start.Text) != "" {
		if e.Start, err = outcome.ParseDay(outcome.FieldStart, f.Start.Text); err != nil {
			return e, err
		}
	}
	if e.MonthlyWageFen, err = outcome.ParseYuan(f.Wage.Text); err != nil {
		return e, err
	}
	for i, k := range f.s.u.valuesOf(f.Evidence.Selected, evidenceLabels()) {
		kind, err := outcome.ParseEvidenceKind(k)
		if err != nil {
			return e, err
		}
		ev := outcome.Evidence{Kind: kind}
		if i == 0 {
			ev.Ref = f.Ref.Text
		}
		e.Evidence = append(e.Evidence, ev)
	}
	if strings.TrimSpace(f.BizName.Text+f.BizUSCC.Text+f.Registered.Text+f.Employees.Text) != "" || st == outcome.SelfEmployed {
		b := &outcome.Business{Name: f.BizName.Text, USCC: f.BizUSCC.Text}
		if strings.TrimSpace(f.Registered.Text) != "" {
			if b.Registered, err = outcome.ParseDay(outcome.FieldRegistered, f.Registered.Text); err != nil {
				return e, err
			}
		}
		if v := strings.TrimSpace(f.Employees.Text); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return e, errs.E(errs.Invalid, outcome.FieldEmployees, "带动就业人数须为整数")
			}
			b.Employees = &n
		}
		op := f.Operating.Checked
		b.Operating = &op
		e.Business = b
	}
	return e, nil
}
