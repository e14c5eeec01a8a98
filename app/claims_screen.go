package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/identity"
	"trainingdesk/paperwork"
	"trainingdesk/store"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

// ClaimsScreen is 补贴: compute what a class is owed, export the claim and
// filing papers, record a claim handed in, the money received or a file
// returned. Every action asks the store or package paperwork, as the
// command line does.
type ClaimsScreen struct {
	u *UI

	ClassSelect *widget.Select
	EmptyHint   *widget.Label // what to do first: a class, its roster
	Stage       *widget.RadioGroup
	Date        *deskEntry // the day computed, submitted, paid or returned
	Amount      *deskEntry // 到账金额 (元)
	Reason      *deskEntry // 退回原因

	ComputeButton *widget.Button
	ExportButton  *widget.Button
	FilingButton  *widget.Button
	SubmitButton  *widget.Button
	PaidButton    *widget.Button
	ReturnButton  *widget.Button
	OpenButton    *widget.Button

	Summary *widget.Label
	Detail  *widget.Label // the chosen trainee's reasons in full
	Notice  *widget.Label // what the last action did, or why it failed
	Table   *widget.Table
	History *widget.List

	// Shown is the computation on screen; Claims the class's claims;
	// Exported the folder of the last export.
	Shown    store.ClaimComputation
	Claims   []training.Claim
	Exported string
	busy     bool

	classes []training.Class
	class   training.Class
	ids     map[string]string // trainee id → masked ID
	exports sync.WaitGroup    // an export in flight (tests wait for it to finish)
	root    fyne.CanvasObject
}

var stageLabels = []string{"结业补贴", "就业补贴"}

var claimColumns = []column{{"姓名", 90}, {"证件号码", 170}, {"符合条件", 70}, {"结业补贴", 90}, {"就业补贴", 90}, {"合计", 90}, {"原因", 560}}

func newClaimsScreen(u *UI) *ClaimsScreen {
	s := &ClaimsScreen{u: u}
	s.ClassSelect = widget.NewSelect(nil, s.classChosen)
	s.ClassSelect.PlaceHolder = u.T("请选择班级")
	s.Stage = widget.NewRadioGroup(u.Ts(stageLabels), nil)
	s.Stage.Horizontal = true
	s.Stage.SetSelected(u.T(stageLabels[0]))
	s.Date = newDeskEntry(u, "YYYY-MM-DD")
	withCalendar(&s.Date.Entry)
	s.Amount = newDeskEntry(u, "元，如 16560.00")
	s.Reason = newDeskEntry(u, "退回原因")
	s.ComputeButton = widget.NewButton(u.T("计算"), s.Compute)
	s.ComputeButton.Importance = widget.HighImportance
	s.ExportButton = widget.NewButton(u.T("导出申领材料"), s.ExportClaim)
	s.FilingButton = widget.NewButton(u.T("导出开班申请材料"), s.ExportFiling)
	s.SubmitButton = widget.NewButton(u.T("登记已提交"), s.Submit)
	s.PaidButton = widget.NewButton(u.T("登记到账"), s.Paid)
	s.ReturnButton = widget.NewButton(u.T("登记退回"), s.Return)
	s.OpenButton = widget.NewButton(u.T("打开文件夹"), s.openFolder)
	s.OpenButton.Disable()
	s.Summary = widget.NewLabel("")
	s.Summary.Wrapping = fyne.TextWrapWord
	s.Notice = widget.NewLabel("")
	s.Notice.Wrapping = fyne.TextWrapWord
	s.Notice.Hide()

	s.Table = widget.NewTable(func() (int, int) { return len(s.Shown.Result.Lines), len(claimColumns) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(s.cell(id)) })
	setColumns(s.Table, claimColumns, u.T)
	s.Detail = widget.NewLabel("")
	s.Detail.Wrapping = fyne.TextWrapWord
	s.Table.OnSelected = func(id widget.TableCellID) {
		if id.Row < len(s.Shown.Result.Lines) {
			l := s.Shown.Result.Lines[id.Row]
			s.Detail.SetText(l.Trainee.Name + "：" + strings.Join(l.Reasons, "；"))
		}
	}
	s.History = widget.NewList(func() int { return len(s.Claims) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(claimLine(s.Claims[i])) })

	top := container.NewBorder(nil, nil, widget.NewLabel(u.T("班级")+"："), nil, s.ClassSelect)
	form := container.NewHBox(s.Stage, widget.NewLabel(u.T("日期")), sized(s.Date, dateEntryWidth()), s.ComputeButton, s.ExportButton, s.FilingButton, s.OpenButton)
	record := container.NewHBox(s.SubmitButton, widget.NewLabel(u.T("到账金额")), sized(s.Amount, 130), s.PaidButton,
		widget.NewLabel(u.T("退回原因")), sized(s.Reason, 200), s.ReturnButton)
	head := container.NewVBox(top, form, record, s.Notice, s.Summary, s.Detail)
	history := widget.NewCard(u.T("申领记录"), u.T("申领金额与到账金额"), s.History)
	s.EmptyHint = newEmptyHint()
	split := container.NewVSplit(overList(s.Table, s.EmptyHint), history)
	split.Offset = 0.68
	s.root = container.NewBorder(head, nil, nil, nil, split)
	return s
}

