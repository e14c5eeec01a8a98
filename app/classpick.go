package app

import (
	"fyne.io/fyne/v2/widget"

	"trainingdesk/training"
)

// classLabel is how a class reads in every class picker.
func classLabel(c training.Class) string { return c.Code + "  " + c.Name }

// pickClass reloads a screen's class picker and picks the class chosen on
// another screen, else the screen's own default; the pick becomes the class
// every screen works on.
func (u *UI) pickClass(sel *widget.Select, fallback func([]training.Class) string) ([]training.Class, training.Class, error) {
	classes, err := u.Store.Classes()
	if err != nil {
		return nil, training.Class{}, err
	}
	opts := make([]string, len(classes))
	for i, c := range classes {
		opts[i] = classLabel(c)
	}
	sel.Options = opts
	id := u.SelectedClass()
	if id == "" {
		id = fallback(classes)
	}
	var picked training.Class
	for _, c := range classes {
		if c.ID == id {
			picked = c
		}
	}
	if picked.ID != "" {
		sel.Selected = classLabel(picked)
		u.SelectClass(picked.ID)
	} else {
		sel.ClearSelected()
	}
	sel.Refresh()
	return classes, picked, nil
}

// runningClass is the class running today, else the newest one.
func runningClass(classes []training.Class) string {
	today := dayOf(now())
	for _, c := range classes {
		if !today.Before(c.Start) && !today.After(c.End) {
			return c.ID
		}
	}
	if len(classes) > 0 {
		return classes[0].ID
	}
	return ""
}

// lastFinishedClass is the class that ended most recently (the one ready
// for certificates), else the newest.
func lastFinishedClass(classes []training.Class) string {
	today := dayOf(now())
	best := training.Class{}
	for _, c := range classes {
		if c.End.Before(today) && (best.ID == "" || c.End.After(best.End)) {
			best = c
		}
	}
	if best.ID == "" && len(classes) > 0 {
		best = classes[0]
	}
	return best.ID
}
