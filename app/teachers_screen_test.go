package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"trainingdesk/identity"
	"trainingdesk/training"
)

func TestTeachersScreenRegistersAndMasks(t *testing.T) {
	u := newTestUI(t)
	u.Show(tabTeachers)
	s := u.Teachers
	if !s.Empty.Visible() {
		t.Fatal("an empty register says what to do first")
	}
	test.Tap(s.NewButton)
	id, _ := identity.Complete("11010519800101123")
	test.Type(s.Name, "阿依古丽·买买提")
	test.Type(s.IDNumber, id)
	s.Teaches.SetSelected("实操")
	s.Qualifications.SetText("职业技能等级 二级 电工 S2023001\n学历 本科")
	test.Tap(s.SaveButton)
	if !s.Saved.Visible() || strings.Contains(s.Saved.Text, id) {
		t.Fatalf("saved line %q (must show the number masked)", s.Saved.Text)
	}
	list, _ := u.Store.Teachers()
	if len(list) != 1 || list[0].Teaches != "practice" || len(list[0].Qualifications) != 2 || list[0].BestSkillLevel() != 2 {
		t.Fatalf("register = %+v", list)
	}
	if s.Empty.Visible() || s.IDNumber.Text != "" || !strings.Contains(s.IDNumber.PlaceHolder, identity.Mask(id)) {
		t.Fatalf("the form shows the number masked only: %q / %q", s.IDNumber.Text, s.IDNumber.PlaceHolder)
	}
	// A scan of the first qualification, kept when the form is saved again.
	if s.ScanButton.Disabled() || len(s.ScanQual.Options) != 2 {
		t.Fatalf("scan choices %v (button disabled %v)", s.ScanQual.Options, s.ScanButton.Disabled())
	}
	s.attachScan(0, strings.NewReader("scanned page"))
	if !strings.Contains(s.Scans.Text, "第 1 项") {
		t.Fatalf("scans line %q", s.Scans.Text)
	}
	// Saving again without retyping the number keeps it.
	test.Type(s.Phone, "13812345678")
	test.Tap(s.SaveButton)
	if got, _ := u.Store.Teacher(list[0].ID); got.IDNumber != id || got.Phone != "13812345678" || got.Qualifications[0].ScanID == "" {
		t.Fatalf("edit lost the number, phone or scan: %+v", got)
	}
	// A wrong number is refused and nothing is added.
	test.Tap(s.NewButton)
	test.Type(s.Name, "黄丽")
	test.Type(s.IDNumber, "110105198001011234")
	test.Tap(s.SaveButton)
	if list, _ := u.Store.Teachers(); len(list) != 1 || s.fields.firstError() == "" {
		t.Fatalf("a bad number must be refused with a message: %d, %q", len(list), s.fields.firstError())
	}
}

// A class whose teachers fall short of the region's rule saves with a 师资 warning.
func TestClassFormWarnsWhenTeachersFallShort(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	id, _ := identity.Complete("11010519800101123")
	if _, err := u.Store.SaveTeacher(training.Teacher{Name: "陈建国", IDNumber: id, Teaches: "theory"}); err != nil {
		t.Fatal(err)
	}
	st, _ := u.Store.Settings()
	st.TeacherRule = training.TeacherRule{MinTheory: 1, MinPractice: 1}
	if err := u.Store.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	test.Tap(u.Classes.NewButton)
	f := u.Classes.Form
	typeClass(f, "2026-DG-010", "2026-12-07", "2026-12-18")
	retype(f.Teachers, "陈建国")
	test.Tap(f.SaveButton)
	if !strings.Contains(f.Saved.Text, "实操教师") {
		t.Fatalf("no 师资 warning on save: %q", f.Saved.Text)
	}
	c, _ := u.Store.ClassByCode("2026-DG-010")
	if len(c.TeacherIDs) != 1 {
		t.Fatalf("the registered teacher is linked: %v", c.TeacherIDs)
	}
}

// A refusal of the teacher register shows under the field it names, and the
// form keeps what was typed.
func TestTeacherFormShowsTheRefusalUnderItsField(t *testing.T) {
	u := newTestUI(t)
	u.Show(tabTeachers)
	s := u.Teachers
	test.Tap(s.NewButton)
	test.Type(s.Name, "陈建国")
	test.Type(s.IDNumber, "110105198001011230") // wrong check digit
	s.Teaches.SetSelected("实操")
	test.Tap(s.SaveButton)
	if list, _ := u.Store.Teachers(); len(list) != 0 {
		t.Fatalf("a bad number was registered: %+v", list)
	}
	if s.fields.errorAt(training.FieldTeacherID) == "" || s.fields.General.Visible() {
		t.Fatalf("the refusal is not under 教师身份证号: field %q, general %q",
			s.fields.errorAt(training.FieldTeacherID), s.fields.General.Text)
	}
	if s.Name.Text != "陈建国" {
		t.Fatalf("the form lost what was typed: %q", s.Name.Text)
	}
}
