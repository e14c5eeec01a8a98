package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/training"
)

// TeachersScreen is 师资: the teachers' register (a virtualised list) and
// the form of the teacher chosen, with their 执教履历 from the timetables.
type TeachersScreen struct {
	u *UI

	List      *widget.List
	NewButton *widget.Button
	Empty     *widget.Label // what to do first, while the register is empty

	Name           *deskEntry
	IDNumber       *deskEntry
	Phone          *deskEntry
	Teaches        *widget.Select
	FullTime       *widget.Check
	Qualifications *widget.Entry // one per line: 职业技能等级 二级 电工 S2023001
	History        *widget.Label
	ScanQual       *widget.Select // which qualification a scan is for
	ScanButton     *widget.Button // 附扫描件…
	Scans          *widget.Label  // which qualifications have a scan
	Saved          *widget.Label
	SaveButton     *widget.Button
	CancelButton   *widget.Button

	teachers []training.Teacher
	editing  string // id of the teacher in the form, "" for a new one
	storedID string // the saved identity number, kept when the field is left empty
	fields   *fieldForm
	root     fyne.CanvasObject
}

var teachesChoices = []string{training.TeachTheory, training.TeachPractice, training.TeachBoth}

func newTeachersScreen(u *UI) *TeachersScreen {
	s := &TeachersScreen{u: u, fields: newFieldForm(u.T)}
	s.List = widget.NewList(func() int { return len(s.teachers) },
		func() fyne.CanvasObject {
			return widget.NewLabel("阿依古丽·买买提  110105********002X  理论和实操")
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			tc := s.teachers[i]
			o.(*widget.Label).SetText(fmt.Sprintf("%s  %s  %s", tc.Name, identity.Mask(tc.IDNumber), training.TeachesLabel(tc.Teaches)))
		})
	s.List.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(s.teachers) {
			s.fill(s.teachers[i])
		}
	}
	s.NewButton = widget.NewButtonWithIcon(u.T("登记教师"), theme.ContentAddIcon(), s.NewTeacher)
	s.Empty = widget.NewLabel(u.T("师资库还是空的：点“登记教师”，填写姓名、身份证号、授课类型和资质。班级的授课教师从这里选。"))
	s.Empty.Wrapping = fyne.TextWrapWord

	entry := func(ph string) *deskEntry {
		e := newDeskEntry(u, ph)
		e.OnSubmitted = func(string) { s.save() }
		e.onEsc = s.cancel
		return e
	}
	s.Name = entry("姓名")
	s.IDNumber = entry("18 位公民身份号码")
	s.Phone = entry("手机号（可不填）")
	labels := make([]string, len(teachesChoices))
	for i, c := range teachesChoices {
		labels[i] = training.TeachesLabel(c)
	}
	s.Teaches = u.newChoice(u.Ts(labels), nil)
	s.FullTime = widget.NewCheck(u.T("专职"), nil)
	s.Qualifications = widget.NewMultiLineEntry()
	s.Qualifications.SetPlaceHolder(u.T("每行一项，例：职业技能等级 二级 电工 证书编号\n学历 本科\n教师资格 中职 证书编号"))
	s.Qualifications.SetMinRowsVisible(4)
	s.History = widget.NewLabel("")
	s.History.Wrapping = fyne.TextWrapWord
	s.Saved = noticeLabel(widget.SuccessImportance)
	s.SaveButton, s.CancelButton = saveCancelButtons(u, s.save, s.cancel)
	s.ScanQual = u.newChoice(nil, nil)
	s.ScanQual.PlaceHolder = u.T("选择资质")
	s.ScanButton = widget.NewButton(u.T("附扫描件…"), s.chooseScan)
	s.Scans = widget.NewLabel("")
	s.Scans.Wrapping = fyne.TextWrapWord

	f := s.fields
	f.addField(training.FieldTeacherName, s.Name)
	f.addField(training.FieldTeacherID, s.IDNumber)
	f.add("电话", s.Phone)
	f.addField(training.FieldTeacherKind, s.Teaches)
	f.add("用工方式", s.FullTime)
	f.addField(training.FieldTeacherQualType, s.Qualifications)
	f.addFieldAs("资质扫描件", store.FieldScan, container.NewVBox(container.NewBorder(nil, nil, nil, s.ScanButton, s.ScanQual), s.Scans))
	form := container.NewVBox(f.General, f.Form, s.Saved, container.NewHBox(s.SaveButton, s.CancelButton),
		widget.NewSeparator(), heading(u.T("执教履历")), s.History)
	left := container.NewBorder(container.NewVBox(container.NewHBox(s.NewButton), s.Empty), nil, nil, nil, s.List)
	split := container.NewHSplit(left, container.NewVScroll(container.NewPadded(form)))
	split.Offset = 0.38
	s.root = split
	s.fill(training.Teacher{})
	return s
}

