package app

import (
	"fmt"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/eligibility"
	"trainingdesk/store"
	"trainingdesk/training"
)

// CompletionScreen is 结业/证书: one class's trainees with attendance rate,
// assessment scores (validated as typed), result, eligibility and why not,
// and the certificate actions: issue, draft, print, revoke, 补发, export the
// verification key.
type CompletionScreen struct {
	u     *UI
	loads int // counts load, so a slow read the clerk moved on from is dropped

	ClassSelect   *widget.Select
	widths        fixedCols       // the rows' and the header's column widths
	head          *fyne.Container // the column titles
	EmptyHint     *widget.Label   // what to do first: a class, its roster
	Rows          []*CompletionRow
	SaveButton    *widget.Button // 保存成绩
	IssueButton   *widget.Button // 发证
	PreviewButton *widget.Button // 预览样本
	PrintButton   *widget.Button // 打印证书
	RevokeButton  *widget.Button // 撤销
	ReplaceButton *widget.Button // 补发
	PubKeyButton  *widget.Button // 导出验证公钥
	SkillButton   *widget.Button // 等级证书…
	SkillCert     *skillCertForm // the 职业技能等级证书 form last opened
	VerifyPageBtn *widget.Button // 导出核验网页
	Progress      *widget.ProgressBar
	CancelButton  *widget.Button
	Summary       *widget.Label         // 合格 n / 可发证 n / 已发证 n
	IssueConfirm  *dialog.ConfirmDialog // 确认发证: numbers are final
	Reason        *widget.Entry         // 更正原因: filled, edits correct mistyped scores

	classes  []training.Class
	class    training.Class
	settings store.Settings
	list     *widget.List
	cells    map[fyne.CanvasObject]*completionCells
	printBar *fyne.Container
	ticked   map[string]bool // trainee ids ticked; kept across reloads of the class
	printing atomic.Bool
	cancel   atomic.Bool
	root     fyne.CanvasObject
}

func newCompletionScreen(u *UI) *CompletionScreen {
	s := &CompletionScreen{u: u, ticked: map[string]bool{}}
	s.ClassSelect = widget.NewSelect(nil, s.classChosen)
	s.ClassSelect.PlaceHolder = u.T("请选择班级")
	s.SaveButton = widget.NewButton(u.T("保存成绩"), s.save)
	s.SaveButton.Importance = widget.HighImportance
	s.Reason = widget.NewEntry()
	s.Reason.PlaceHolder = u.T("更正原因（更正录错的成绩时填写；不填则不合格者的新成绩记为补考）")
	s.IssueButton = widget.NewButton(u.T("发证"), s.issue)
	s.PreviewButton = widget.NewButton(u.T("预览样本"), s.preview)
	s.PrintButton = widget.NewButton(u.T("打印证书"), s.askPrint)
	s.RevokeButton = widget.NewButton(u.T("撤销"), s.askRevoke)
	s.ReplaceButton = widget.NewButton(u.T("补发"), s.askReplace)
	s.PubKeyButton = widget.NewButton(u.T("导出验证公钥"), s.askPubKey)
	s.SkillButton = widget.NewButton(u.T("等级证书…"), s.askSkillCert)
	s.VerifyPageBtn = widget.NewButton(u.T("导出核验网页"), u.askVerifyPage)
	s.Progress = widget.NewProgressBar()
	s.CancelButton = widget.NewButton(u.T("取消"), func() { s.cancel.Store(true) })
	s.Summary = widget.NewLabel("")
	s.printBar = container.NewBorder(nil, nil, widget.NewLabel(u.T("正在生成证书 PDF…")), s.CancelButton, s.Progress)
	s.printBar.Hide()

	s.widths = completionColumns(u)
	s.head = completionHeader(u, s.widths)
	s.list = newCompletionList(s)
	s.EmptyHint = newEmptyHint()
	top := container.NewBorder(nil, nil, widget.NewLabel(u.T("班级")+"："), nil, s.ClassSelect)
	actions := container.NewHBox(s.SaveButton, s.IssueButton, s.PreviewButton, s.PrintButton,
		widget.NewSeparator(), s.RevokeButton, s.ReplaceButton, s.SkillButton, widget.NewSeparator(), s.PubKeyButton, s.VerifyPageBtn)
	hint := widget.NewLabel(u.T("勾选学员后，“打印证书”只打印勾选的证书；“撤销”“补发”作用于勾选的证书。"))
	hint.Importance = widget.LowImportance
	reason := container.NewBorder(nil, nil, widget.NewLabel(u.T("更正原因")+"："), nil, s.Reason)
	head := container.NewVBox(top, actions, reason, s.printBar, s.Summary, s.head)
	s.root = container.NewBorder(head, hint, nil, nil, overList(s.list, s.EmptyHint))
	return s
}