// sized keeps an entry at a useful width inside a row of buttons.
func sized(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
}

func (s *ClaimsScreen) Content() fyne.CanvasObject { return s.root }

// showClaims switches to 补贴.
func (u *UI) showClaims() { u.Show(tabClaims) }

// Refresh follows the class chosen elsewhere and recomputes.
func (s *ClaimsScreen) Refresh() {
	classes, class, err := s.u.pickClass(s.ClassSelect, lastFinishedClass)
	if err != nil {
		s.fail(err)
		return
	}
	s.classes, s.class = classes, class
	if strings.TrimSpace(s.Date.Text) == "" {
		s.Date.SetText(today().Format(training.DateLayout))
	}
	s.Compute()
}

func (s *ClaimsScreen) classChosen(label string) {
	for _, c := range s.classes {
		if classLabel(c) == label && c.ID != s.class.ID {
			s.class = c
			s.u.SelectClass(c.ID)
			s.Compute()
		}
	}
}

func (s *ClaimsScreen) stage() string {
	if s.Stage.Selected == s.u.T(stageLabels[1]) {
		return subsidy.StageEmployment
	}
	return subsidy.StageCompletion
}

func (s *ClaimsScreen) date() (time.Time, bool) {
	d, err := training.ParseDate(store.FieldClaimDate, strings.TrimSpace(s.Date.Text))
	if err != nil {
		s.fail(err)
		return time.Time{}, false
	}
	return d, true
}

// Compute shows every trainee's amounts and reasons on the date entered. A
// big class is worked out off the UI thread (loadClass) and shown when done,
// unless the clerk has chosen another class or date meanwhile.
func (s *ClaimsScreen) Compute() {
	s.Shown, s.Claims = store.ClaimComputation{}, nil
	s.Summary.SetText("")
	s.Detail.SetText("")
	if s.class.ID == "" {
		s.Summary.SetText(s.u.T("请先选择班级。"))
		s.refreshLists()
		return
	}
	classID, dateText := s.class.ID, s.Date.Text
	on, dateOK := s.date()
	var (
		claims           []training.Claim
		cc               store.ClaimComputation
		claimsErr, ccErr error
	)
	s.Summary.SetText(s.u.T("正在读取名单…"))
	s.u.loadClass(classID, func() {
		claims, claimsErr = s.u.Store.Claims(classID)
		if claimsErr == nil && dateOK {
			cc, ccErr = s.u.Store.ComputeClaim(classID, on)
		}
	}, func() {
		if s.class.ID != classID || s.Date.Text != dateText {
			return // the clerk moved on; that computation shows its own
		}
		s.showComputed(claims, claimsErr, dateOK, cc, ccErr)
	})
}

