package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Desktop habits: Ctrl+Q quits, and the app opens where the clerk left it
// (the class and the screen, remembered on this computer per data
// directory).

func (u *UI) placeKey(what string) string { return what + ":" + u.Store.Dir() }

// restorePlace selects the class and screen of the last session, when the
// class still exists, and adds Ctrl+Q.
func (u *UI) restorePlace() {
	u.Win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { u.App.Quit() })
	id, tab, _ := strings.Cut(u.App.Preferences().String(u.placeKey("place")), "|")
	if id != "" && u.selectedClass == "" {
		if _, err := u.Store.Class(id); err == nil {
			u.SelectClass(id)
		}
	}
	if tab, err := strconv.Atoi(tab); err == nil && tab > 0 && tab < len(u.Tabs.Items) && u.selectedClass != "" {
		u.Show(tab)
	}
	u.placeRestored = true
	u.rememberPlace()
}

// rememberPlace keeps the class and screen ("classID|tab", one value) for
// the next start as they change, while the window runs. Written at exit,
// after Fyne's own final save, it was lost, or Fyne's file watcher read the
// file while a save had just emptied it ("Preferences load error: EOF").
// Fyne writes only a changed value.
func (u *UI) rememberPlace() {
	if !u.placeRestored {
		return // still building or restoring: keep the last session's place
	}
	u.App.Preferences().SetString(u.placeKey("place"), u.selectedClass+"|"+strconv.Itoa(u.Tabs.SelectedIndex()))
}
