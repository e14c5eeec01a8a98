package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func TestKeyboardShortcuts(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	c := u.Win.Canvas()

	// Ctrl+N on the classes screen, even while an entry has the focus.
	u.Classes.Select("DEMO-2026-01")
	c.Focus(u.Classes.Form.Name)
	u.Classes.Form.Name.TypedShortcut(ctrl(fyne.KeyN))
	if u.Classes.editing != "" || u.Classes.Form.Code.Text != "" || c.Focused() != u.Classes.Form.Code {
		t.Fatal("Ctrl+N did not open an empty class form")
	}

	// Enter saves, Esc cancels.
	typeClass(u.Classes.Form, "KEY-1", "2026-12-01", "2026-12-10")
	u.Classes.Form.Site.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if _, err := u.Store.ClassByCode("KEY-1"); err != nil {
		t.Fatalf("Enter did not save: %s", u.Classes.Form.fields.firstError())
	}
	retype(u.Classes.Form.Name, "改了一半")
	u.Classes.Form.Name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.Classes.Form.Name.Text == "改了一半" {
		t.Error("Esc did not drop the change")
	}

	// Ctrl+N on the roster screen starts a new trainee.
	openRoster(t, u, "DEMO-2026-02")
	c.(fyne.Shortcutable).TypedShortcut(ctrl(fyne.KeyN))
	if c.Focused() != u.Roster.Form.Name || u.Roster.Form.editing.ID != "" {
		t.Error("Ctrl+N on the roster did not start a new trainee")
	}

	// Ctrl+F goes to the search box from anywhere.
	u.Roster.Form.Name.TypedShortcut(ctrl(fyne.KeyF))
	if u.Tabs.SelectedIndex() != tabClasses || c.Focused() != u.Classes.Search.Entry {
		t.Error("Ctrl+F did not focus the search box")
	}
	test.Type(u.Classes.Search.Entry, "zz")
	u.Classes.Search.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.Classes.Search.Entry.Text != "" {
		t.Error("Esc did not clear the search")
	}
}

// Only the screen shown is in the window: Fyne refreshes the content of
// every tab on each switch, so a hidden screen must hold nothing to refresh,
// and coming back shows the screen whole again.
func TestOnlyTheScreenShownIsInTheWindow(t *testing.T) {
	u := newDemoUI(t)
	for i := range u.Tabs.Items {
		u.Show(i)
		for j, p := range u.panes {
			if in := len(p.Objects) == 1 && p.Objects[0] == u.contents[j]; in != (i == j) {
				t.Errorf("with %s shown, %s in the window: %v", u.Tabs.Items[i].Text, u.Tabs.Items[j].Text, in)
			}
		}
	}
	u.Show(tabRoster)
	if got := u.Win.Content().MinSize(); got.Width == 0 || got.Height == 0 {
		t.Fatalf("学员 shown again with size %v", got)
	}
}

// A screen taken out of the window while the theme changed is refreshed
// whole when it is shown again (it missed Fyne's refresh of the window).
func TestAScreenShownAgainAfterAThemeChangeIsRefreshed(t *testing.T) {
	u := newDemoUI(t)
	u.Show(tabClasses)
	u.Show(tabRoster)
	before := u.looks.Load()
	u.App.Settings().SetTheme(newTheme())
	deadline := time.Now().Add(5 * time.Second)
	for u.looks.Load() == before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if u.looks.Load() == before {
		t.Fatal("the theme change was not heard")
	}
	u.Show(tabClasses)
	if u.paneLooks[tabClasses] != u.looks.Load() {
		t.Fatalf("班级 shown again without a whole refresh after the theme changed")
	}
}
