package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"trainingdesk/store"
)

// 全部出勤 pressed during the lesson writes no sign-out; the sign-out is the
// lesson's end once it is over. Times typed decide the status; 请假 clears
// them; a badge scanned twice counts once.
func TestMarkingAgreesWithItsTimes(t *testing.T) {
	monday := time.Date(2026, 11, 23, 10, 57, 0, 0, time.Local)
	u := newAttendanceUI(t, monday)
	c := openClass(t, u, "DEMO-2026-02")
	m := u.Attendance.Marking
	l := lessonOn(t, u, c, monday)
	m.SelectLesson(l.No)
	test.Tap(m.MarkAll)
	if r := m.Rows[0]; r.Status.Selected != "出勤" || r.SignIn.Text != "09:00" || r.SignOut.Text != "" {
		t.Fatalf("全部出勤 at 10:57 shows %q %q–%q", r.Status.Selected, r.SignIn.Text, r.SignOut.Text)
	}
	if !strings.Contains(m.Rows[0].Source.Text, "全部出勤") {
		t.Errorf("source %q", m.Rows[0].Source.Text)
	}

	late := m.Rows[3]
	late.SignIn.SetText("09:25")
	if late.Status.Selected != "迟到" {
		t.Errorf("sign-in 09:25 for a 09:00 lesson shows %q, want 迟到", late.Status.Selected)
	}
	away := m.Rows[2]
	away.Status.SetSelected("请假")
	if away.SignIn.Text != "" || away.SignOut.Text != "" {
		t.Errorf("请假 keeps times %q–%q", away.SignIn.Text, away.SignOut.Text)
	}
	test.Tap(m.SaveMarks)
	marks, _ := u.Store.LessonMarks(l.ID)
	if mk := marks[late.Trainee.ID]; mk.Status != "late" {
		t.Errorf("saved %+v", mk)
	}
	if mk := marks[away.Trainee.ID]; mk.Status != "excused" || !mk.SignIn.IsZero() {
		t.Errorf("saved %+v", mk)
	}

	// A badge scanned twice within a minute: the second never signs out.
	scanned := m.Rows[5]
	code := store.BadgeCode(scanned.Trainee.ID)
	m.Scan(code)
	setNow(monday.Add(30 * time.Second))
	m.Scan(code)
	if !strings.Contains(m.ScanBanner.Text, "重复扫码") || scanned.SignOut.Text != "" {
		t.Errorf("double scan: banner %q, sign-out %q", m.ScanBanner.Text, scanned.SignOut.Text)
	}

	// After the end, the screen fills 全部出勤's sign-out with the lesson's end.
	setNow(time.Date(2026, 11, 23, 12, 20, 0, 0, time.Local))
	u.Attendance.Refresh()
	if r := m.Rows[0]; r.SignOut.Text != "12:00" || r.Status.Selected != "出勤" {
		t.Errorf("after the end row 1 shows %q %q–%q", r.Status.Selected, r.SignIn.Text, r.SignOut.Text)
	}
}

func TestPastLessonWithoutRollIsWarned(t *testing.T) {
	monday := time.Date(2026, 11, 23, 13, 0, 0, 0, time.Local)
	u := newAttendanceUI(t, monday)
	c := openClass(t, u, "DEMO-2026-02")
	m := u.Attendance.Marking
	l := lessonOn(t, u, c, monday)
	if !m.RollWarning.Visible() || !strings.Contains(m.RollWarning.Text, "未点名") || !strings.Contains(m.RollWarning.Text, l.Date.Format("01-02")) {
		t.Fatalf("warning %q (visible %v)", m.RollWarning.Text, m.RollWarning.Visible())
	}
	m.SelectLesson(l.No)
	test.Tap(m.MarkAll)
	if m.RollWarning.Visible() {
		t.Errorf("roll taken, still warned: %q", m.RollWarning.Text)
	}
}
