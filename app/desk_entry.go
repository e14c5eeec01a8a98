package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// deskEntry is an Entry that lets the window's shortcuts (Ctrl+N, Ctrl+F)
// through while it has the focus, and calls onEsc on Escape: a plain Entry
// swallows both, so the keys would work only when nothing is focused.
type deskEntry struct {
	widget.Entry
	u     *UI
	onEsc func()
	// onFocus, when set, hears the entry take the focus (the search box
	// starts loading its index then, before the first key).
	onFocus func()
}

func newDeskEntry(u *UI, placeholder string) *deskEntry {
	e := &deskEntry{u: u}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrapOff
	e.Scroll = 0
	e.PlaceHolder = u.T(placeholder)
	return e
}

func newDeskMultiLine(u *UI, placeholder string) *deskEntry {
	e := newDeskEntry(u, placeholder)
	e.MultiLine = true
	return e
}

// FocusGained tells onFocus, then is the Entry's.
func (e *deskEntry) FocusGained() {
	if e.onFocus != nil {
		e.onFocus()
	}
	e.Entry.FocusGained()
}

// TypedKey handles Escape; every other key is the Entry's.
func (e *deskEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut passes the window's own shortcuts on to the window.
func (e *deskEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && cs.Modifier == fyne.KeyModifierShortcutDefault &&
		(cs.KeyName == fyne.KeyN || cs.KeyName == fyne.KeyF || cs.KeyName == fyne.KeyQ) {
		if c, ok := e.u.Win.Canvas().(fyne.Shortcutable); ok {
			c.TypedShortcut(s)
			return
		}
	}
	e.Entry.TypedShortcut(s)
}