func (s *CompletionScreen) Content() fyne.CanvasObject { return s.root }

// Refresh reloads the class list, follows the class chosen elsewhere and
// rebuilds the rows from the store.
func (s *CompletionScreen) Refresh() {
	classes, class, err := s.u.pickClass(s.ClassSelect, lastFinishedClass)
	if err != nil {
		s.u.showError(err)
		return
	}
	s.classes, s.class = classes, class
	s.load()
}

func (s *CompletionScreen) classChosen(label string) {
	for _, c := range s.classes {
		if classLabel(c) == label && c.ID != s.class.ID {
			s.class = c
			s.ticked = map[string]bool{}
			s.u.SelectClass(c.ID)
			s.load()
		}
	}
}

// load builds one row per trainee from the class report and the class's
// certificates (revoked ones too, which the report leaves out).
func (s *CompletionScreen) load() {
	s.Rows = nil
	s.loads++
	if s.class.ID == "" {
		s.Summary.SetText(s.u.T("请先在“班级”中建班"))
		s.list.Refresh()
		s.updateEmpty()
		s.fitCerts()
		return
	}
	load, class := s.loads, s.class
	var settings store.Settings
	var rep store.ClassReport
	var certs []training.Certificate
	var err error
	s.Summary.SetText(s.u.T("正在读取名单…"))
	s.u.sayEmpty(s.EmptyHint, "") // no "no trainees yet" while they are being read
	s.list.Refresh()
	s.u.loadClass(class.ID, func() {
		if settings, err = s.u.Store.Settings(); err != nil {
			return
		}
		if rep, err = s.u.Store.ClassReport(class.ID); err != nil {
			return
		}
		certs, err = s.u.Store.Certificates(class.ID)
	}, func() {
		if load != s.loads {
			return // another class was chosen meanwhile
		}
		defer s.fitCerts()
		defer s.updateEmpty()
		defer s.list.Refresh()
		if err != nil {
			s.u.showError(err)
			return
		}
		s.settings = settings
		s.show(rep, certs)
	})
}

// show makes the rows of a class read by load.
func (s *CompletionScreen) show(rep store.ClassReport, certs []training.Certificate) {
	latest := map[string]training.Certificate{}
	for _, c := range certs {
		if old, ok := latest[c.TraineeID]; !ok || old.Status == training.CertRevoked {
			latest[c.TraineeID] = c
		}
	}
	passed, eligible, issued := 0, 0, 0
	for _, line := range rep.Trainees {
		var cert *training.Certificate
		if c, ok := latest[line.Trainee.ID]; ok {
			cert = &c
			if c.Status != training.CertRevoked {
				issued++
			}
		}
		if line.Result != nil && line.Result.Passed() {
			passed++
		}
		if line.Verdict.Eligible {
			eligible++
		}
		row := newCompletionRow(s, line, cert)
		row.index = len(s.Rows)
		s.Rows = append(s.Rows, row)
	}
	s.Summary.SetText(fmt.Sprintf("%s：%d %s · %s %d · %s %d · %s %d", s.class.Name, len(rep.Trainees), s.u.T("人"),
		s.u.T("考核合格"), passed, s.u.T("可发证"), eligible, s.u.T("已发证"), issued))
}

// rowOf finds a trainee's row (rows are rebuilt on every load).
func (s *CompletionScreen) rowOf(traineeID string) *CompletionRow {
	for _, r := range s.Rows {
		if r.TraineeID == traineeID {
			return r
		}
	}
	return nil
}

// assessment is how scores are graded here: the same rule the store applies.
func (s *CompletionScreen) assessment() eligibility.Assessment {
	return s.settings.AssessmentFor(s.class)
}
