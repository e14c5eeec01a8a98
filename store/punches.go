package store

import (
	"io"
	"time"

	"trainingdesk/attendance"
	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/training"
)

// PunchReport is what importing a terminal log did. Every line of the file
// is accounted for: Matched punches went to a lesson, the rest are in
// Unmatched with the reason (identity numbers masked).
type PunchReport struct {
	Matched   int                    // punches that found their trainee and lesson
	Saved     int                    // marks written or changed
	Kept      []KeptMark             // marks the punches did not overwrite
	Unmatched []attendance.Unmatched // bad lines, unknown people, punches outside every lesson
}

// KeptMark is a mark a punch matched but did not change, and why.
type KeptMark struct {
	LessonNo int
	Name     string
	Status   string // the kept status
	Reason   string
}

// Reasons a matched punch leaves a mark alone.
const (
	KeptExcused   = "已登记请假，打卡记录不覆盖请假"
	KeptCorrected = "已人工补录（有补录原因），打卡记录不覆盖"
)

// ImportPunches reads a terminal check-in log (CSV 证件号码,打卡时间) and
// records what it says about the class's lessons, all in ONE transaction:
// either every mark of the file is saved or none.
//
// Merging with marks already there:
//   - a punch never overwrites 请假 (excused) nor a mark corrected by hand
//     with a 补录 reason: those are the clerk's decisions; they are listed in Kept;
//   - punches add to an earlier scan or terminal record of the same lesson
//     (earliest sign-in, latest sign-out, judged again), so a badge sign-in
//     and a terminal sign-out make one attendance;
//   - any other mark (e.g. 全部出勤 by hand) gives way to the terminal's evidence.
//
// Importing the same file twice changes nothing.
func (s *Store) ImportPunches(classID string, r io.Reader) (PunchReport, error) {
	var rep PunchReport
	punches, bad, err := attendance.ParsePunchCSV(r, time.Local)
	if err != nil {
		return rep, err
	}
	for i := range punches {
		punches[i].IDNumber = identity.Normalize(punches[i].IDNumber)
	}
	settings, err := s.Settings()
	if err != nil {
		return rep, err
	}
	rules := settings.Rules()
	err = s.update(func(t *tx) error {
		rep = PunchReport{}
		var class training.Class
		if ok, err := t.get(training.KindClass, classID, &class); err != nil || !ok {
			return orNotFound(err)
		}
		lessons, err := t.classLessons(classID)
		if err != nil {
			return err
		}
		roster, err := t.classTrainees(classID)
		if err != nil {
			return err
		}
		if len(lessons) == 0 {
			return errs.Errorf(errs.Invalid, training.FieldTimetable, "班级“%s”还没有课程，无法对应打卡记录：请先排课", class.Name)
		}
		byID := make(map[string]training.Lesson, len(lessons))
		slots := make([]attendance.Slot, 0, len(lessons)*len(roster))
		for _, l := range lessons {
			start, end, err := attendance.LessonWindow(l, time.Local)
			if err != nil {
				return err
			}
			byID[l.ID] = l
			for _, tr := range roster {
				slots = append(slots, attendance.Slot{LessonID: l.ID, TraineeID: tr.ID, IDNumber: tr.Person.IDNumber, Start: start, End: end})
			}
		}
		names := make(map[string]string, len(roster))
		for _, tr := range roster {
			names[tr.ID] = tr.Name()
		}
		past, future := attendance.DropFuture(punches, t.now)
		outcomes, unmatched := attendance.Match(past, slots, rules)
		rep.Matched = len(past) - len(unmatched)
		rep.Unmatched = append(append(bad, future...), unmatched...)
		for _, o := range outcomes {
			l := byID[o.LessonID]
			in := MarkInput{TraineeID: o.TraineeID, Status: o.Status, SignIn: o.SignIn, SignOut: o.SignOut, Source: "terminal"}
			var old training.Mark
			exists, err := t.get(training.KindAttendance, training.MarkID(l.ID, o.TraineeID), &old)
			if err != nil {
				return err
			}
			switch {
			case exists && old.Status == training.Excused:
				rep.Kept = append(rep.Kept, KeptMark{l.No, names[o.TraineeID], old.Status, KeptExcused})
				continue
			case exists && old.Reason != "":
				rep.Kept = append(rep.Kept, KeptMark{l.No, names[o.TraineeID], old.Status, KeptCorrected})
				continue
			case exists && (old.Source == "scan" || old.Source == "terminal"):
				in.SignIn, in.SignOut = mergePunches(old, in)
			}
			in.Status = "" // the times decide (attendance.Decide)
			before := old.Version
			if err := t.mark(l, in, ""); err != nil {
				return err
			}
			var now training.Mark
			if _, err := t.get(training.KindAttendance, training.MarkID(l.ID, o.TraineeID), &now); err != nil {
				return err
			}
			if now.Version != before {
				rep.Saved++
			}
		}
		return nil
	})
	if err != nil {
		return PunchReport{}, err
	}
	return rep, nil
}

// mergePunches joins a stored machine record with new punches: the earliest
// time is the sign-in, the latest (when later than it) the sign-out.
func mergePunches(old training.Mark, in MarkInput) (signIn, signOut time.Time) {
	var all []time.Time
	for _, x := range []time.Time{old.SignIn, old.SignOut, in.SignIn, in.SignOut} {
		if !x.IsZero() {
			all = append(all, x)
		}
	}
	for _, x := range all {
		if signIn.IsZero() || x.Before(signIn) {
			signIn = x
		}
		if x.After(signOut) {
			signOut = x
		}
	}
	if !signOut.After(signIn) {
		signOut = time.Time{}
	}
	return signIn, signOut
}