func (s *TeachersScreen) Content() fyne.CanvasObject { return s.root }

// Refresh reloads the register (it grows with the institution, not with
// the trainees: a few hundred at most, decrypted off nothing but a scan).
func (s *TeachersScreen) Refresh() {
	list, err := s.u.Store.Teachers()
	if err != nil {
		s.u.showError(err)
		return
	}
	s.teachers = list
	s.Empty.Hidden = len(list) > 0
	s.Empty.Refresh()
	s.List.Refresh()
}

// NewTeacher empties the form for a new registration.
func (s *TeachersScreen) NewTeacher() {
	s.List.UnselectAll()
	s.fill(training.Teacher{})
	s.u.Win.Canvas().Focus(s.Name)
}

func (s *TeachersScreen) fill(tc training.Teacher) {
	s.fields.clear()
	s.Saved.Hide()
	s.editing = tc.ID
	s.Name.SetText(tc.Name)
	// The number is never shown in full: leave it empty to keep it.
	s.IDNumber.SetText("")
	s.IDNumber.SetPlaceHolder(s.u.T("18 位公民身份号码"))
	if tc.IDNumber != "" {
		s.IDNumber.SetPlaceHolder(s.u.T("已登记") + " " + identity.Mask(tc.IDNumber) + s.u.T("（不改请留空）"))
	}
	s.storedID = tc.IDNumber
	s.Phone.SetText(tc.Phone)
	s.Teaches.SetSelected(s.u.T(training.TeachesLabel(tc.Teaches)))
	if tc.Teaches == "" {
		s.Teaches.SetSelected(s.u.T(training.TeachesLabel(training.TeachBoth)))
	}
	s.FullTime.SetChecked(tc.FullTime)
	var lines []string
	for _, q := range tc.Qualifications {
		lines = append(lines, q.Label())
	}
	s.Qualifications.SetText(strings.Join(lines, "\n"))
	s.showScans(tc)
	s.showHistory(tc.ID)
}

// showHistory lists the classes and lessons a teacher gave (执教履历).
func (s *TeachersScreen) showHistory(id string) {
	if id == "" {
		s.History.SetText(s.u.T("保存后，这里列出此教师任教的班级和课次（来自班级和课程表）。"))
		return
	}
	hist, err := s.u.Store.TeachingHistory(id)
	if err != nil {
		s.History.SetText(err.Error())
		return
	}
	if len(hist) == 0 {
		s.History.SetText(s.u.T("尚无任教记录：在班级的“授课教师”或课程表的教师中选择此教师后即会列出。"))
		return
	}
	var b strings.Builder
	for _, h := range hist {
		fmt.Fprintf(&b, "%s %s（%s 至 %s）", h.Class.Code, h.Class.Name, h.Class.Start.Format(training.DateLayout), h.Class.End.Format(training.DateLayout))
		if len(h.Lessons) > 0 {
			fmt.Fprintf(&b, "：授课 %d 次，%g 学时", len(h.Lessons), h.Hours)
		}
		b.WriteString("\n")
	}
	s.History.SetText(strings.TrimSpace(b.String()))
}

func (s *TeachersScreen) read() training.Teacher {
	id := s.IDNumber.Text
	if strings.TrimSpace(id) == "" {
		id = s.storedID
	}
	tc := training.Teacher{ID: s.editing, Name: s.Name.Text, IDNumber: id, Phone: strings.TrimSpace(s.Phone.Text),
		FullTime: s.FullTime.Checked}
	for i, l := range s.Teaches.Options {
		if l == s.Teaches.Selected {
			tc.Teaches = teachesChoices[i]
		}
	}
	for _, line := range strings.Split(s.Qualifications.Text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			tc.Qualifications = append(tc.Qualifications, training.ParseQualification(line))
		}
	}
	return tc
}

func (s *TeachersScreen) save() {
	s.fields.clear()
	s.Saved.Hide()
	tc, err := s.u.Store.SaveTeacher(s.read())
	if err != nil {
		s.fields.show(err)
		return
	}
	s.Refresh()
	s.fill(tc)
	s.Saved.SetText(fmt.Sprintf("已保存：%s（%s）", tc.Name, identity.Mask(tc.IDNumber)))
	s.Saved.Show()
}

func (s *TeachersScreen) cancel() {
	if s.editing != "" {
		if tc, err := s.u.Store.Teacher(s.editing); err == nil {
			s.fill(tc)
			return
		}
	}
	s.fill(training.Teacher{})
}
