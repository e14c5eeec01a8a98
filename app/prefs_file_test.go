package app

import (
	"os"
	"path/filepath"
	"testing"
)

// A preferences file cut short (empty) is set aside before Fyne reads it;
// a good one stays.
func TestBrokenPreferencesAreSetAside(t *testing.T) {
	dir := t.TempDir()
	broken, good := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")
	if err := os.WriteFile(broken, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(good, []byte(`{"lastScreen:/d":2}`+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	setAsideBrokenPreferences(broken)
	setAsideBrokenPreferences(good)
	setAsideBrokenPreferences(filepath.Join(dir, "missing.json"))
	if _, err := os.Stat(broken); !os.IsNotExist(err) {
		t.Error("the empty preferences file is still where Fyne reads it")
	}
	if _, err := os.Stat(broken + ".broken"); err != nil {
		t.Error("the empty preferences file was not kept aside")
	}
	if _, err := os.Stat(good); err != nil {
		t.Error("a good preferences file was moved")
	}
}

// The place is remembered as it changes, in the data directory: the
// preferences file is not written when the clerk moves (its writes raced
// Fyne's file watcher) nor at Stop (after Fyne's final save: lost), and a
// window opened without a Stop still reopens there.
func TestThePlaceIsRememberedAsItChanges(t *testing.T) {
	u := newDemoUI(t)
	u.Start()
	prefWrites := 0
	u.App.Preferences().AddChangeListener(func() { prefWrites++ })
	c, _ := u.Store.ClassByCode("DEMO-2026-02")
	u.SelectClass(c.ID)
	u.Show(2)
	u.Stop()
	if prefWrites != 0 {
		t.Errorf("moving and stopping wrote Fyne's preferences %d times", prefWrites)
	}
	again := New(u.App, u.Store)
	again.Start()
	defer again.Stop()
	if again.SelectedClass() != c.ID || again.Tabs.SelectedIndex() != 2 {
		t.Errorf("reopened on class %q screen %d, want %q screen 2", again.SelectedClass(), again.Tabs.SelectedIndex(), c.ID)
	}
}
