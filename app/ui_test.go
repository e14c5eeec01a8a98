package app

import "testing"

func TestMainWindowIsChineseWithSixPlaces(t *testing.T) {
	u := newDemoUI(t)
	want := []string{"班级", "学员", "考勤", "结业/证书", "同步", "设置"}
	if len(u.Tabs.Items) != len(want) {
		t.Fatalf("%d navigation places", len(u.Tabs.Items))
	}
	for i, w := range want {
		if u.Tabs.Items[i].Text != w {
			t.Errorf("place %d is %q, want %q", i, u.Tabs.Items[i].Text, w)
		}
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
	want := []string{"Classes", "Roster", "Attendance", "Completion", "Sync", "Settings"}
	for i, w := range want {
		if en.Tabs.Items[i].Text != w {
			t.Errorf("place %d is %q in English, want %q", i, en.Tabs.Items[i].Text, w)
		}
	}
}
