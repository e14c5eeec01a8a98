package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/training"
)

// personID makes a valid 公民身份号码: Beijing, born 1980-01-01 + day days.
func personID(t testing.TB, day, seq int) string {
	t.Helper()
	birth := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, day)
	id, err := identity.Complete(fmt.Sprintf("110105%s%03d", birth.Format("20060102"), seq))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// wrongCheck spoils an ID's check character.
func wrongCheck(id string) string {
	if id[17] == '0' {
		return id[:17] + "1"
	}
	return id[:17] + "0"
}

// openRoster selects a demo class by code and shows its roster.
func openRoster(t *testing.T, u *UI, code string) *RosterScreen {
	t.Helper()
	c, err := u.Store.ClassByCode(code)
	if err != nil {
		t.Fatal(err)
	}
	u.SelectClass(c.ID)
	u.Show(tabRoster)
	return u.Roster
}

func TestAddTraineeBadIDThenGood(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	s := openRoster(t, u, "DEMO-2026-03") // the empty class
	test.Tap(s.AddButton)
	good := personID(t, 100, 11)

	retype(s.Form.Name, "张三丰")
	retype(s.Form.IDNumber, wrongCheck(good))
	test.Tap(s.Form.SaveButton)
	if e := s.Form.fields.errorAt(training.FieldIDNumber); e == "" {
		t.Fatal("no error under 证件号码 for a wrong check character")
	}
	if len(s.Rows()) != 0 {
		t.Fatalf("bad trainee saved: %v", s.Rows())
	}

	retype(s.Form.IDNumber, good)
	retype(s.Form.Phone, "13812345678")
	s.Form.Category.SetSelectedIndex(0)
	test.Tap(s.Form.SaveButton)
	if e := s.Form.fields.firstError(); e != "" {
		t.Fatalf("good trainee refused: %s", e)
	}
	rows := s.Rows()
	if len(rows) != 1 || !strings.Contains(rows[0], "张三丰") || !strings.Contains(rows[0], identity.Mask(good)) ||
		!strings.Contains(rows[0], "138****5678") {
		t.Fatalf("roster shows %v", rows)
	}
	if strings.Contains(rows[0], good) {
		t.Error("the table shows the full identity number")
	}

	// The same person again: refused under 证件号码, nothing added.
	retype(s.Form.Name, "张三丰")
	retype(s.Form.IDNumber, good)
	test.Tap(s.Form.SaveButton)
	if e := s.Form.fields.errorAt(training.FieldIDNumber); !strings.Contains(e, "不能重复报名") {
		t.Errorf("duplicate: %q", e)
	}
	if len(s.Rows()) != 1 {
		t.Errorf("duplicate saved: %d rows", len(s.Rows()))
	}
}

func TestEnrolWarnsOfOverlappingClass(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	running, _ := u.Store.ClassByCode("DEMO-2026-02") // overlaps DEMO-2026-03
	list, _ := u.Store.Trainees(running.ID)
	p := list[0].Person
	s := openRoster(t, u, "DEMO-2026-03")
	test.Tap(s.AddButton)
	retype(s.Form.Name, p.Name)
	retype(s.Form.IDNumber, p.IDNumber)
	test.Tap(s.Form.SaveButton)
	if len(s.Rows()) != 1 {
		t.Fatalf("not enrolled: %s", s.Form.fields.firstError())
	}
	if !s.Form.Warnings.Visible() || !strings.Contains(s.Form.Warnings.Text, "时间重叠") {
		t.Errorf("no overlap warning: %q", s.Form.Warnings.Text)
	}
}

func TestEditTraineeKeepsNumberWhenLeftEmpty(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	s := openRoster(t, u, "DEMO-2026-02")
	s.Table.Select(tableCell(0))
	before := s.list[0]
	if s.Form.IDNumber.Text != "" || !strings.Contains(s.Form.IDNumber.PlaceHolder, identity.Mask(before.Person.IDNumber)) {
		t.Fatalf("edit form shows the number %q / %q", s.Form.IDNumber.Text, s.Form.IDNumber.PlaceHolder)
	}
	retype(s.Form.Phone, "13900001111")
	test.Tap(s.Form.SaveButton)
	after, _ := u.Store.Trainee(before.ID)
	if after.Person.Phone != "13900001111" || after.Person.IDNumber != before.Person.IDNumber {
		t.Fatalf("after edit: phone %q, number kept %v", after.Person.Phone, after.Person.IDNumber == before.Person.IDNumber)
	}
}

// TestRosterTableIsVirtual: 5,000 trainees, yet only the visible rows get
// cell widgets, even after scrolling to the end.
func TestRosterTableIsVirtual(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	c, err := u.Store.FileClass(training.Class{Code: "BIG", Name: "大班", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: testDay, End: testDay.AddDate(0, 1, 0), Hours: 40})
	if err != nil {
		t.Fatal(err)
	}
	var cands []store.Candidate
	for i := 0; i < 5000; i++ {
		cands = append(cands, store.Candidate{Row: i + 2, Person: training.Person{Name: "学员", IDNumber: personID(t, i, 1)}})
	}
	if saved, rej, _, err := u.Store.EnrolTrainees(c.ID, cands); err != nil || len(saved) != 5000 {
		t.Fatalf("%d saved, %v, %v", len(saved), rej, err)
	}
	u.Win.Resize(fyne.NewSize(1180, 760))
	u.SelectClass(c.ID)
	u.Show(tabRoster)
	classLoads.Wait() // a class this big is read off the UI thread
	s := u.Roster
	if len(s.Rows()) != 5000 {
		t.Fatalf("%d rows", len(s.Rows()))
	}
	s.Table.ScrollToBottom()
	s.Table.ScrollTo(tableCell(2500))
	if s.CellsCreated == 0 || s.CellsCreated > 500 {
		t.Fatalf("%d cell widgets for 5,000 rows: want a screenful (0 < n ≤ 500)", s.CellsCreated)
	}
	t.Logf("%d cell widgets for 5,000 rows", s.CellsCreated)
}

func tableCell(row int) widget.TableCellID { return widget.TableCellID{Row: row} }
