package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/codes"
	"trainingdesk/identity"
	"trainingdesk/personname"
	"trainingdesk/training"
)

// rosterCell is what the table shows in one column; numbers are masked.
func rosterCell(t training.Trainee, c training.Class, col int) string {
	p := t.Person
	switch col {
	case 0:
		if t.Withdrawn != nil {
			return p.Name + "（已退学）"
		}
		return p.Name
	case 1:
		return identity.Mask(p.IDNumber)
	case 2:
		return p.Sex
	case 3:
		if p.Birth.IsZero() {
			return ""
		}
		on := c.Start
		if on.IsZero() {
			on = today()
		}
		return strconv.Itoa(codes.Age(p.Birth, on))
	case 4:
		return t.Category
	case 5:
		return identity.MaskPhone(p.Phone)
	}
	return ""
}

// traineeForm enrols a person or edits an enrolment. The identity number
// of a saved trainee is never put back on screen: the entry stays empty
// (its placeholder shows the masked number) and only a new number typed in
// replaces it.
type traineeForm struct {
	s *RosterScreen

	Title     *widget.Label
	Name      *deskEntry
	IDNumber  *deskEntry
	Sex       *widget.Select
	Ethnicity *widget.Select
	Education *widget.Select
	Category  *widget.Select
	Phone     *deskEntry
	Address   *deskEntry
	Warnings  *widget.Label
	Saved     *widget.Label

	SaveButton   *widget.Button
	CancelButton *widget.Button

	editing training.Trainee
	fields  *fieldForm
	root    fyne.CanvasObject
}

// sexByNumber is the 性别 choice that leaves it to the identity number.
const sexByNumber = "按证件号码"

// sexChoices are the 性别 choices: derived from the ID number unless picked.
var sexChoices = []string{sexByNumber, "男", "女"}

func newTraineeForm(s *RosterScreen) *traineeForm {
	u := s.u
	f := &traineeForm{s: s, fields: newFieldForm(s.u.T)}
	f.Title = widget.NewLabel("")
	f.Title.TextStyle.Bold = true
	entry := func(ph string) *deskEntry {
		e := newDeskEntry(u, ph)
		e.OnSubmitted = func(string) { f.save() }
		e.onEsc = f.cancel
		return e
	}
	f.Name = entry("证件上的姓名")
	f.IDNumber = entry("18 位证件号码")
	f.Sex = u.newChoice(u.Ts(sexChoices), nil)
	f.Ethnicity = widget.NewSelect(u.Ts(codeNames(codes.Ethnicities())), nil)
	f.Education = widget.NewSelect(u.Ts(codeNames(codes.Educations())), nil)
	f.Category = widget.NewSelect(nil, nil)
	for _, sel := range []*widget.Select{f.Ethnicity, f.Education, f.Category} {
		sel.PlaceHolder = u.T("请选择")
	}
	f.Phone = entry("11 位手机号或 0571-88888888")
	f.Address = entry("户籍地址")

	ff := f.fields
	ff.addField(personname.FieldName, f.Name)
	ff.addField(training.FieldIDNumber, f.IDNumber)
	ff.addField(training.FieldSex, f.Sex)
	ff.addField(training.FieldEthnicity, f.Ethnicity)
	ff.addField(training.FieldEducation, f.Education)
	ff.addField(training.FieldCategory, f.Category)
	ff.addField(training.FieldPhone, f.Phone)
	ff.addField(training.FieldAddress, f.Address)

	f.Warnings = noticeLabel(widget.WarningImportance)
	f.Saved = noticeLabel(widget.SuccessImportance)
	f.SaveButton, f.CancelButton = saveCancelButtons(u, f.save, f.cancel)
	f.root = container.NewVBox(f.Title, ff.General, ff.Form, f.Saved, f.Warnings,
		container.NewHBox(f.SaveButton, f.CancelButton))
	return f
}

func codeNames(list []codes.Entry) []string {
	out := make([]string, 0, len(list))
	for _, e := range list {
		out = append(out, e.Name)
	}
	return out
}

func (f *traineeForm) Content() fyne.CanvasObject { return f.root }

