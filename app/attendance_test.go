package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"trainingdesk/demo"
	"trainingdesk/store"
	"trainingdesk/training"
)

// newAttendanceUI is the demo UI with the store's clock tied to the
// screens' (now), so "after the lesson day" follows the test's clock.
func newAttendanceUI(t *testing.T, at time.Time) *UI {
	t.Helper()
	old := now
	now = func() time.Time { return at }
	t.Cleanup(func() { now = old })
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newTheme())
	s, err := store.Open(t.TempDir(), store.Options{Now: func() time.Time { return now() }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := demo.Seed(s, 60, testDay); err != nil {
		t.Fatal(err)
	}
	return New(a, s)
}

func setNow(at time.Time) { now = func() time.Time { return at } }

// openClass shows the attendance screen on a demo class and returns it.
func openClass(t *testing.T, u *UI, code string) training.Class {
	t.Helper()
	c, err := u.Store.ClassByCode(code)
	if err != nil {
		t.Fatal(err)
	}
	u.SelectClass(c.ID)
	u.Show(2)
	if !u.Attendance.shown() || u.Attendance.class.ID != c.ID {
		t.Fatalf("attendance screen not showing %s", code)
	}
	return c
}

// lessonOn is the class's lesson on a day.
func lessonOn(t *testing.T, u *UI, c training.Class, day time.Time) training.Lesson {
	t.Helper()
	ls, _ := u.Store.Lessons(c.ID)
	for _, l := range ls {
		if l.Date.Equal(dayOf(day)) {
			return l
		}
	}
	t.Fatalf("no lesson of %s on %s", c.Code, day.Format(training.DateLayout))
	return training.Lesson{}
}

func pressReturn(c fyne.Canvas) { c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn}) }

func TestBadgeScansSignInThenOutWithoutAFocusedField(t *testing.T) {
	monday := time.Date(2026, 11, 23, 9, 2, 0, 0, time.Local) // the day after testDay
	u := newAttendanceUI(t, monday)
	c := openClass(t, u, "DEMO-2026-02")
	m := u.Attendance.Marking
	l := lessonOn(t, u, c, monday)
	m.SelectLesson(l.No)
	if m.lessonID != l.ID {
		t.Fatalf("lesson %d not shown", l.No)
	}
	tr := m.Rows[0].Trainee
	code := store.BadgeCode(tr.ID)
	canvas := u.Win.Canvas()
	if canvas.Focused() != nil {
		t.Fatal("a field has the focus; the scanner must work without one")
	}

	steps := []struct {
		at     time.Time
		banner string
		status string
	}{
		{monday, tr.Name() + " 签到 09:02 出勤", training.Present},
		{monday.Add(2*time.Hour + 59*time.Minute), tr.Name() + " 签退 12:01 出勤", training.Present},
	}
	for i, st := range steps {
		setNow(st.at)
		test.TypeOnCanvas(canvas, code)
		pressReturn(canvas)
		if m.ScanBanner.Text != st.banner {
			t.Errorf("scan %d: banner %q, want %q", i+1, m.ScanBanner.Text, st.banner)
		}
		marks, _ := u.Store.LessonMarks(l.ID)
		if mk := marks[tr.ID]; mk.Status != st.status || mk.Source != "scan" {
			t.Errorf("scan %d: stored %+v", i+1, mk)
		}
		if m.Rows[0].Status.Selected != "出勤" {
			t.Errorf("scan %d: row shows %q", i+1, m.Rows[0].Status.Selected)
		}
	}
	marks, _ := u.Store.LessonMarks(l.ID)
	if mk := marks[tr.ID]; clockText(mk.SignIn) != "09:02" || clockText(mk.SignOut) != "12:01" {
		t.Errorf("stored times %s–%s, want 09:02–12:01", clockText(mk.SignIn), clockText(mk.SignOut))
	}

	// A late arrival, scanned while a time field has the focus: it still
	// goes to the scanner, not into the field.
	late := m.Rows[1]
	setNow(monday.Add(20 * time.Minute))
	field := m.SignInField(1)
	canvas.Focus(field)
	test.Type(field, store.BadgeCode(late.Trainee.ID))
	field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if want := late.Trainee.Name() + " 签到 09:22 迟到"; m.ScanBanner.Text != want {
		t.Errorf("banner %q, want %q", m.ScanBanner.Text, want)
	}
	if late.SignIn.Text != "09:22" || field.Text != "09:22" {
		t.Errorf("sign-in shows %q, its field %q", late.SignIn.Text, field.Text)
	}

	canvas.Unfocus()
	test.TypeOnCanvas(canvas, "TD1:nobody")
	pressReturn(canvas)
	if !strings.Contains(m.ScanBanner.Text, "不在本班") {
		t.Errorf("a stranger's badge: banner %q", m.ScanBanner.Text)
	}
	m.ScanEntry.SetText(code)
	test.Tap(m.ScanButton)
	if !strings.Contains(m.ScanBanner.Text, "签退") {
		t.Errorf("manual entry: banner %q", m.ScanBanner.Text)
	}
}

