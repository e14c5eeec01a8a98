package app

import (
	"fmt"
	"strings"
	gosync "sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/followup"
	"trainingdesk/identity"
	"trainingdesk/outcome"
	"trainingdesk/store"
	"trainingdesk/training"
)

// FollowUpScreen (跟踪) is the clerk's work queue of follow-up calls: who is
// due or overdue this week, the phone number shown on request (audited), a
// one-click answer (失联, 未就业) or the full form, and bulk entry through the
// 跟踪表 (export with the due list, fill in Excel/WPS, import with a preview).
type FollowUpScreen struct {
	u    *UI
	root fyne.CanvasObject

	Summary      *widget.Label
	EmptyHint    *widget.Label // nobody due: when people will be listed
	List         *widget.List
	ExportButton *widget.Button
	ImportButton *widget.Button
	Form         *followUpForm // the form last opened
	// Done says what the last action did, for the clerk and tests.
	Done *widget.Label

	// LastPreview is the last import preview shown; confirm its dialog.
	LastPreview *followup.Report
	confirm     dialog.Dialog

	calls  []store.DueCall   // UI thread only
	phones map[string]string // trainee id → revealed number; UI thread only
	busy   gosync.WaitGroup  // background loads, for tests
}

func newFollowUpScreen(u *UI) *FollowUpScreen {
	s := &FollowUpScreen{u: u, phones: map[string]string{}}
	s.Summary = widget.NewLabel("")
	s.Done = widget.NewLabel("")
	s.Done.Wrapping = fyne.TextWrapWord
	s.List = widget.NewList(func() int { return len(s.calls) }, s.newRow, s.updateRow)
	s.ExportButton = widget.NewButton(u.T("导出跟踪表"), s.exportSheet)
	s.ImportButton = widget.NewButton(u.T("导入跟踪表"), s.chooseImport)
	top := container.NewBorder(nil, nil, nil, container.NewHBox(s.ExportButton, s.ImportButton), s.Summary)
	s.EmptyHint = newEmptyHint()
	s.root = container.NewBorder(top, s.Done, nil, nil, overList(s.List, s.EmptyHint))
	return s
}

func (s *FollowUpScreen) Content() fyne.CanvasObject { return s.root }

// Refresh reloads the queue off the UI thread (it reads every ended class).
func (s *FollowUpScreen) Refresh() {
	day := today()
	s.busy.Add(1)
	go func() {
		defer s.busy.Done()
		calls, err := s.u.Store.FollowUpsDue(day)
		fyne.Do(func() {
			if err != nil {
				s.Summary.SetText(err.Error())
				return
			}
			s.calls = calls
			overdue := 0
			for _, c := range calls {
				if c.Overdue {
					overdue++
				}
			}
			s.Summary.SetText(fmt.Sprintf(s.u.T("截至 %s，本周到期或逾期的跟踪 %d 人次（逾期 %d）"), day.Format(training.DateLayout), len(calls), overdue))
			s.List.Refresh()
			s.updateEmpty()
		})
	}()
}

// wait blocks until background loads are shown (tests).
func (s *FollowUpScreen) wait() { s.busy.Wait() }

// Calls is what the queue shows.
func (s *FollowUpScreen) Calls() []store.DueCall { return s.calls }

type followUpRow struct {
	text                         *widget.Label
	phone, lost, jobless, record *widget.Button
}

func (s *FollowUpScreen) newRow() fyne.CanvasObject {
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	phone := widget.NewButton(s.u.T("显示电话"), nil)
	lost := widget.NewButton(s.u.T(outcome.Unreachable.Label()), nil)
	jobless := widget.NewButton(s.u.T(outcome.Unemployed.Label()), nil)
	record := widget.NewButton(s.u.T("记录…"), nil)
	record.Importance = widget.HighImportance
	return container.NewBorder(nil, nil, nil, container.NewHBox(phone, lost, jobless, record), text)
}

func (s *FollowUpScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(s.calls) {
		return
	}
	c := s.calls[i]
	box := o.(*fyne.Container)
	text := box.Objects[0].(*widget.Label)
	btns := box.Objects[1].(*fyne.Container).Objects
	late := s.u.T("本周")
	if c.Overdue {
		late = s.u.T("逾期")
	}
	phone := identity.MaskPhone(c.Trainee.Person.Phone)
	if p, ok := s.phones[c.Trainee.ID]; ok {
		phone = p
	}
	text.SetText(fmt.Sprintf("%s %s · %s %s · %s · "+s.u.T("结业后%d个月")+" · ☎ %s", c.Checkpoint.Due.Format(training.DateLayout), late,
		c.Class.Code, c.Trainee.Name(), identity.Mask(c.Trainee.Person.IDNumber), c.Checkpoint.Months, phone))
	btns[0].(*widget.Button).OnTapped = func() { s.RevealPhone(i) }
	btns[1].(*widget.Button).OnTapped = func() { s.Quick(i, outcome.Unreachable) }
	btns[2].(*widget.Button).OnTapped = func() { s.Quick(i, outcome.Unemployed) }
	btns[3].(*widget.Button).OnTapped = func() { s.Record(i) }
}

// RevealPhone shows call i's full phone number; the store audits who looked.
func (s *FollowUpScreen) RevealPhone(i int) {
	if i < 0 || i >= len(s.calls) {
		return
	}
	p, err := s.u.Store.RevealPhone(s.calls[i].Trainee.ID)
	if err != nil {
		s.u.showError(err)
		return
	}
	if strings.TrimSpace(p) == "" {
		p = s.u.T("（未登记电话）")
	}
	s.phones[s.calls[i].Trainee.ID] = p
	s.List.RefreshItem(i)
}

// Quick records a one-click answer dated today (失联 or 未就业).
func (s *FollowUpScreen) Quick(i int, st outcome.Status) {
	if i < 0 || i >= len(s.calls) {
		return
	}
	c := s.calls[i]
	s.save(outcome.Entry{TraineeID: c.Trainee.ID, Date: today(), Status: st}, c.Trainee.Name())
}

func (s *FollowUpScreen) save(e outcome.Entry, name string) error {
	saved, err := s.u.Store.RecordFollowUp(e, nil)
	if err != nil {
		s.u.showError(err)
		return err
	}
	s.Done.SetText(fmt.Sprintf(s.u.T("已记录：%s %s %s"), name, saved.Date.Format(training.DateLayout), saved.Status.Label()))
	s.Refresh()
	return nil
}

// Record opens the full answer form for call i.
func (s *FollowUpScreen) Record(i int) {
	if i < 0 || i >= len(s.calls) {
		return
	}
	s.Form = newFollowUpForm(s, s.calls[i])
	s.Form.show()
}
