package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// This file owns the navigation: the order of the screens (see doc.go),
// switching between them and the window's keyboard shortcuts.

// Screen indexes in the navigation (ui.go's order).
const (
	tabClasses  = 0
	tabRoster   = 1
	tabSettings = 5
	tabTeachers = 6
)

// registerShortcuts adds Ctrl+N (new class or new trainee, by screen) and
// Ctrl+F (find a trainee) to the window.
func (u *UI) registerShortcuts() {
	c := u.Win.Canvas()
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyN, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) {
		switch u.Tabs.SelectedIndex() {
		case tabClasses:
			u.Classes.NewClass()
		case tabRoster:
			u.Roster.NewTrainee()
		}
	})
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) {
		u.Show(tabClasses)
		u.Win.Canvas().Focus(u.Classes.Search.Entry)
	})
}

// Show switches to a screen by its index in the navigation.
func (u *UI) Show(index int) { u.Tabs.SelectIndex(index) }
