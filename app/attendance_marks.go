package app

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/attendance"
	"trainingdesk/errs"
	"trainingdesk/store"
	"trainingdesk/training"
)

// markingTab marks one lesson: the whole roster, 全部出勤, exceptions per
// row, badge scans and the files of a lesson (sheets, badges, terminal logs).
type markingTab struct {
	s     *AttendanceScreen
	loads int // counts loadRows, so a slow read the clerk moved on from is dropped

	LessonSelect *widget.Select
	EmptyHint    *widget.Label // what to do first: a class, lessons, trainees
	cols         fixedCols     // the rows' and the header's column widths
	MarkAll      *widget.Button
	SaveMarks    *widget.Button
	Reason       *widget.Entry // 补录原因: the store asks for it after the lesson day
	Dirty        *widget.Label
	Counts       *widget.Label
	RollWarning  *widget.Label // past lessons whose roll was never taken
	Rows         []*MarkRow

	ScanBanner *canvas.Text // 张三 签到 09:02 出勤
	ScanEntry  *widget.Entry
	ScanButton *widget.Button

	ImportButton   *widget.Button
	SheetButton    *widget.Button
	SheetAllButton *widget.Button
	BadgesButton   *widget.Button
	LastImport     string // the text of the last import's result
	LastPreview    string // the text of the last attendance-log preview
	LastPDF        string // the file the last print made
	LastNotice     string // names the last sheet printed with a stand-in ("" when none)

	lessons  []training.Lesson
	lessonID string
	lesson   training.Lesson
	list     *widget.List
	cells    map[fyne.CanvasObject]*markCells
	refusal  dialog.Dialog
	scan     scanBuffer
	root     fyne.CanvasObject
}

// MarkRow is one trainee's line at the lesson: what it shows, not widgets.
// The list builds widgets only for the rows on screen (a class of 5,000
// builds a screenful) and binds them to these values as it scrolls.
type MarkRow struct {
	Trainee training.Trainee
	Status  *rowChoice // the status label shown (出勤 …), "" when unmarked
	SignIn  *rowText
	SignOut *rowText
	Source  *rowText
	mark    training.Mark
	loading bool
	index   int
}

var markCols = fixedCols{44, 110, 170, 110, 90, 90}

// markColumns are markCols widened for long names and, in English, the
// statuses (the select shows its choice beside a drop-down arrow).
func markColumns(u *UI) fixedCols {
	c := append(fixedCols(nil), markCols...)
	c.fitCol(1, u.T("姓名"), longNames...)
	c[3] = max(c[3], selectWidth(append(u.Ts(statusChoices), u.T(notMarked)))+cellGap)
	return c
}

