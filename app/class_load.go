package app

import (
	gosync "sync"

	"fyne.io/fyne/v2"
)

// loadInlineMax is the class size up to which a screen reads a class (and
// decrypts its roster) on the UI thread: tens of milliseconds at most.
// Bigger classes are read off it and shown when read.
const loadInlineMax = 300

// classLoads lets tests wait for the classes being read off the UI thread.
var classLoads gosync.WaitGroup

// loadClass runs read, then show: both at once for a class of up to
// loadInlineMax trainees, else read in the background and show on the UI
// thread (fyne.Do). show must drop a result the clerk has moved on from.
func (u *UI) loadClass(classID string, read, show func()) {
	if n, err := u.Store.ClassSize(classID); err == nil && n <= loadInlineMax {
		read()
		show()
		return
	}
	classLoads.Add(1)
	go func() {
		defer classLoads.Done()
		read()
		fyne.Do(show)
	}()
}