func TestAllPresentThenExceptionsAndLateCorrectionNeedsReason(t *testing.T) {
	monday := time.Date(2026, 11, 23, 12, 30, 0, 0, time.Local)
	u := newAttendanceUI(t, monday)
	c := openClass(t, u, "DEMO-2026-02")
	m := u.Attendance.Marking
	l := lessonOn(t, u, c, monday)
	m.SelectLesson(l.No)
	test.Tap(m.MarkAll)
	if m.Rows[0].Status.Selected != "出勤" || m.Rows[0].SignIn.Text != "09:00" {
		t.Fatalf("after 全部出勤 row 1 shows %q %q", m.Rows[0].Status.Selected, m.Rows[0].SignIn.Text)
	}
	m.Rows[2].Status.SetSelected("请假")
	m.Rows[3].SignIn.SetText("09:25")
	m.Rows[3].Status.SetSelected("迟到")
	if m.Dirty.Text != "2 处未保存" {
		t.Errorf("dirty label %q", m.Dirty.Text)
	}
	test.Tap(m.SaveMarks) // on the lesson day: no reason needed
	marks, _ := u.Store.LessonMarks(l.ID)
	if marks[m.Rows[2].Trainee.ID].Status != training.Excused || marks[m.Rows[3].Trainee.ID].Status != training.Late ||
		clockText(marks[m.Rows[3].Trainee.ID].SignIn) != "09:25" {
		t.Fatalf("exceptions not saved: %+v / %+v", marks[m.Rows[2].Trainee.ID], marks[m.Rows[3].Trainee.ID])
	}

	// Two days later the same change is a 补录: refused without a reason.
	setNow(monday.AddDate(0, 0, 2))
	m.Rows[4].Status.SetSelected("缺勤")
	test.Tap(m.SaveMarks)
	if u.Win.Canvas().Overlays().Top() == nil || m.refusal == nil {
		t.Fatal("the store's refusal was not shown")
	}
	m.refusal.Hide()
	if u.Win.Canvas().Focused() != m.Reason {
		t.Error("the 补录原因 field did not get the focus")
	}
	marks, _ = u.Store.LessonMarks(l.ID)
	if marks[m.Rows[4].Trainee.ID].Status != training.Present {
		t.Fatalf("saved without a reason: %+v", marks[m.Rows[4].Trainee.ID])
	}
	m.Reason.SetText("教师课后确认未到")
	test.Tap(m.SaveMarks)
	marks, _ = u.Store.LessonMarks(l.ID)
	if mk := marks[m.Rows[4].Trainee.ID]; mk.Status != training.Absent || mk.Reason != "教师课后确认未到" {
		t.Fatalf("correction: %+v", mk)
	}
	if !strings.Contains(m.Rows[4].Source.Text, "补录") {
		t.Errorf("row source %q does not say 补录", m.Rows[4].Source.Text)
	}
}

func TestImportedTerminalLogListsUnmatchedPunches(t *testing.T) {
	monday := time.Date(2026, 11, 23, 13, 0, 0, 0, time.Local)
	u := newAttendanceUI(t, monday)
	c := openClass(t, u, "DEMO-2026-02")
	m := u.Attendance.Marking
	l := lessonOn(t, u, c, monday)
	m.SelectLesson(l.No)
	id := m.Rows[0].Trainee.Person.IDNumber
	log := "证件号码,打卡时间\n" + id + ",2026-11-23 08:58:00\n" + id + ",2026-11-23 12:03:00\n" +
		"110105199001011234,2026-11-23 09:00:00\n" + id + ",2026-11-23 06:00:00\n" + id + ",2026-11-23 20:00:00\n"
	rep, err := m.ImportLog("log.csv", strings.NewReader(log))
	if err != nil || rep.Matched != 2 || len(rep.Unmatched) != 3 {
		t.Fatalf("import: %+v %v", rep, err)
	}
	for _, want := range []string{"2 条打卡对应到课程", "第 4 行  110105********1234", "第 5 行", "不在任何课程的时间窗口内",
		"第 6 行", "打卡时间晚于现在"} {
		if !strings.Contains(m.LastImport, want) {
			t.Errorf("result lacks %q:\n%s", want, m.LastImport)
		}
	}
	if strings.Contains(m.LastImport, id) {
		t.Error("the result shows an identity number in clear")
	}
	if m.Rows[0].Status.Selected != "出勤" || m.Rows[0].Source.Text != "考勤机" {
		t.Errorf("row after import: %q %q", m.Rows[0].Status.Selected, m.Rows[0].Source.Text)
	}
}

