package app

import (
	"testing"

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
