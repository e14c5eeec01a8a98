package app

import (
	"strings"

	"testing"

	"fyne.io/fyne/v2"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestConfirmDialogsRead确定取消(t *testing.T) {
	if lang.L("Cancel") != "取消" {
		t.Skip("Fyne runs in another language on this machine")
	}
	u := newTestUI(t)
	d := dialog.NewConfirm("删除学员", "确定删除吗？", func(bool) {}, u.Win)
	d.Show()
	var texts []string
	for _, o := range test.LaidOutObjects(u.Win.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok {
			texts = append(texts, b.Text)
		}
	}
	if len(texts) != 2 || texts[0] != "取消" || texts[1] != "确定" {
		t.Errorf("confirm buttons %q, want [取消 确定]", texts)
	}
}

func TestTheAppReopensOnTheLastClassAndScreen(t *testing.T) {
	u := newDemoUI(t)
	u.Start()
	c, _ := u.Store.ClassByCode("DEMO-2026-02")
	u.SelectClass(c.ID)
	u.Show(2) // 考勤
	u.Stop()

	again := New(u.App, u.Store)
	again.Start()
	defer again.Stop()
	if again.SelectedClass() != c.ID || again.Tabs.SelectedIndex() != 2 {
		t.Errorf("reopened on class %q screen %d, want %q screen 2", again.SelectedClass(), again.Tabs.SelectedIndex(), c.ID)
	}
}

func TestDateFieldsHaveACalendarAndStillTakeTypedDates(t *testing.T) {
	u := newTestUI(t)
	f := u.Classes.Form
	w := test.NewWindow(f.Content())
	defer w.Close()
	w.Resize(fyne.NewSize(600, 900))
	btn, ok := f.Start.ActionItem.(*widget.Button)
	if !ok {
		t.Fatal("开班日期 has no calendar button")
	}
	test.Tap(btn)
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the calendar did not open")
	}
	picked := false
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == "15" {
			test.Tap(b)
			picked = true
			break
		}
	}
	if !picked || !strings.HasSuffix(f.Start.Text, "-15") || len(f.Start.Text) != 10 {
		t.Errorf("picking the 15th typed %q", f.Start.Text)
	}
	test.Type(&f.End.Entry, "2026-12-20")
	if f.End.Text != "2026-12-20" {
		t.Errorf("typed date became %q", f.End.Text)
	}
}

func TestTimetableSeriesDoesNotKeepTheLastClassValues(t *testing.T) {
	u := newDemoUI(t)
	a, _ := u.Store.ClassByCode("DEMO-2026-02")
	b, _ := u.Store.ClassByCode("DEMO-2026-03")
	u.SelectClass(a.ID)
	u.Show(2)
	s := u.Attendance
	s.Sections.SelectIndex(1)
	s.Refresh()
	tt := s.Timetable
	tt.Weekdays.SetSelected([]string{tt.Weekdays.Options[0]})
	tt.RecTopic.SetText("安全用电")
	s.ClassSelect.SetSelected(classLabel(b))
	if want := b.Start.Format("2006-01-02"); tt.RecFrom.Text != want {
		t.Errorf("series starts %q after switching class, want %s (the new class's start)", tt.RecFrom.Text, want)
	}
	if len(tt.Weekdays.Selected) != 0 || tt.RecTopic.Text != "" {
		t.Errorf("the last class's weekdays %v / topic %q stayed", tt.Weekdays.Selected, tt.RecTopic.Text)
	}
}

func TestAnEmptyClassListSaysWhatToDoFirst(t *testing.T) {
	u := newTestUI(t)
	s := u.Classes
	s.Refresh()
	if !s.EmptyHint.Visible() || !strings.Contains(s.EmptyHint.Text, "新建班级") {
		t.Fatalf("empty list hint %q (visible %v)", s.EmptyHint.Text, s.EmptyHint.Visible())
	}
	d := newDemoUI(t).Classes
	d.Refresh()
	if d.EmptyHint.Visible() {
		t.Error("a list with classes shows the empty hint")
	}
	d.YearFilter.SetOptions(append(d.YearFilter.Options, "1999 年"))
	d.YearFilter.SetSelected("1999 年")
	if !d.EmptyHint.Visible() || !strings.Contains(d.EmptyHint.Text, "筛选") {
		t.Errorf("filtered-out list hint %q", d.EmptyHint.Text)
	}
}
