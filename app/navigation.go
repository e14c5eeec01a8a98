package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
)

// This file owns the navigation: the order of the screens (see doc.go),
// switching between them and the window's keyboard shortcuts.

// Screen indexes in the navigation (ui.go's order). The outcome screens
// come last so that the indices of the others stay.
const (
	tabClasses = iota
	tabRoster
	tabAttendance
	tabCompletion
	tabSync
	tabSettings
	tabTeachers
	tabClaims
	tabFollowUp
	tabStats
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

// newNavigation puts the screens in the navigation. Each screen sits in a
// pane of its own that holds it only while it is shown: Fyne's AppTabs
// refreshes the content of every tab on each switch (and on a theme
// change), which with ten screens' tables and lists cost more than showing
// the one screen chosen.
func (u *UI) newNavigation(titles []string, contents []fyne.CanvasObject) {
	u.contents = contents
	u.panes = make([]*fyne.Container, len(contents))
	items := make([]*container.TabItem, len(contents))
	for i, title := range titles {
		u.panes[i] = container.NewStack()
		items[i] = container.NewTabItem(title, u.panes[i])
	}
	u.Tabs = container.NewAppTabs(items...)
	u.Tabs.SetTabLocation(container.TabLocationLeading)
	u.paneLooks = make([]int64, len(contents))
	for j := range u.paneLooks {
		u.paneLooks[j] = -1 // refreshed whole when first shown
	}
	u.App.Settings().AddListener(func(fyne.Settings) { u.looks.Add(1) })
	u.attach(0)
	// Fyne calls OnUnselected before it refreshes the tabs, OnSelected after.
	u.Tabs.OnUnselected = func(*container.TabItem) {
		u.switchedAt = time.Now()
		u.attach(-1) // nothing for Fyne to refresh but the tab bar
	}
	u.Tabs.OnSelected = func(*container.TabItem) {
		u.attach(u.Tabs.SelectedIndex())
		u.current().Refresh()
		u.rememberPlace()
		u.timeScreen()
	}
}

// attach puts screen i in its pane and takes every other screen out of its
// (i = -1: all out). A screen put back is laid out at the pane's size; it is
// refreshed whole only if the theme or the OS's settings changed while it
// was out (the screen's own Refresh, which follows, reloads its data).
func (u *UI) attach(i int) {
	for j, p := range u.panes {
		switch {
		case j == i && len(p.Objects) == 0:
			p.Objects = []fyne.CanvasObject{u.contents[j]}
			if looks := u.looks.Load(); u.paneLooks[j] != looks {
				u.paneLooks[j] = looks
				p.Refresh()
				continue
			}
			u.contents[j].Move(fyne.NewPos(0, 0))
			u.contents[j].Resize(p.Size())
			canvas.Refresh(p)
		case j != i && len(p.Objects) > 0:
			p.Objects = nil
		}
	}
}