// categories is the 人员类别 list in force for the class: the province's
// settings file when one is set, else the shipped list.
func (f *traineeForm) categories() []string {
	cats := codes.DefaultCategories()
	if st, err := f.s.u.Store.Settings(); err == nil && st.CategoriesFile != "" {
		if c, err := codes.LoadCategories(st.CategoriesFile); err == nil {
			cats = c
		}
	}
	on := f.s.class.Start
	if on.IsZero() {
		on = today()
	}
	var out []string
	for _, c := range cats.List(on) {
		out = append(out, c.Name)
	}
	return out
}

// fill shows an enrolment (a zero one for a new trainee).
func (f *traineeForm) fill(t training.Trainee) {
	f.editing = t
	f.fields.clear()
	f.Saved.Hide()
	f.Warnings.Hide()
	p := t.Person
	if t.ID == "" {
		f.Title.SetText(f.s.u.T("添加学员"))
		f.IDNumber.PlaceHolder = f.s.u.T("18 位证件号码")
	} else {
		f.Title.SetText(f.s.u.T("学员信息") + "：" + p.Name)
		f.IDNumber.PlaceHolder = identity.Mask(p.IDNumber) + " " + f.s.u.T("不改请留空")
	}
	f.Name.SetText(p.Name)
	f.IDNumber.SetText("")
	f.IDNumber.Refresh()
	f.Sex.SetSelected(f.s.u.T(sexByNumber))
	setOrClear(f.Ethnicity, f.s.u.T(p.Ethnicity))
	setOrClear(f.Education, f.s.u.T(p.Education))
	f.Category.Options = f.s.u.Ts(f.categories())
	setOrClear(f.Category, f.s.u.T(t.Category))
	f.Phone.SetText(p.Phone)
	f.Address.SetText(p.Address)
	if f.s.class.ID == "" {
		f.SaveButton.Disable()
	} else {
		f.SaveButton.Enable()
	}
}

func setOrClear(s *widget.Select, v string) {
	if v == "" {
		s.ClearSelected()
		return
	}
	s.SetSelected(v)
}

// save enrols or updates through the store (Enter); the store's checks
// decide, and their message lands under the field it names.
func (f *traineeForm) save() {
	f.fields.clear()
	f.Saved.Hide()
	f.Warnings.Hide()
	if f.s.class.ID == "" {
		f.fields.show(fmt.Errorf("请先在“班级”中选择一个班级"))
		return
	}
	t := f.editing
	p := t.Person
	p.Name = f.Name.Text
	if id := strings.TrimSpace(f.IDNumber.Text); id != "" || t.ID == "" {
		p.IDNumber = id
		p.Sex = "" // derived again from the new number
	}
	u := f.s.u
	if sex := u.valueOf(f.Sex.Selected, sexChoices); sex != sexByNumber {
		p.Sex = sex
	}
	p.Ethnicity = u.valueOf(f.Ethnicity.Selected, codeNames(codes.Ethnicities()))
	p.Education = u.valueOf(f.Education.Selected, codeNames(codes.Educations()))
	category := u.valueOf(f.Category.Selected, f.categories())
	p.Phone, p.Address = f.Phone.Text, strings.TrimSpace(f.Address.Text)
	st := f.s.u.Store
	var warnings []string
	var err error
	if t.ID == "" {
		t, warnings, err = st.EnrolTrainee(f.s.class.ID, p, category)
	} else {
		t.Person, t.Category = p, category
		t, warnings, err = st.UpdateTrainee(t)
	}
	if err != nil {
		f.fields.show(err)
		return
	}
	f.s.saved(t)
	if t.ID != "" && f.editing.ID == "" { // the form was cleared for the next one
		f.Saved.SetText(fmt.Sprintf("已报名：%s（%s）。可继续添加下一位。", t.Name(), identity.Mask(t.Person.IDNumber)))
	} else {
		f.Saved.SetText("已保存：" + t.Name())
	}
	f.Saved.Show()
	if len(warnings) > 0 {
		f.Warnings.SetText("提示：" + strings.Join(warnings, "\n提示："))
		f.Warnings.Show()
	}
}

// cancel drops the changes (Esc).
func (f *traineeForm) cancel() {
	if f.editing.ID != "" {
		if t, err := f.s.u.Store.Trainee(f.editing.ID); err == nil {
			f.fill(t)
			return
		}
	}
	f.fill(training.Trainee{})
}
