package app

import (
	"runtime/debug"
	"time"
)

// backupEvery is how often the running app looks whether a day has passed
// since the last automatic backup (AutoBackup itself does nothing sooner).
const backupEvery = time.Hour

// firstBackupAfter lets start-up finish before the first look: a backup
// reads the whole database, which would compete with the window for the
// machine's cores and memory.
var firstBackupAfter = 2 * time.Minute

// Start shows first-run setup when the institution is not set up yet and
// starts background work: the sync loop and the daily automatic backup,
// which must also happen for a desk that is never closed.
func (u *UI) Start() {
	if _, ok, _ := u.Store.Institution(); !ok {
		u.showFirstRun()
	}
	u.showAfreshNotice()
	u.started = true
	u.restorePlace()
	u.Sync.Start()
	u.qrWarm = startQRWarmer(u.Store)
	u.stopBackups = make(chan struct{})
	u.backups.Add(1)
	go u.autoBackups(u.stopBackups, firstBackupAfter)
}

// Stop pauses background work cleanly before the program quits.
func (u *UI) Stop() {
	u.started = false
	u.Sync.Stop()
	if u.qrWarm != nil {
		u.qrWarm.stop()
		u.qrWarm = nil
	}
	if u.stopBackups != nil {
		close(u.stopBackups)
		u.stopBackups = nil
		u.backups.Wait() // a backup being written finishes before the store closes
	}
}

func (u *UI) autoBackups(stop chan struct{}, first time.Duration) {
	defer u.backups.Done()
	wait := time.NewTimer(first)
	defer wait.Stop()
	select {
	case <-stop:
		return
	case <-wait.C:
	}
	tick := time.NewTicker(backupEvery)
	defer tick.Stop()
	for {
		keep := 7
		if st, err := u.Store.Settings(); err == nil && st.AutoBackupKeep > 0 {
			keep = st.AutoBackupKeep
		}
		// A failed backup must not disturb the clerk; the next hour tries again.
		if made, _ := u.Store.AutoBackup(keep); made != "" {
			debug.FreeOSMemory() // the compaction's buffers go back to the system, not kept for a day
		}
		select {
		case <-stop:
			return
		case <-tick.C:
		}
	}
}