func TestWeeklySeriesEditAndTotalWarning(t *testing.T) {
	u := newAttendanceUI(t, testDay)
	openClass(t, u, "DEMO-2026-03") // 48 学时, no lessons yet
	u.Attendance.Sections.SelectIndex(1)
	tt := u.Attendance.Timetable
	tt.Weekdays.SetSelected([]string{"周二", "周四"})
	tt.RecFrom.SetText("2026-12-07")
	tt.RecWeeks.SetText("2")
	tt.RecStart.SetText("09:00")
	tt.RecEnd.SetText("12:00")
	tt.RecTopic.SetText("婴幼儿生活照料")
	test.Tap(tt.RecCreate)
	if len(tt.lessons) != 4 || tt.lessons[0].Date.Format("01-02 Mon") != "12-08 Tue" || tt.lessons[3].Date.Format("01-02") != "12-17" {
		t.Fatalf("series = %d lessons %+v", len(tt.lessons), tt.lessons)
	}
	if tt.TotalWarn.Text != "课程表合计 16 学时，与开班学时 48 不符：请增减课程或修改开班学时" {
		t.Errorf("warning %q", tt.TotalWarn.Text)
	}

	tt.List.Select(1)
	tt.End.SetText("11:15")
	tt.Hours.SetText("") // computed: 135 min / 45 = 3 学时
	tt.Topic.SetText("婴幼儿睡眠照料")
	test.Tap(tt.Save)
	if l := tt.lessons[1]; l.Hours != 3 || l.Topic != "婴幼儿睡眠照料" || l.No != 2 {
		t.Errorf("edited lesson = %+v", l)
	}
	if !strings.Contains(tt.TotalWarn.Text, "合计 15 学时") {
		t.Errorf("warning after edit %q", tt.TotalWarn.Text)
	}

	tt.load(training.Lesson{})
	tt.Date.SetText("2027-01-05") // after the class ends
	tt.Start.SetText("09:00")
	tt.End.SetText("12:00")
	tt.Topic.SetText("复习")
	test.Tap(tt.Save)
	if len(tt.lessons) != 4 || u.Win.Canvas().Overlays().Top() == nil {
		t.Error("a lesson outside the class dates was saved or not refused visibly")
	}
}

func TestReportMarksTraineesUnderTheThreshold(t *testing.T) {
	u := newAttendanceUI(t, testDay)
	c := openClass(t, u, "DEMO-2026-01") // finished: 40 学时 in 10 lessons
	ls, _ := u.Store.Lessons(c.ID)
	roster, _ := u.Store.Trainees(c.ID)
	weak := roster[0]
	for _, l := range ls[:3] {
		if err := u.Store.MarkLesson(l.ID, []store.MarkInput{{TraineeID: weak.ID, Status: training.Absent}}, "核对签到表"); err != nil {
			t.Fatal(err)
		}
	}
	u.Attendance.Sections.SelectIndex(2)
	r := u.Attendance.Report
	if rows, cols := r.Table.Length(); rows != len(roster)+1 || cols != 5+len(ls) {
		t.Fatalf("table %d×%d", rows, cols)
	}
	if name, red := r.Cell(1, 0); !red || name != "▼ "+weak.Name() {
		t.Errorf("weak trainee's name cell = %q red=%v", name, red)
	}
	if rate, red := r.Cell(1, 2); !red || !strings.Contains(rate, "不足") {
		t.Errorf("weak trainee's rate cell = %q red=%v", rate, red)
	}
	if st, _ := r.Cell(1, 5); st != "缺" {
		t.Errorf("lesson 1 of the weak trainee shows %q", st)
	}
	fine := 0
	for row := 1; row <= len(roster); row++ {
		_, red := r.Cell(row, 0)
		if red != r.rep.Trainees[row-1].Summary.BelowThreshold {
			t.Errorf("row %d: red=%v but below=%v", row, red, !red)
		}
		if !red {
			fine++
		}
	}
	if fine == 0 || !strings.Contains(r.Summary.Text, "平均出勤率") {
		t.Errorf("no trainee above the line (%d) or summary %q", fine, r.Summary.Text)
	}
}

// TestRunningClassIsJudgedOnTheLessonsHeld: in a class still running, a
// trainee who came to every lesson so far is not shown as failing.
func TestRunningClassIsJudgedOnTheLessonsHeld(t *testing.T) {
	u := newAttendanceUI(t, testDay)
	c := openClass(t, u, "DEMO-2026-02")
	u.Attendance.Sections.SelectIndex(2)
	r := u.Attendance.Report
	if !strings.Contains(r.Summary.Text, "至今") {
		t.Fatalf("summary of a running class: %q", r.Summary.Text)
	}
	fine := 0
	for row := 1; row <= len(r.rep.Trainees); row++ {
		rate, red := r.Cell(row, 2)
		if !strings.HasPrefix(rate, "至今 ") {
			t.Fatalf("rate cell %q", rate)
		}
		if !red {
			fine++
		}
		if r.rep.Trainees[row-1].Summary.Rate >= 0.8 {
			t.Fatalf("%s already has %.0f%% of the class's 学时 in a running class", c.Code, r.rep.Trainees[row-1].Summary.Rate*100)
		}
	}
	if fine == 0 {
		t.Fatal("every trainee of a running class is shown as failing")
	}
}
