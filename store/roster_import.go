package store

import (
	"trainingdesk/enrolment"
	"trainingdesk/identity"
	"trainingdesk/training"
)

// PreviewEnrolments answers what EnrolTrainees would do with cands without
// saving anything: the import preview (dry run) shows the same rejections
// (already in this class, twice in the batch) and warnings (overlapping
// classes) the real import would give. It only reads.
func (s *Store) PreviewEnrolments(classID string, cands []Candidate) (accepted int, rejected []Rejected, warnings []Rejected, err error) {
	err = s.view(func(t *tx) error {
		var class training.Class
		if ok, err := t.get(training.KindClass, classID, &class); err != nil || !ok {
			return orNotFound(err)
		}
		batch := map[string]bool{} // normalized ID numbers accepted so far
		for _, c := range cands {
			p := c.Person
			w, err := enrolment.Check(&p)
			if err == nil && batch[p.IDNumber] {
				err = training.Invalid("证件号码", "%s（%s）已在本班报名，不能重复报名", p.Name, identity.Mask(p.IDNumber))
			}
			if err == nil {
				var more []string
				more, err = t.checkDuplicate(class, p, "")
				w = append(w, more...)
			}
			if err != nil {
				e, ok := err.(*training.Error)
				if !ok {
					return err
				}
				rejected = append(rejected, Rejected{Row: c.Row, Column: e.Field, Message: e.Message})
				continue
			}
			batch[p.IDNumber] = true
			accepted++
			for _, msg := range w {
				warnings = append(warnings, Rejected{Row: c.Row, Message: msg})
			}
		}
		return nil
	})
	return accepted, rejected, warnings, err
}
