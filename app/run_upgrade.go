package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/store"
)

// openResult is what store.Open gave.
type openResult struct {
	s   *store.Store
	err error
}

// openStore opens the data directory. When the file must first be upgraded
// (store.Options.OnUpgrade speaks before the work starts), it returns at
// once with the notice, and opened delivers the store when the upgrade is
// done; otherwise it returns the open store (upgrading is "").
func openStore(dataDir string, opts store.Options) (res openResult, upgrading string, opened <-chan openResult) {
	notices := make(chan string, 1)
	next := opts.OnUpgrade
	opts.OnUpgrade = func(n string) {
		if next != nil {
			next(n)
		}
		notices <- n
	}
	done := make(chan openResult, 1)
	go func() {
		s, err := store.Open(dataDir, opts)
		done <- openResult{s, err}
	}()
	select {
	case res = <-done:
		return res, "", nil
	case n := <-notices:
		return openResult{}, n, done
	}
}

// runAfterUpgrade shows the clerk why the window is not there yet — an
// older data file is being upgraded, which can take tens of seconds once —
// then opens the main window when the store is ready.
func runAfterUpgrade(a fyne.App, notice string, opened <-chan openResult, withDemo bool, opts store.Options, profiled func()) int {
	w := a.NewWindow("TrainingDesk")
	msg := widget.NewLabel(notice)
	msg.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewVBox(msg, widget.NewProgressBarInfinite()))
	w.Resize(fyne.NewSize(520, 160))
	w.SetCloseIntercept(func() {}) // closing it would not stop the upgrade, only hide it
	w.Show()
	var u *UI
	code := 0
	go func() {
		res := <-opened
		fyne.Do(func() {
			err := res.err
			if err == nil {
				u, err = startUI(a, res.s, withDemo, opts)
			}
			if err != nil {
				code = 1
				msg.SetText(err.Error())
				w.SetContent(container.NewBorder(nil, widget.NewButton("关闭", a.Quit), nil, nil, msg))
				w.SetCloseIntercept(nil)
				return
			}
			u.Win.Show()
			profiled()
			w.Close()
		})
	}()
	a.Run()
	if u != nil {
		u.Stop()
		u.Store.Close()
	}
	return code
}
