package app

// Start shows first-run setup when the institution is not set up yet and
// starts background work (the sync loop).
func (u *UI) Start() {
	if _, ok, _ := u.Store.Institution(); !ok {
		u.showFirstRun()
	}
	u.Sync.Start()
}

// Stop pauses background work cleanly before the program quits.
func (u *UI) Stop() { u.Sync.Stop() }
