package app

import (
	"errors"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/assets"
	"trainingdesk/demo"
	"trainingdesk/printing"
	"trainingdesk/store"
)

// settleAfter is when start-up's garbage goes back to the system.
const settleAfter = 3 * time.Second

// AppID matches FyneApp.toml.
const AppID = "cn.trainingdesk.desktop"

// Run opens the GUI on a data directory and returns the exit code. With demo
// set, an empty directory is first seeded with the demo data set.
func Run(dataDir string, withDemo bool, opts store.Options) int {
	profiled := startProfile(time.Now())
	log.SetOutput(newPrefsNoiseFilter(os.Stderr))
	setAsideBrokenPreferences(preferencesFile())
	// Every call into Fyne from another goroutine goes through fyne.Do, so
	// Fyne's thread check (a runtime.Stack per widget call: a third of a
	// table's cell updates) is off, as FyneApp.toml's [Migrations] says.
	// Tests keep it on (they do not start here).
	fyneapp.SetMetadata(fyne.AppMetadata{ID: AppID, Name: "TrainingDesk", Migrations: map[string]bool{"fyneDo": true}})
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	a.Settings().SetTheme(newTheme())
	printing.AddFontDir(filepath.Join(dataDir, "fonts")) // an institution's extra fonts for rare name characters
	res, upgrading, opened := openStore(dataDir, opts)
	if upgrading != "" {
		return runAfterUpgrade(a, upgrading, opened, withDemo, opts, profiled)
	}
	if res.err != nil {
		showFatal(a, res.err)
		return 1
	}
	u, err := startUI(a, res.s, withDemo, opts)
	if err != nil {
		showFatal(a, err)
		return 1
	}
	defer func() { u.Store.Close() }() // the demo's, when 打开演示数据 switched to it
	profileScreens(u)
	profiled()
	// Start-up parses fonts (Fyne reads every outline of the theme font per
	// text style, and looks through the machine's fonts): hundreds of MB of
	// garbage the Go runtime would otherwise give back only slowly.
	time.AfterFunc(settleAfter, debug.FreeOSMemory)
	u.Win.ShowAndRun()
	u.Stop()
	return 0
}

// startUI seeds the demo when asked and builds the main window on an open
// store (closing the store when it cannot).
func startUI(a fyne.App, s *store.Store, withDemo bool, opts store.Options) (*UI, error) {
	if withDemo {
		if err := demo.Seed(s, 60, time.Now()); err != nil && !errors.Is(err, demo.ErrNotEmpty) {
			s.Close()
			return nil, err
		}
	}
	u := New(a, s)
	u.StoreOptions = opts
	u.Start()
	u.Win.SetMaster()
	return u, nil
}

// showFatal shows why the program cannot start (another instance has the
// data, a missing key) instead of exiting silently.
func showFatal(a fyne.App, err error) {
	w := a.NewWindow("TrainingDesk")
	msg := widget.NewLabel(err.Error())
	msg.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewBorder(nil, widget.NewButton("关闭", a.Quit), nil, nil, msg))
	w.Resize(fyne.NewSize(480, 200))
	w.ShowAndRun()
}
