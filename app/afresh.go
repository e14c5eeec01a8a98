package app

import (
	"fyne.io/fyne/v2/dialog"

	"trainingdesk/store"
)

// showAfreshNotice tells the clerk, at start, that the data directory held
// only an empty database without its key (a first start cut short) and was
// begun anew — so nobody goes looking for a backup that never existed. The
// command line prints the same notice.
func (u *UI) showAfreshNotice() {
	if !u.Store.StartedAfresh() {
		return
	}
	u.AfreshNotice = dialog.NewInformation(u.T("已重新开始"), store.StartedAfreshNotice, u.Win)
	u.AfreshNotice.Show() // over the welcome dialog: read first, then set up
}
