package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/errs"
	"trainingdesk/occupation"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

// classForm files or edits a class with every 开班 field. Errors appear
// under the field they name; nothing is saved until every check passes.
type classForm struct {
	s *ClassesScreen

	Title          *widget.Label
	Code           *deskEntry
	Name           *deskEntry
	Occupation     *deskEntry
	OccupationCode *deskEntry
	PickOccupation *widget.Button // 选择…: the 职业分类大典 picker
	Trade          *widget.SelectEntry
	Picker         *occupationPicker // the open picker, for tests
	PickTeachers   *widget.Button    // 从师资库选…
	TeacherChecks  *widget.CheckGroup
	Level          *widget.Select
	Type           *widget.Select
	Start          *deskEntry
	End            *deskEntry
	Hours          *deskEntry
	Teachers       *deskEntry
	Site           *deskEntry
	Subsidy        *deskEntry // 补贴标准 元/人
	Assessment     *widget.Select
	Hint           *widget.Label         // the filing-deadline reminder
	FilingConfirm  *dialog.ConfirmDialog // asked before filing a class late
	Saved          *widget.Label

	SaveButton   *widget.Button
	CancelButton *widget.Button
	RosterButton *widget.Button

	fields *fieldForm
	root   fyne.CanvasObject
}

func newClassForm(s *ClassesScreen) *classForm {
	u := s.u
	f := &classForm{s: s, fields: newFieldForm(s.u.T)}
	f.Title = widget.NewLabel("")
	f.Title.TextStyle.Bold = true
	entry := func(ph string) *deskEntry {
		e := newDeskEntry(u, ph)
		e.OnSubmitted = func(string) { f.save() }
		e.onEsc = f.cancel
		return e
	}
	f.Code = entry("如 2026-DG-001")
	f.Name = entry("如 电工（五级）就业技能培训班")
	f.Occupation = entry("如 电工")
	f.OccupationCode = entry("如 6-31-01-03")
	f.PickOccupation = widget.NewButton(u.T("选择…"), f.pickOccupation)
	f.Trade = widget.NewSelectEntry(nil)
	f.Trade.PlaceHolder = u.T("可不填；如 高压电工")
	var levels []string
	for _, l := range training.Levels() {
		levels = append(levels, l.Label())
	}
	f.Level = widget.NewSelect(u.Ts(levels), nil)
	f.Level.PlaceHolder = u.T("请选择")
	f.Type = widget.NewSelect(u.Ts(training.TrainingTypes), nil)
	f.Type.PlaceHolder = u.T("请选择")
	f.Start = entry("YYYY-MM-DD")
	f.End = entry("YYYY-MM-DD")
	withCalendar(&f.Start.Entry)
	withCalendar(&f.End.Entry)
	f.Hours = entry("如 40")
	f.Teachers = entry("多名用逗号分隔")
	f.PickTeachers = widget.NewButton(u.T("从师资库选…"), f.pickTeachers)
	f.Site = entry("培训地点")
	f.Subsidy = entry("元/人，如 1200，可留空")
	f.Assessment = u.newChoice(u.Ts(assessmentLabels()), nil)

	ff := f.fields
	ff.addField(training.FieldClassCode, f.Code)
	ff.addField(training.FieldClassName, f.Name)
	ff.addField(training.FieldOccupation, container.NewBorder(nil, nil, nil, f.PickOccupation, f.Occupation))
	ff.addField(occupation.FieldCode, f.OccupationCode)
	ff.add("工种", f.Trade)
	ff.addField(training.FieldLevel, f.Level)
	ff.addField(training.FieldType, f.Type)
	ff.addField(training.FieldStart, f.Start)
	ff.addField(training.FieldEnd, f.End)
	ff.addField(training.FieldHours, f.Hours)
	ff.add("授课教师", container.NewBorder(nil, nil, nil, f.PickTeachers, f.Teachers))
	ff.add("培训地点", f.Site)
	ff.addField(training.FieldAssessment, f.Assessment)
	ff.addField(subsidy.FieldStandard, f.Subsidy)

	f.Hint = noticeLabel(widget.WarningImportance)
	f.Saved = noticeLabel(widget.SuccessImportance)
	f.SaveButton, f.CancelButton = saveCancelButtons(u, f.save, f.cancel)
	f.RosterButton = widget.NewButtonWithIcon(u.T("学员名单"), theme.AccountIcon(), f.openRoster)
	f.root = container.NewVBox(f.Title, f.Hint, ff.General, ff.Form, f.Saved,
		container.NewHBox(f.SaveButton, f.CancelButton, f.RosterButton))
	f.fill(training.Class{})
	return f
}

