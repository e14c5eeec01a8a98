package app

import (
	"encoding/json"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Desktop habits: Ctrl+Q quits, and the app opens where the clerk left it
// (the class and the screen of this data directory).

// place is where the clerk was: the class and the screen.
type place struct {
	Class  string `json:"class"`
	Screen int    `json:"screen"`
}

// placeFile keeps the place in the data directory, written whole (a temp
// file renamed over it) each time it changes. Kept in Fyne's preferences,
// it was written after Fyne's final save at exit (lost), and each write
// there woke Fyne's file watcher, which could read the file just emptied by
// the next write ("Preferences load error: EOF").
func (u *UI) placeFile() string { return filepath.Join(u.Store.Dir(), "last-place.json") }

// restorePlace selects the class and screen of the last session, when the
// class still exists, and adds Ctrl+Q.
func (u *UI) restorePlace() {
	u.Win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { u.App.Quit() })
	var p place
	if b, err := os.ReadFile(u.placeFile()); err == nil {
		_ = json.Unmarshal(b, &p) // unreadable: start on 班级
	}
	if p.Class != "" && u.selectedClass == "" {
		if _, err := u.Store.Class(p.Class); err == nil {
			u.SelectClass(p.Class)
		}
	}
	if p.Screen > 0 && p.Screen < len(u.Tabs.Items) && u.selectedClass != "" {
		u.Show(p.Screen)
	}
	u.placeRestored = true
	u.lastPlace = p
	u.rememberPlace()
}

// rememberPlace writes the place when it changed, while the window runs.
func (u *UI) rememberPlace() {
	if !u.placeRestored {
		return // still building or restoring: keep the last session's place
	}
	p := place{Class: u.selectedClass, Screen: u.Tabs.SelectedIndex()}
	if p == u.lastPlace {
		return
	}
	u.lastPlace = p
	b, _ := json.Marshal(p)
	tmp := u.placeFile() + ".tmp"
	if os.WriteFile(tmp, b, 0o600) == nil {
		_ = os.Rename(tmp, u.placeFile()) // a read-only directory: the place is simply not kept
	}
}
