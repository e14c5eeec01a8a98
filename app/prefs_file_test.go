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

// The place is remembered as it changes, in one write per change (not at
// exit, after Fyne's final save, where it was lost or raced Fyne's file
// watcher), and remembering it again unchanged writes nothing.
func TestThePlaceIsRememberedInOneWrite(t *testing.T) {
	u := newDemoUI(t)
	u.Start()
	defer u.Stop()
	c, _ := u.Store.ClassByCode("DEMO-2026-02")
	u.SelectClass(c.ID)
	writes := 0
	u.App.Preferences().AddChangeListener(func() { writes++ })
	u.Show(2)
	if writes != 1 {
		t.Errorf("going to another screen wrote the preferences %d times, want 1", writes)
	}
	u.rememberPlace()
	if writes != 1 {
		t.Error("remembering an unchanged place wrote the preferences again")
	}
}