func (f *classForm) Content() fyne.CanvasObject { return f.root }

// fill shows a class (a zero class for a new one).
func (f *classForm) fill(c training.Class) {
	f.fields.clear()
	f.Saved.Hide()
	date := func(t interface{ IsZero() bool }, s string) string {
		if t.IsZero() {
			return ""
		}
		return s
	}
	if c.ID == "" {
		f.Title.SetText(f.s.u.T("新建班级（开班备案）"))
	} else {
		title := f.s.u.T("班级信息") + "：" + c.Code
		if c.FilingNo != "" { // the bureau's receipt came back
			title += " · " + f.s.u.T("备案号") + " " + c.FilingNo
		}
		f.Title.SetText(title)
	}
	f.Code.SetText(c.Code)
	f.Name.SetText(c.Name)
	f.Occupation.SetText(c.Occupation)
	f.OccupationCode.SetText(c.OccupationCode)
	f.Trade.SetText(c.Trade)
	f.tradeOptions(c.OccupationCode)
	if c.Level.Valid() {
		f.Level.SetSelected(f.s.u.T(c.Level.Label()))
	} else {
		f.Level.ClearSelected()
	}
	if c.Type != "" {
		f.Type.SetSelected(f.s.u.T(c.Type))
	} else {
		f.Type.ClearSelected()
	}
	f.Start.SetText(date(c.Start, c.Start.Format(training.DateLayout)))
	f.End.SetText(date(c.End, c.End.Format(training.DateLayout)))
	if c.Hours > 0 {
		f.Hours.SetText(strconv.FormatFloat(c.Hours, 'f', -1, 64))
	} else {
		f.Hours.SetText("")
	}
	f.Teachers.SetText(strings.Join(c.Teachers, "，"))
	f.Site.SetText(c.Site)
	f.Subsidy.SetText("")
	if c.SubsidyFen > 0 {
		f.Subsidy.SetText(subsidy.Fen(c.SubsidyFen).Yuan())
	}
	f.Assessment.SetSelected(f.s.u.T(training.AssessmentLabel(c.Assessment)))
	f.RosterButton.Disable()
	if c.ID != "" {
		f.RosterButton.Enable()
	}
	f.hint(c)
}

// hint reminds the clerk of the filing deadline (开班备案) of a class that
// has not started and has no filing number from the bureau yet.
func (f *classForm) hint(c training.Class) {
	f.Hint.Hide()
	if c.ID == "" || c.FilingNo != "" || !today().Before(c.Start) {
		return
	}
	st, err := f.s.u.Store.Settings()
	if err != nil || st.FilingDaysBefore <= 0 {
		return
	}
	deadline := c.Start.AddDate(0, 0, -st.FilingDaysBefore)
	if today().Before(deadline) {
		f.Hint.SetText(fmt.Sprintf("尚未备案：按本地规定须在开班前 %d 天（%s 前）备案。", st.FilingDaysBefore, deadline.Format(training.DateLayout)))
	} else {
		f.Hint.SetText(fmt.Sprintf("按本地规定须在开班前 %d 天备案，请尽快上传（备案截止 %s）。", st.FilingDaysBefore, deadline.Format(training.DateLayout)))
	}
	f.Hint.Show()
}

