package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// atTestDay makes the screens' "today" the demo's test day.
func atTestDay(t *testing.T) {
	t.Helper()
	old := now
	now = func() time.Time { return testDay }
	t.Cleanup(func() { now = old })
}

// retype clears an entry and types into it as the clerk would.
func retype(e *deskEntry, text string) {
	e.SetText("")
	test.Type(e, text)
}

func typeClass(f *classForm, code, start, end string) {
	retype(f.Code, code)
	retype(f.Name, "电工（五级）就业技能培训班")
	retype(f.Occupation, "电工")
	retype(f.OccupationCode, "6-31-01-03")
	f.Level.SetSelected(training.Level(5).Label())
	f.Type.SetSelected("就业技能培训")
	retype(f.Start, start)
	retype(f.End, end)
	retype(f.Hours, "40")
	retype(f.Teachers, "陈建国，黄丽")
	retype(f.Site, "一号实训室")
}

func TestCreateClassThroughTheForm(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	s := u.Classes
	test.Tap(s.NewButton)

	for _, tc := range []struct {
		name, start, end string
		field            errs.Field
		want             string
	}{
		{"impossible date", "2026-13-01", "2026-12-20", training.FieldStart, "不是有效日期"},
		{"end before start", "2026-12-01", "2026-11-20", training.FieldEnd, "不能早于开班日期"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			typeClass(s.Form, "2026-DG-001", tc.start, tc.end)
			test.Tap(s.Form.SaveButton)
			if got := s.Form.fields.errorAt(tc.field); !strings.Contains(got, tc.want) {
				t.Errorf("error under %s is %q, want %q", tc.field.Label(), got, tc.want)
			}
			if list, _ := u.Store.Classes(); len(list) != 0 || len(s.Shown()) != 0 {
				t.Fatalf("a bad class was saved: %v", list)
			}
		})
	}

	typeClass(s.Form, "2026-DG-001", "2026-12-01", "2026-12-20")
	test.Tap(s.Form.SaveButton)
	if e := s.Form.fields.firstError(); e != "" {
		t.Fatalf("good class refused: %s", e)
	}
	if got := s.Shown(); len(got) != 1 || got[0] != "2026-DG-001" {
		t.Fatalf("list shows %v, want the new class", got)
	}
	c, err := u.Store.ClassByCode("2026-DG-001")
	if err != nil || c.Hours != 40 || len(c.Teachers) != 2 || c.Site != "一号实训室" || c.OccupationCode != "6-31-01-03" {
		t.Fatalf("saved class %+v, %v", c, err)
	}
	if u.SelectedClass() != c.ID || !s.Form.Saved.Visible() {
		t.Error("the saved class is not the selected one, or no confirmation shown")
	}

	// The same code again is refused under 班级编号.
	test.Tap(s.NewButton)
	typeClass(s.Form, "2026-DG-001", "2026-12-01", "2026-12-20")
	test.Tap(s.Form.SaveButton)
	if got := s.Form.fields.errorAt(training.FieldClassCode); !strings.Contains(got, "已被其他班级使用") {
		t.Errorf("duplicate code: %q", got)
	}
}

// past are the demo's past classes (outcomes), newest start first.
const past = "DEMO-PAST-3 DEMO-PAST-1 DEMO-PAST-2"

func TestClassFiltersByStatusAndType(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	s := u.Classes
	for _, tc := range []struct {
		status, typ string
		want        string
	}{
		{allStatuses, allTypes, "DEMO-2026-03 DEMO-2026-02 DEMO-2026-01 " + past},
		{training.Finished.Label(), allTypes, "DEMO-2026-01 " + past},
		{training.Running.Label(), allTypes, "DEMO-2026-02"},
		{training.Planned.Label(), allTypes, "DEMO-2026-03"},
		{allStatuses, "创业培训", "DEMO-2026-03 DEMO-PAST-2"},
		{training.Running.Label(), "创业培训", ""},
	} {
		s.StatusFilter.SetSelected(tc.status)
		s.TypeFilter.SetSelected(tc.typ)
		if got := strings.Join(s.Shown(), " "); got != tc.want {
			t.Errorf("%s/%s: %q, want %q", tc.status, tc.typ, got, tc.want)
		}
	}
}

func TestFilingDeadlineHint(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t) // DEMO-2026-03 starts 12 days after the test day
	for _, tc := range []struct {
		days int
		want string
	}{
		{3, "尚未备案"},
		{15, "请尽快上传"},
	} {
		st, _ := u.Store.Settings()
		st.FilingDaysBefore = tc.days
		if err := u.Store.SaveSettings(st); err != nil {
			t.Fatal(err)
		}
		u.Classes.Refresh()
		if !u.Classes.Select("DEMO-2026-03") {
			t.Fatal("demo class not listed")
		}
		if h := u.Classes.Form.Hint; !h.Visible() || !strings.Contains(h.Text, tc.want) {
			t.Errorf("%d days: hint %q", tc.days, h.Text)
		}
	}
	u.Classes.Select("DEMO-2026-01") // finished: nothing to file
	if u.Classes.Form.Hint.Visible() {
		t.Error("finished class shows a filing hint")
	}
}

func TestRosterButtonOpensTheClassRoster(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	u.Classes.Select("DEMO-2026-02")
	test.Tap(u.Classes.Form.RosterButton)
	if u.Tabs.SelectedIndex() != tabRoster || len(u.Roster.Rows()) == 0 {
		t.Fatalf("roster not shown: tab %d, %d rows", u.Tabs.SelectedIndex(), len(u.Roster.Rows()))
	}
	if !strings.Contains(u.Roster.ClassSelect.Selected, "DEMO-2026-02") {
		t.Errorf("roster shows %q", u.Roster.ClassSelect.Selected)
	}
}

// TestClassFilterByDateRange: demo classes run 2026-10-08…11-05 (01),
// 11-13…12-17 (02) and 12-04…2027-01-01 (03).
func TestClassFilterByDateRange(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	s := u.Classes
	for _, tc := range []struct{ from, to, want string }{
		{"2026-11-01", "2026-11-10", "DEMO-2026-01"},
		{"2026-11-06", "2026-11-30", "DEMO-2026-02"},
		{"2026-12-10", "", "DEMO-2026-03 DEMO-2026-02"},
		{"", "2026-10-31", "DEMO-2026-01 " + past},
		{"2026-12-1", "", "DEMO-2026-03 DEMO-2026-02"},                   // 2026-12-1 is a date too
		{"2026-1", "", "DEMO-2026-03 DEMO-2026-02 DEMO-2026-01 " + past}, // half typed: no filter yet
	} {
		s.FromFilter.SetText(tc.from)
		s.ToFilter.SetText(tc.to)
		if got := strings.Join(s.Shown(), " "); got != tc.want {
			t.Errorf("%q–%q: %q, want %q", tc.from, tc.to, got, tc.want)
		}
	}
}
