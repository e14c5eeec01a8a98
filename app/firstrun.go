package app

// showFirstRun asks for the institution's details or offers the demo data.
func (u *UI) showFirstRun() {}
