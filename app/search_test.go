package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"trainingdesk/identity"
	"trainingdesk/training"
)

func TestSearchFindsTraineeAcrossClassesAsYouType(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	c, _ := u.Store.ClassByCode("DEMO-2026-03")
	id := personID(t, 200, 7)
	// Enrolled through the roster form, so the session's index must learn it.
	s := openRoster(t, u, "DEMO-2026-03")
	test.Tap(s.AddButton)
	retype(s.Form.Name, "张三丰")
	retype(s.Form.IDNumber, id)
	test.Tap(s.Form.SaveButton)
	u.Show(tabClasses)

	box := u.Classes.Search
	for _, q := range []string{"zsf", "zhangsanf", "张三", id[len(id)-4:]} {
		box.Entry.SetText("")
		test.Type(box.Entry, q)
		if len(box.Hits) == 0 || box.Hits[0].Name != "张三丰" {
			t.Fatalf("%q: hits %+v", q, box.Hits)
		}
		h := box.Hits[0]
		if h.Masked != identity.Mask(id) || !strings.Contains(h.Class, "DEMO-2026-03") || !box.Panel.Visible() {
			t.Errorf("%q: result line %+v", q, h)
		}
	}

	box.Results.Select(0)
	if u.SelectedClass() != c.ID || u.Tabs.SelectedIndex() != tabRoster {
		t.Fatalf("choosing a result: class %s, tab %d", u.SelectedClass(), u.Tabs.SelectedIndex())
	}
	if u.Roster.selected < 0 || u.Roster.list[u.Roster.selected].Person.Name != "张三丰" {
		t.Error("the roster does not show the chosen trainee selected")
	}
	if box.Entry.Text != "" || box.Panel.Visible() {
		t.Error("search not cleared after choosing")
	}
}

func TestSearchForgetsRemovedTrainee(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	s := openRoster(t, u, "DEMO-2026-03")
	tr, _, err := u.Store.EnrolTrainee(s.class.ID, training.Person{Name: "欧阳锋", IDNumber: personID(t, 300, 5)}, "")
	if err != nil {
		t.Fatal(err)
	}
	s.saved(tr)
	u.Classes.Search.Entry.SetText("oyf")
	if len(u.Classes.Search.Hits) != 1 {
		t.Fatalf("hits %+v", u.Classes.Search.Hits)
	}
	s.remove(tr.ID)
	u.Classes.Search.Entry.SetText("")
	u.Classes.Search.Entry.SetText("oyf")
	if len(u.Classes.Search.Hits) != 0 || !strings.Contains(u.Classes.Search.Summary.Text, "没有找到") {
		t.Errorf("removed trainee still found: %+v", u.Classes.Search.Hits)
	}
}
