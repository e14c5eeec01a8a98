package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func saysFirst(t *testing.T, place string, hint *widget.Label, want string) {
	t.Helper()
	if !hint.Visible() || !strings.Contains(hint.Text, want) {
		t.Errorf("%s: empty hint %q (visible %v), want one naming %q", place, hint.Text, hint.Visible(), want)
	}
}

// Every empty place says what to do first: with no class, choose or file
// one; with a class and nothing in it, what fills it (roster, timetable).
func TestEmptyPlacesSayWhatToDoFirst(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	for _, s := range u.screens() {
		s.Refresh()
	}
	u.FollowUp.wait()
	u.Stats.wait()
	saysFirst(t, "学员", u.Roster.EmptyHint, "新建班级")
	saysFirst(t, "考勤", u.Attendance.Marking.EmptyHint, "新建班级")
	saysFirst(t, "结业", u.Completion.EmptyHint, "新建班级")
	saysFirst(t, "补贴", u.Claims.EmptyHint, "新建班级")
	saysFirst(t, "同步", u.Sync.EmptyHint, "自动排队")
	saysFirst(t, "师资", u.Teachers.Empty, "登记教师")
	saysFirst(t, "跟踪", u.FollowUp.EmptyHint, "就业跟踪设置")
	saysFirst(t, "统计", u.Stats.EmptyHint, "还没有结业的班级")

	// A class filed through the form: no lessons, no trainees yet.
	test.Tap(u.Classes.NewButton)
	typeClass(u.Classes.Form, "2026-DG-001", "2026-12-01", "2026-12-20")
	retype(u.Classes.Form.Subsidy, "1200") // else 补贴 says to fill it in first
	test.Tap(u.Classes.Form.SaveButton)
	c, err := u.Store.ClassByCode("2026-DG-001")
	if err != nil {
		t.Fatal(err)
	}
	u.SelectClass(c.ID)
	for _, s := range []screen{u.Roster, u.Attendance, u.Completion, u.Claims, u.Sync} {
		s.Refresh()
	}
	saysFirst(t, "学员 (empty class)", u.Roster.EmptyHint, "导入表格")
	saysFirst(t, "考勤 (empty class)", u.Attendance.Marking.EmptyHint, "按周排课")
	saysFirst(t, "结业 (empty class)", u.Completion.EmptyHint, "导入花名册")
	saysFirst(t, "补贴 (empty class)", u.Claims.EmptyHint, "导入花名册")
	if u.Sync.EmptyHint.Visible() {
		t.Error("同步 says nothing is queued after a class was filed")
	}
}

// Places with data show their rows, not a hint.
func TestPlacesWithDataShowNoEmptyHint(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	openClass(t, u, "DEMO-2026-02")
	for _, s := range u.screens() {
		s.Refresh()
	}
	u.Stats.wait()
	for place, hint := range map[string]*widget.Label{"班级": u.Classes.EmptyHint, "学员": u.Roster.EmptyHint,
		"考勤": u.Attendance.Marking.EmptyHint, "结业": u.Completion.EmptyHint, "补贴": u.Claims.EmptyHint,
		"同步": u.Sync.EmptyHint, "师资": u.Teachers.Empty, "统计": u.Stats.EmptyHint} {
		if hint.Visible() {
			t.Errorf("%s shows %q over its rows", place, hint.Text)
		}
	}
}
