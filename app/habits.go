package app

import (
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
	p := u.App.Preferences()
	if id := p.String(u.placeKey("lastClass")); id != "" && u.selectedClass == "" {
		if _, err := u.Store.Class(id); err == nil {
			u.SelectClass(id)
		}
	}
	if tab := p.IntWithFallback(u.placeKey("lastScreen"), 0); tab > 0 && tab < len(u.Tabs.Items) && u.selectedClass != "" {
		u.Show(tab)
	}
}

// rememberPlace keeps the class and screen for the next start.
func (u *UI) rememberPlace() {
	p := u.App.Preferences()
	p.SetString(u.placeKey("lastClass"), u.selectedClass)
	p.SetInt(u.placeKey("lastScreen"), u.Tabs.SelectedIndex())
}
