package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"trainingdesk/store"
	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

func TestMainWindowIsChineseWithItsPlaces(t *testing.T) {
	u := newDemoUI(t)
	// The daily places come first, in this order; later places (师资 …) follow.
	want := []string{"班级", "学员", "考勤", "结业/证书", "同步", "设置"}
	if len(u.Tabs.Items) < len(want) {
		t.Fatalf("%d navigation places", len(u.Tabs.Items))
	}
	for i, w := range want {
		if u.Tabs.Items[i].Text != w {
			t.Errorf("place %d is %q, want %q", i, u.Tabs.Items[i].Text, w)
		}
	}
	if got := u.Tabs.Items[tabTeachers].Text; got != "师资" {
		t.Errorf("place %d is %q, want 师资", tabTeachers, got)
	}
	if u.StatusSync.Text == "" || u.StatusDir.Text == "" {
		t.Fatal("status bar is empty")
	}
}

func TestEnglishIsASetting(t *testing.T) {
	u := newTestUI(t)
	st, _ := u.Store.Settings()
	st.Language = "en"
	if err := u.Store.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	en := New(u.App, u.Store)
	if got := en.Classes.Form.fields.Form.Items[0].Text; got == "班级编号" {
		t.Errorf("first field of the class form reads %q in English", got)
	}
	want := []string{"Classes", "Roster", "Attendance", "Completion", "Sync", "Settings"}
	for i, w := range want {
		if en.Tabs.Items[i].Text != w {
			t.Errorf("place %d is %q in English, want %q", i, en.Tabs.Items[i].Text, w)
		}
	}
}

func TestClassFormSetsTheAssessmentMode(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	s := u.Classes
	test.Tap(s.NewButton)
	typeClass(s.Form, "2026-CY-001", "2026-12-01", "2026-12-20")
	s.Form.Assessment.SetSelected("仅实操")
	test.Tap(s.Form.SaveButton)
	c, err := u.Store.ClassByCode("2026-CY-001")
	if err != nil || c.Assessment != training.AssessPractice {
		t.Fatalf("saved class assessment %q, %v", c.Assessment, err)
	}
}

func TestClassFormShowsTheBureausFilingNumber(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	c, _ := u.Store.ClassByCode("DEMO-2026-01")
	if err := u.Store.Settle([]tdsync.Outcome{{Kind: training.KindClass, ID: c.ID, Version: c.Version, Status: "accepted", RegNo: "BA2026000123"}}); err != nil {
		t.Fatal(err)
	}
	u.SelectClass(c.ID)
	u.Classes.Refresh()
	u.Classes.Form.fill(mustClass(t, u, c.ID))
	if !strings.Contains(u.Classes.Form.Title.Text, "BA2026000123") {
		t.Fatalf("class form title %q", u.Classes.Form.Title.Text)
	}
}

func mustClass(t *testing.T, u *UI, id string) training.Class {
	t.Helper()
	c, err := u.Store.Class(id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRunningAppMakesTheDailyBackup(t *testing.T) {
	defer func(d time.Duration) { firstBackupAfter = d }(firstBackupAfter)
	firstBackupAfter = 0
	u := newDemoUI(t)
	u.Start()
	defer u.Stop()
	deadline := time.Now().Add(5 * time.Second)
	for {
		files, _ := filepath.Glob(filepath.Join(u.Store.Dir(), "backups", "auto-*"+store.BackupExt))
		if len(files) == 1 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no automatic backup after start (%d files)", len(files))
		}
		time.Sleep(20 * time.Millisecond)
	}
}
