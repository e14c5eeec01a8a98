package app

import (
	"errors"

	"trainingdesk/demo"
	"trainingdesk/store"
)

// openDemo opens the demo data set in its own directory (u.DemoDir),
// seeding it when empty, and shows it in place of the clerk's data, which
// stays untouched: 打开演示数据 never seeds the real data directory.
func (u *UI) openDemo() error {
	ds, err := store.Open(u.DemoDir, u.StoreOptions)
	if err != nil {
		return err
	}
	if err := demo.Seed(ds, 60, now()); err != nil && !errors.Is(err, demo.ErrNotEmpty) {
		ds.Close()
		return err
	}
	u.useStore(ds)
	return nil
}

// useStore puts the window on another data directory: background work
// stops, the old store closes, the screens reload from the new one.
func (u *UI) useStore(s *store.Store) {
	running := u.started
	u.Stop()
	old := u.Store
	u.Store = s
	u.Sync.mu.Lock()
	u.Sync.subscribed = false
	u.Sync.mu.Unlock()
	s.OnChange(func() { u.changed() })
	u.selectedClass = ""
	u.showDir()
	u.Classes.index.rebuild()
	old.Close()
	if running {
		u.Start()
	}
	u.refreshStatus()
	u.current().Refresh()
}

// showDir says in the status bar and the title which data is open; the
// demo says so plainly.
func (u *UI) showDir() {
	u.StatusDir.SetText(u.T("数据目录") + "：" + u.Store.Dir())
	title := "TrainingDesk 职业培训管理"
	if st, err := u.Store.Settings(); err == nil && st.Demo {
		title += " — " + u.T("演示数据（不能上报人社部门）")
	}
	u.Win.SetTitle(title)
}