// showComputed shows what Compute worked out.
func (s *ClaimsScreen) showComputed(claims []training.Claim, claimsErr error, dateOK bool, cc store.ClaimComputation, ccErr error) {
	defer s.refreshLists()
	s.Summary.SetText("")
	switch {
	case claimsErr != nil:
		s.fail(claimsErr)
		return
	case !dateOK:
		s.Claims = claims
		_, _ = s.date() // says again what is wrong with the date
		return
	case ccErr != nil:
		s.Claims = claims
		s.Summary.SetText(ccErr.Error())
		return
	}
	s.Claims, s.Shown = claims, cc
	s.ids = map[string]string{}
	for _, r := range cc.Report.Trainees {
		s.ids[r.Trainee.ID] = identity.Mask(r.Trainee.Person.IDNumber)
	}
	r := cc.Result
	mode := "分期拨付：结业 " + fmt.Sprint(cc.Rules.Split.CompletionPercent) + "%，其余按就业"
	if r.Mode == subsidy.ModeTiered {
		mode = "按就业率分档拨付，就业率 " + r.EmploymentRate()
	}
	s.Summary.SetText(fmt.Sprintf("补贴标准 %s/人　%s　符合条件 %d 人，就业 %d 人　就业跟踪至 %s\n合计：结业 %s，就业 %s，共 %s（%s）",
		r.Standard, mode, r.Qualified, r.Employed, r.WindowEnd.Format(training.DateLayout),
		r.TotalCompletion, r.TotalEmployment, r.Total(), cc.Rules.Source()))
}

func (s *ClaimsScreen) refreshLists() { s.Table.Refresh(); s.History.Refresh(); s.updateEmpty() }

func (s *ClaimsScreen) cell(id widget.TableCellID) string {
	if id.Row >= len(s.Shown.Result.Lines) {
		return ""
	}
	l := s.Shown.Result.Lines[id.Row]
	switch id.Col {
	case 0:
		return l.Trainee.Name
	case 1:
		return s.ids[l.Trainee.ID]
	case 2:
		if l.Qualified {
			return "是"
		}
		return "否"
	case 3:
		return l.Completion.Yuan()
	case 4:
		if l.Pending {
			return "待计算"
		}
		return l.Employment.Yuan()
	case 5:
		return l.Total().Yuan()
	}
	return strings.Join(l.Reasons, "；")
}

// claimLine is one claim as the history shows it.
func claimLine(c training.Claim) string {
	line := fmt.Sprintf("%s补贴 第 %d 批　%s　%d 人　申领 %s　到账 %s　差额 %s", subsidy.StageLabel(c.Stage), c.Batch,
		training.ClaimStateLabel(c.State), len(c.Lines), subsidy.Fen(c.ClaimedFen), subsidy.Fen(c.ReceivedFen), subsidy.Fen(c.ClaimedFen-c.ReceivedFen))
	if !c.SubmittedOn.IsZero() {
		line += "　提交 " + c.SubmittedOn.Format(training.DateLayout)
	}
	if !c.PaidOn.IsZero() {
		line += "　到账 " + c.PaidOn.Format(training.DateLayout)
	}
	if c.ReturnReason != "" {
		line += "　退回：" + c.ReturnReason
	}
	return line
}

// ExportClaim writes the claim package of the chosen stage off the UI
// thread, then offers the folder.
func (s *ClaimsScreen) ExportClaim() {
	on, ok := s.date()
	if !ok || s.class.ID == "" {
		return
	}
	classID, stage := s.class.ID, s.stage()
	s.export(func() (paperwork.Export, string, error) {
		x, err := paperwork.ExportClaim(s.u.Store, classID, stage, on, s.outDir())
		return x.Export, fmt.Sprintf("已导出%s补贴申领材料（第 %d 批，%s，%d 人，%s）", subsidy.StageLabel(stage), x.Claim.Batch,
			training.ClaimStateLabel(x.Claim.State), len(x.Claim.Lines), subsidy.Fen(x.Claim.ClaimedFen)), err
	})
}