// read turns the form into a class; parse errors go under their fields.
func (f *classForm) read() (training.Class, bool) {
	c := training.Class{ID: f.s.editing, Code: f.Code.Text, Name: f.Name.Text, Occupation: f.Occupation.Text,
		OccupationCode: strings.TrimSpace(f.OccupationCode.Text), Trade: strings.TrimSpace(f.Trade.Text), Type: f.s.u.valueOf(f.Type.Selected, training.TrainingTypes), Site: strings.TrimSpace(f.Site.Text),
		Assessment: assessmentMode(f.s.u.valueOf(f.Assessment.Selected, assessmentLabels()))}
	ok := true
	for _, l := range training.Levels() {
		if f.s.u.T(l.Label()) == f.Level.Selected {
			c.Level = l
		}
	}
	var err error
	if strings.TrimSpace(f.Start.Text) != "" {
		if c.Start, err = training.ParseDate(training.FieldStart, f.Start.Text); err != nil {
			f.fields.show(err)
			ok = false
		}
	}
	if strings.TrimSpace(f.End.Text) != "" {
		if c.End, err = training.ParseDate(training.FieldEnd, f.End.Text); err != nil {
			f.fields.show(err)
			ok = false
		}
	}
	if h := strings.TrimSpace(f.Hours.Text); h != "" {
		if c.Hours, err = strconv.ParseFloat(h, 64); err != nil {
			f.fields.show(errs.Errorf(errs.Invalid, training.FieldHours, "“%s”不是数字，请填写学时数，如 40", h))
			ok = false
		}
	}
	if y := strings.TrimSpace(f.Subsidy.Text); y != "" {
		fen, err := subsidy.ParseYuan(y)
		if err != nil {
			f.fields.show(errs.E(errs.Invalid, subsidy.FieldStandard, errs.Message(err)))
			ok = false
		}
		c.SubsidyFen = int64(fen)
	}
	for _, t := range strings.FieldsFunc(f.Teachers.Text, func(r rune) bool { return r == ',' || r == '，' || r == '、' }) {
		if t = strings.TrimSpace(t); t != "" {
			c.Teachers = append(c.Teachers, t)
		}
	}
	return c, ok
}

// save files a new class or saves the edited one (Enter).
func (f *classForm) save() {
	f.fields.clear()
	f.Saved.Hide()
	c, ok := f.read()
	if !ok {
		return
	}
	// Filing a new class late (a start in the past, or after the region's
	// filing deadline) is allowed but asked first.
	if c.ID == "" {
		st, err := f.s.u.Store.Settings()
		if err == nil {
			if warn := training.FilingWarning(c.Start, now(), st.FilingDaysBefore); warn != "" {
				f.FilingConfirm = dialog.NewConfirm(f.s.u.T("逾期备案"), warn+"\n\n仍要保存这个班级吗？", func(yes bool) {
					if yes {
						f.store(c)
					}
				}, f.s.u.Win)
				f.FilingConfirm.SetConfirmText(f.s.u.T("仍要保存"))
				f.FilingConfirm.SetDismissText(f.s.u.T("取消"))
				f.FilingConfirm.Show()
				return
			}
		}
	}
	f.store(c)
}

// store files or updates the class and shows the outcome.
func (f *classForm) store(c training.Class) {
	var err error
	if c.ID == "" {
		c, err = f.s.u.Store.FileClass(c)
	} else {
		c, err = f.s.u.Store.UpdateClass(c)
	}
	if err != nil {
		f.fields.show(err)
		return
	}
	f.s.editing = c.ID
	f.s.u.SelectClass(c.ID)
	f.s.Refresh()
	if !f.s.Select(c.Code) { // filtered out of the list: still show it
		f.fill(c)
	}
	f.Saved.SetText(fmt.Sprintf("已保存：%s %s", c.Code, c.Name))
	if cat, err := f.s.u.Store.Occupations(); err == nil {
		if _, _, warn, _ := cat.Resolve(c.OccupationCode, c.Occupation); warn != "" {
			f.Saved.SetText(f.Saved.Text + "。提示：" + warn)
		}
	}
	f.Saved.SetText(f.Saved.Text + f.teacherWarnings(c))
	f.Saved.Show()
}

// cancel drops the changes (Esc): the saved class again, or an empty form.
func (f *classForm) cancel() {
	if f.s.editing != "" {
		if c, err := f.s.u.Store.Class(f.s.editing); err == nil {
			f.fill(c)
			return
		}
	}
	f.fill(training.Class{})
}

func (f *classForm) openRoster() {
	if f.s.editing == "" {
		return
	}
	f.s.u.SelectClass(f.s.editing)
	f.s.u.Show(tabRoster)
}

// assessmentModes are the class's 考核方式 choices; "" follows 设置.
var assessmentModes = []string{"", training.AssessBoth, training.AssessTheory, training.AssessPractice}

func assessmentLabels() []string {
	out := make([]string, len(assessmentModes))
	for i, m := range assessmentModes {
		out[i] = training.AssessmentLabel(m)
	}
	return out
}

func assessmentMode(label string) string {
	for _, m := range assessmentModes {
		if training.AssessmentLabel(m) == label {
			return m
		}
	}
	return ""
}
