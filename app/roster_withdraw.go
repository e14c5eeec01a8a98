package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/outcome"
	"trainingdesk/training"
)

// askWithdraw asks the date and reason of a withdrawal (退学) of the
// selected trainee; the store's rule decides, and a refusal keeps the form.
func (s *RosterScreen) askWithdraw() {
	if s.selected < 0 || s.selected >= len(s.list) {
		return
	}
	t := s.list[s.selected]
	date := widget.NewEntry()
	date.SetText(today().Format(training.DateLayout))
	reason := widget.NewEntry()
	reason.SetPlaceHolder(s.u.T("如：外出务工、生病"))
	msg := widget.NewLabel("")
	msg.Wrapping = fyne.TextWrapWord
	msg.Importance = widget.DangerImportance
	form := widget.NewForm(widget.NewFormItem(s.u.T("退学日期"), date), widget.NewFormItem(s.u.T("退学原因"), reason), widget.NewFormItem("", msg))
	var d dialog.Dialog
	d = dialog.NewCustomConfirm(fmt.Sprintf(s.u.T("%s 退学"), t.Name()), s.u.T("确定"), s.u.T("取消"), form, func(ok bool) {
		if !ok {
			return
		}
		if err := s.Withdraw(t.ID, date.Text, reason.Text); err != nil {
			msg.SetText(err.Error())
			d.Show() // what was typed stays
		}
	}, s.u.Win)
	d.Resize(fyne.NewSize(460, 260))
	d.Show()
}

// Withdraw records a withdrawal: the record, attendance and results stay.
func (s *RosterScreen) Withdraw(traineeID, date, reason string) error {
	d, err := outcome.ParseDay(outcome.FieldWithdrawDate, date)
	if err != nil {
		return err
	}
	if _, err := s.u.Store.WithdrawTrainee(traineeID, training.Withdrawal{Date: d, Reason: reason}); err != nil {
		return err
	}
	s.load(s.class.ID)
	return nil
}
