// Package sheets gathers from the store what the attendance printouts show
// (签到表, 学员胸卡), masking identity numbers on the way, so the GUI and the
// command line print the same thing. printing itself never reads the store.
package sheets

import (
	"trainingdesk/identity"
	"trainingdesk/printing"
	"trainingdesk/store"
	"trainingdesk/training"
)

// SignIn is the 签到表 of a class for the given lessons (none: blank lesson lines).
func SignIn(s *store.Store, c training.Class, lessons []training.Lesson) (printing.SheetData, error) {
	inst, _, err := s.Institution()
	if err != nil {
		return printing.SheetData{}, err
	}
	roster, err := s.Trainees(c.ID)
	if err != nil {
		return printing.SheetData{}, err
	}
	d := printing.SheetData{Institution: inst.Name, ClassCode: c.Code, ClassName: c.Name}
	for _, l := range lessons {
		d.Lessons = append(d.Lessons, printing.SheetLesson{No: l.No, Date: l.Date, Start: l.Start, End: l.End, Topic: l.Topic, Teacher: l.Teacher})
	}
	for _, tr := range roster {
		d.Trainees = append(d.Trainees, printing.SheetTrainee{Name: tr.Name(), IDMasked: identity.Mask(tr.Person.IDNumber)})
	}
	return d, nil
}

// Badges is a class's sheet of badges; each QR carries store.BadgeCode, never
// an identity number.
func Badges(s *store.Store, c training.Class) (printing.BadgeData, error) {
	inst, _, err := s.Institution()
	if err != nil {
		return printing.BadgeData{}, err
	}
	roster, err := s.Trainees(c.ID)
	if err != nil {
		return printing.BadgeData{}, err
	}
	d := printing.BadgeData{Institution: inst.Name}
	for _, tr := range roster {
		photo, err := s.Photo(tr.ID)
		if err != nil {
			return printing.BadgeData{}, err
		}
		d.Badges = append(d.Badges, printing.Badge{Name: tr.Name(), Class: c.Name, Code: store.BadgeCode(tr.ID), Photo: photo})
	}
	return d, nil
}