// ExportFiling writes the 开班申请 and 结业 papers.
func (s *ClaimsScreen) ExportFiling() {
	if s.class.ID == "" {
		return
	}
	classID := s.class.ID
	s.export(func() (paperwork.Export, string, error) {
		x, err := paperwork.ExportFiling(s.u.Store, classID, s.outDir())
		return x, "已导出开班申请与结业材料", err
	})
}

func (s *ClaimsScreen) outDir() string { return filepath.Join(s.u.Store.Dir(), "打印") }

func (s *ClaimsScreen) export(work func() (paperwork.Export, string, error)) {
	if s.busy {
		return
	}
	s.busy = true
	s.ExportButton.Disable()
	s.FilingButton.Disable()
	s.say(s.u.T("正在生成材料…"), widget.MediumImportance)
	s.exports.Add(1)
	go func() {
		defer s.exports.Done()
		x, msg, err := work()
		fyne.Do(func() {
			s.busy = false
			s.ExportButton.Enable()
			s.FilingButton.Enable()
			if err != nil {
				s.fail(err)
				return
			}
			s.Exported = x.Dir
			s.OpenButton.Enable()
			s.say(fmt.Sprintf("%s：%d 个文件，保存在 %s", msg, len(x.Files), x.Dir), widget.SuccessImportance)
			s.Compute()
			_ = openFolder(x.Dir) // the line above already says where it is
		})
	}()
}

func (s *ClaimsScreen) openFolder() {
	if s.Exported != "" {
		s.u.showError(openFolder(s.Exported))
	}
}

// Submit records that the chosen stage was handed in on the date.
func (s *ClaimsScreen) Submit() {
	s.record(func(on time.Time) (training.Claim, error) { return s.u.Store.SubmitClaim(s.class.ID, s.stage(), on) },
		func(c training.Claim) string {
			return fmt.Sprintf("已登记提交：%s补贴 第 %d 批，%d 人，%s", subsidy.StageLabel(c.Stage), c.Batch, len(c.Lines), subsidy.Fen(c.ClaimedFen))
		})
}

// Paid records the money received for the chosen stage.
func (s *ClaimsScreen) Paid() {
	amount, err := subsidy.ParseYuan(s.Amount.Text)
	if err != nil {
		s.fail(err)
		return
	}
	s.record(func(on time.Time) (training.Claim, error) {
		return s.u.Store.RecordClaimPayment(s.class.ID, s.stage(), amount, on)
	}, func(c training.Claim) string {
		return fmt.Sprintf("已登记到账 %s（申领 %s，差额 %s，%s）", subsidy.Fen(c.ReceivedFen), subsidy.Fen(c.ClaimedFen),
			subsidy.Fen(c.ClaimedFen-c.ReceivedFen), training.ClaimStateLabel(c.State))
	})
}

// Return records that the bureau sent the chosen stage's claim back.
func (s *ClaimsScreen) Return() {
	s.record(func(on time.Time) (training.Claim, error) {
		return s.u.Store.ReturnClaim(s.class.ID, s.stage(), s.Reason.Text, on)
	}, func(c training.Claim) string {
		return "已登记退回：" + c.ReturnReason + "；修改后可重新导出、提交"
	})
}

func (s *ClaimsScreen) record(do func(on time.Time) (training.Claim, error), done func(training.Claim) string) {
	on, ok := s.date()
	if !ok || s.class.ID == "" {
		return
	}
	c, err := do(on)
	if err != nil {
		s.fail(err)
		return
	}
	s.Compute()
	s.say(done(c), widget.SuccessImportance)
}

func (s *ClaimsScreen) say(msg string, imp widget.Importance) {
	s.Notice.Importance = imp
	s.Notice.SetText(msg)
	s.Notice.Show()
}

func (s *ClaimsScreen) fail(err error) { s.say(err.Error(), widget.DangerImportance) }