func newMarkingTab(s *AttendanceScreen) *markingTab {
	u := s.u
	m := &markingTab{s: s, cols: markColumns(u)}
	m.LessonSelect = widget.NewSelect(nil, m.lessonChosen)
	m.LessonSelect.PlaceHolder = u.T("请选择课次")
	m.MarkAll = widget.NewButton(u.T("全部出勤"), m.markAll)
	m.MarkAll.Importance = widget.HighImportance
	m.SaveMarks = widget.NewButton(u.T("保存更改"), m.save)
	m.Reason = widget.NewEntry()
	m.Reason.PlaceHolder = u.T("补录原因（事后补录或更正时必填）")
	m.Dirty = widget.NewLabel("")
	m.Counts = widget.NewLabel("")
	m.RollWarning = widget.NewLabel("")
	m.RollWarning.Importance = widget.WarningImportance
	m.RollWarning.Wrapping = fyne.TextWrapWord
	m.RollWarning.Hide()

	m.ScanBanner = canvas.NewText(u.T("扫码枪扫学员胸卡即可签到/签退，无需点击输入框"), color.NRGBA{R: 0x55, G: 0x55, B: 0x55, A: 0xff})
	m.ScanBanner.TextSize = 26
	m.ScanBanner.TextStyle = fyne.TextStyle{Bold: true}
	m.ScanEntry = widget.NewEntry()
	m.ScanEntry.PlaceHolder = u.T("手工输入胸卡号，如 TD1:…")
	m.ScanEntry.OnSubmitted = func(code string) { m.manualScan() }
	m.ScanButton = widget.NewButton(u.T("签到/签退"), m.manualScan)

	m.ImportButton = widget.NewButton(u.T("导入考勤机记录…"), m.chooseLog)
	m.SheetButton = widget.NewButton(u.T("本课签到表"), func() { m.printSheet(false) })
	m.SheetAllButton = widget.NewButton(u.T("全班签到表"), func() { m.printSheet(true) })
	m.BadgesButton = widget.NewButton(u.T("打印学员胸卡"), m.printBadges)

	bar := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(u.T("课次")+"：")),
		container.NewHBox(m.MarkAll, m.SaveMarks, m.Dirty), m.LessonSelect)
	reason := container.NewBorder(nil, nil, widget.NewLabel(u.T("补录原因")+"："), nil, m.Reason)
	scanRow := container.NewBorder(nil, nil, nil, container.NewHBox(m.ScanButton), m.ScanEntry)
	files := container.NewHBox(m.ImportButton, m.SheetButton, m.SheetAllButton, m.BadgesButton)
	header := container.New(m.cols, bold(u.T("序号")), bold(u.T("姓名")), bold(u.T("证件号码")),
		bold(u.T("考勤")), bold(u.T("签到")), bold(u.T("签退")), bold(u.T("来源")))
	top := container.NewVBox(m.RollWarning, bar, reason, widget.NewSeparator(), m.ScanBanner, scanRow, files, widget.NewSeparator(), header)
	m.list = newMarkList(m)
	m.EmptyHint = newEmptyHint()
	m.root = container.NewBorder(top, m.Counts, nil, nil, overList(m.list, m.EmptyHint))
	return m
}

func bold(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func (m *markingTab) refresh() {
	c := m.s.class
	m.lessons = nil
	if c.ID != "" {
		var err error
		if m.lessons, err = m.s.u.Store.Lessons(c.ID); err != nil {
			m.s.u.showError(err)
		}
	}
	opts := make([]string, len(m.lessons))
	for i, l := range m.lessons {
		opts[i] = lessonLabel(l)
	}
	m.LessonSelect.Options = opts
	if !m.hasLesson(m.lessonID) {
		m.lessonID = m.defaultLesson()
	}
	m.LessonSelect.ClearSelected()
	for _, l := range m.lessons {
		if l.ID == m.lessonID {
			m.lesson = l
			m.LessonSelect.Selected = lessonLabel(l)
		}
	}
	m.LessonSelect.Refresh()
	m.loadRows()
}

// warnRollMissing names the lessons that are over with no roll taken.
func (m *markingTab) warnRollMissing() {
	var missing []training.Lesson
	if c := m.s.class; c.ID != "" {
		var err error
		if missing, err = m.s.u.Store.LessonsWithoutRoll(c.ID); err != nil {
			m.s.u.showError(err)
		}
	}
	if len(missing) == 0 {
		m.RollWarning.SetText("")
		m.RollWarning.Hide()
		return
	}
	var names []string
	for i, l := range missing {
		if i == 5 {
			names = append(names, fmt.Sprintf("等 %d 课", len(missing)))
			break
		}
		names = append(names, fmt.Sprintf("第%d课（%s）", l.No, l.Date.Format("01-02")))
	}
	m.RollWarning.SetText("⚠ " + strings.Join(names, "、") + " 已上完但未点名：请选课次补录考勤（须填补录原因）")
	m.RollWarning.Show()
}

func (m *markingTab) hasLesson(id string) bool {
	for _, l := range m.lessons {
		if l.ID == id && id != "" {
			return true
		}
	}
	return false
}

// defaultLesson is today's lesson, else the last one held, else the first.
func (m *markingTab) defaultLesson() string {
	if len(m.lessons) == 0 {
		return ""
	}
	today := dayOf(now())
	pick := m.lessons[0].ID
	for _, l := range m.lessons {
		if l.Date.After(today) {
			break
		}
		pick = l.ID
	}
	return pick
}

func (m *markingTab) lessonChosen(label string) {
	for _, l := range m.lessons {
		if lessonLabel(l) == label && l.ID != m.lessonID {
			m.lessonID, m.lesson = l.ID, l
			m.loadRows()
		}
	}
}

// SelectLesson shows the lesson numbered no (for tests and shortcuts).
func (m *markingTab) SelectLesson(no int) {
	for _, l := range m.lessons {
		if l.No == no {
			m.LessonSelect.SetSelected(lessonLabel(l))
		}
	}
}

// loadRows reads the roster and the lesson's marks into the rows; the list
// shows the ones on screen.
func (m *markingTab) loadRows() {
	m.Rows = nil
	m.setDirty()
	m.loads++
	if m.lessonID == "" {
		m.Counts.SetText(m.s.u.T("请先在“课程表”中排课"))
		m.list.Refresh()
		m.updateEmpty()
		m.warnRollMissing()
		return
	}
	load, lessonID, classID := m.loads, m.lessonID, m.s.class.ID
	var closeErr, err error
	var roster []training.Trainee
	var marks map[string]training.Mark
	m.Counts.SetText(m.s.u.T("正在读取名单…"))
	m.s.u.sayEmpty(m.EmptyHint, "") // no "no trainees yet" while they are being read
	m.list.Refresh()
	m.s.u.loadClass(classID, func() {
		// The lesson is over: 全部出勤 marks get their sign-out (the lesson's end).
		_, closeErr = m.s.u.Store.CloseRoll(lessonID)
		if roster, err = m.s.u.Store.Trainees(classID); err == nil {
			marks, err = m.s.u.Store.LessonMarks(lessonID)
		}
	}, func() {
		if load != m.loads {
			return // another lesson or class was chosen meanwhile
		}
		defer m.updateEmpty()
		defer m.list.Refresh()
		defer m.warnRollMissing() // after CloseRoll and 全部出勤, so it is current
		m.s.u.showError(closeErr)
		if err != nil {
			m.s.u.showError(err)
			return
		}
		m.Rows = make([]*MarkRow, len(roster))
		for i, tr := range roster {
			r := m.newRow(tr, i)
			r.show(marks[tr.ID])
			m.Rows[i] = r
		}
		m.count()
	})
}

func (m *markingTab) newRow(tr training.Trainee, i int) *MarkRow {
	r := &MarkRow{Trainee: tr, index: i}
	r.Status = &rowChoice{set: func(string) { m.statusChanged(r) }, row: r, m: m}
	r.SignIn = &rowText{set: func(string) { m.timesChanged(r) }, row: r, m: m}
	r.SignOut = &rowText{set: func(string) { m.timesChanged(r) }, row: r, m: m}
	r.Source = &rowText{row: r, m: m}
	return r
}

var sourceLabels = map[string]string{store.SourceManual: "手工", store.SourceRoll: "全部出勤", store.SourceScan: "扫码", store.SourceTerminal: "考勤机"}

// show puts a stored mark into the row's widgets without marking it changed.
func (r *MarkRow) show(mk training.Mark) {
	r.loading = true
	defer func() { r.loading = false }()
	r.mark = mk
	if mk.Status == "" {
		r.Status.SetSelected("")
	} else {
		r.Status.SetSelected(training.StatusLabel(mk.Status))
	}
	r.SignIn.SetText(clockText(mk.SignIn))
	r.SignOut.SetText(clockText(mk.SignOut))
	src := sourceLabels[mk.Source]
	switch {
	case mk.Correction:
		src += "·更正"
	case mk.Reason != "":
		src += "·补录"
	}
	r.Source.SetText(src)
}

// Changed reports whether the clerk edited the row since it was loaded.
func (r *MarkRow) Changed() bool {
	st := statusOf(r.Status.Selected)
	return st != "" && (st != r.mark.Status || r.SignIn.Text != clockText(r.mark.SignIn) || r.SignOut.Text != clockText(r.mark.SignOut))
}

func (m *markingTab) changed(r *MarkRow) {
	if !r.loading {
		m.setDirty()
	}
}

// statusChanged: 请假 and 缺勤 carry no times, so choosing one clears them.
func (m *markingTab) statusChanged(r *MarkRow) {
	if st := statusOf(r.Status.Selected); !r.loading && (st == training.Excused || st == training.Absent) {
		r.loading = true
		r.SignIn.SetText("")
		r.SignOut.SetText("")
		r.loading = false
	}
	m.changed(r)
}

// timesChanged: the status follows from the times (attendance.Decide, the
// same rule the store applies); a status chosen afterwards that contradicts
// them is a correction the store asks a reason for.
func (m *markingTab) timesChanged(r *MarkRow) {
	if r.loading {
		return
	}
	if e, err := m.entry(r, ""); err == nil {
		if start, end, err := attendance.LessonWindow(m.lesson, time.Local); err == nil {
			if d, err := attendance.Decide(start, end, now(), e, m.s.rules().Rules()); err == nil && d.Status != statusOf(r.Status.Selected) {
				r.loading = true
				r.Status.SetSelected(training.StatusLabel(d.Status))
				r.loading = false
			}
		}
	}
	m.changed(r)
}

// entry reads a row's times (named by the trainee in messages).
func (m *markingTab) entry(r *MarkRow, status string) (attendance.Entry, error) {
	e := attendance.Entry{Status: status}
	var err error
	if e.SignIn, err = attendance.ClockOn(m.lesson, attendance.FieldSignIn, r.SignIn.Text, nil); err != nil {
		return e, errs.E(r.Trainee.Name()+" 的"+errs.Message(err), err)
	}
	if e.SignOut, err = attendance.ClockOn(m.lesson, attendance.FieldSignOut, r.SignOut.Text, nil); err != nil {
		return e, errs.E(r.Trainee.Name()+" 的"+errs.Message(err), err)
	}
	return e, nil
}

func (m *markingTab) setDirty() {
	n := 0
	for _, r := range m.Rows {
		if r.Changed() {
			n++
		}
	}
	if n == 0 {
		m.Dirty.SetText("")
		m.SaveMarks.Disable()
		return
	}
	m.Dirty.SetText(fmt.Sprintf("%d 处未保存", n))
	m.SaveMarks.Enable()
}

func (m *markingTab) count() {
	n := map[string]int{}
	for _, r := range m.Rows {
		n[r.mark.Status]++
	}
	var parts []string
	for _, st := range training.Statuses {
		parts = append(parts, fmt.Sprintf("%s %d", training.StatusLabel(st), n[st]))
	}
	parts = append(parts, fmt.Sprintf("%s %d", notMarked, n[""]))
	m.Counts.SetText(m.s.u.T("本课") + "：" + strings.Join(parts, " · "))
}

// save writes every changed row in one transaction. After the lesson day,
// over a scan, or for a status against the times, the store wants a
// 补录原因: its message is shown and the reason field gets the focus.
func (m *markingTab) save() {
	var inputs []store.MarkInput
	for _, r := range m.Rows {
		if !r.Changed() {
			continue
		}
		e, err := m.entry(r, statusOf(r.Status.Selected))
		if err != nil {
			m.s.u.showError(err)
			return
		}
		inputs = append(inputs, store.MarkInput{TraineeID: r.Trainee.ID, Status: e.Status, SignIn: e.SignIn, SignOut: e.SignOut})
	}
	if len(inputs) == 0 {
		return
	}
	if err := m.s.u.Store.MarkLesson(m.lessonID, inputs, m.Reason.Text); err != nil {
		m.refuse(err)
		return
	}
	m.s.u.Win.Canvas().Unfocus() // the next badge scan goes to the canvas
	m.loadRows()
}

// refuse shows why the store said no; when it wants a 补录原因, the reason
// field has the focus once the message is closed.
func (m *markingTab) refuse(err error) {
	if errs.FieldOf(err) != attendance.FieldReason {
		m.s.u.showError(err)
		return
	}
	m.refusal = dialog.NewInformation(m.s.u.T("需要补录原因"), errs.Message(err)+"\n请在“补录原因”一栏填写后再保存。", m.s.u.Win)
	m.refusal.SetOnClosed(func() { m.s.u.Win.Canvas().Focus(m.Reason) })
	m.refusal.Show()
}

// markAll marks everyone not yet marked present: the one action that starts
// a lesson; the clerk then changes the exceptions.
func (m *markingTab) markAll() {
	if m.lessonID == "" {
		m.s.u.showError(errs.Errorf(errs.Invalid, attendance.FieldLesson, "请先选择课次"))
		return
	}
	if _, err := m.s.u.Store.MarkAllPresent(m.lessonID, m.Reason.Text); err != nil {
		m.refuse(err)
		return
	}
	m.loadRows()
}
