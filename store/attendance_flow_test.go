package store

import (
	"strings"
	"testing"
	"time"

	"trainingdesk/attendance"
	"trainingdesk/errs"
	"trainingdesk/training"
)

// clockAt opens a store whose clock the test moves; the first lesson of
// punchClass runs 2026-03-02 09:00–12:00 (local time).
func clockAt(t *testing.T, hm string) (*Store, func(string)) {
	t.Helper()
	at := func(hm string) time.Time {
		c, err := time.Parse("15:04:05", hm)
		if err != nil {
			t.Fatal(err)
		}
		return time.Date(2026, 3, 2, c.Hour(), c.Minute(), c.Second(), 0, time.Local)
	}
	now := at(hm)
	s, err := Open(t.TempDir(), Options{Who: "测试员", Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, func(hm string) { now = at(hm) }
}

func on(hm string) time.Time {
	c, _ := time.Parse("15:04", hm)
	return time.Date(2026, 3, 2, c.Hour(), c.Minute(), 0, 0, time.Local)
}

func TestStatusFollowsTheTimesAndAContradictionIsACorrection(t *testing.T) {
	s, _ := clockAt(t, "12:30:00")
	_, roster, lessons := punchClass(t, s)
	l := lessons[0]
	// 09:25 for a 09:00 lesson with 10 minutes' tolerance is 迟到.
	if err := s.MarkLesson(l.ID, []MarkInput{{TraineeID: roster[0].ID, SignIn: on("09:25"), SignOut: on("12:00")}}, ""); err != nil {
		t.Fatal(err)
	}
	if m, _ := s.LessonMarks(l.ID); m[roster[0].ID].Status != training.Late || m[roster[0].ID].Correction {
		t.Fatalf("status from 09:25–12:00: %+v", m[roster[0].ID])
	}
	// Saying 出勤 against those times is a correction: refused without a reason.
	in := MarkInput{TraineeID: roster[0].ID, Status: training.Present, SignIn: on("09:25"), SignOut: on("12:00")}
	err := s.MarkLesson(l.ID, []MarkInput{in}, "")
	if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != attendance.FieldReason {
		t.Fatalf("出勤 against a 09:25 sign-in without a reason: %v", err)
	}
	if err := s.MarkLesson(l.ID, []MarkInput{in}, "教师批准：公交延误"); err != nil {
		t.Fatal(err)
	}
	m := (func() training.Mark { lm, _ := s.LessonMarks(l.ID); return lm[roster[0].ID] })()
	if m.Status != training.Present || !m.Correction || m.Reason != "教师批准：公交延误" {
		t.Fatalf("the correction is not kept as one: %+v", m)
	}
	entries, err := s.AuditLog(1)
	if err != nil {
		t.Fatal(err)
	}
	if last := entries[0]; !strings.Contains(last.Action, "更正考勤") {
		t.Fatalf("the correction is not audited as one: %+v", last)
	}
	// 请假 and 缺勤 carry no times.
	if err := s.MarkLesson(l.ID, []MarkInput{{TraineeID: roster[1].ID, Status: training.Excused}}, ""); err != nil {
		t.Fatal(err)
	}
	if m, _ := s.LessonMarks(l.ID); !m[roster[1].ID].SignIn.IsZero() || !m[roster[1].ID].SignOut.IsZero() {
		t.Fatalf("请假 with times: %+v", m[roster[1].ID])
	}
}

func TestNoTimeInTheFuture(t *testing.T) {
	s, set := clockAt(t, "10:57:00")
	c, roster, lessons := punchClass(t, s)
	l := lessons[0]
	// 全部出勤 at 10:57 must not write 签退 12:00.
	if _, err := s.MarkAllPresent(l.ID, ""); err != nil {
		t.Fatal(err)
	}
	lm, _ := s.LessonMarks(l.ID)
	for _, tr := range roster {
		if m := lm[tr.ID]; m.Status != training.Present || !m.SignIn.Equal(on("09:00")) || !m.SignOut.IsZero() {
			t.Fatalf("全部出勤 at 10:57: %+v", m)
		}
	}
	err := s.MarkLesson(l.ID, []MarkInput{{TraineeID: roster[0].ID, SignIn: on("09:00"), SignOut: on("12:00")}}, "")
	if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != attendance.FieldSignOut {
		t.Fatalf("a sign-out at 12:00 written at 10:57: %v", err)
	}
	// Once the lesson is over, the sign-out of 全部出勤 is its end.
	set("12:40:00")
	if n, err := s.CloseRoll(l.ID); err != nil || n != 2 {
		t.Fatalf("CloseRoll = %d, %v", n, err)
	}
	lm, _ = s.LessonMarks(l.ID)
	if m := lm[roster[1].ID]; !m.SignOut.Equal(on("12:00")) || m.Status != training.Present {
		t.Fatalf("after the end: %+v", m)
	}
	// A terminal whose clock runs ahead: the future punch is listed, not recorded.
	csv := "证件号码,打卡时间\n" + idFor(1) + ",2026-03-02 15:00:00\n"
	rep, err := s.ImportPunches(c.ID, strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Unmatched) != 1 || rep.Unmatched[0].Reason != attendance.ReasonFuture || rep.Saved != 0 {
		t.Fatalf("future punch: %+v", rep)
	}
}

func TestABadgeScannedTwiceWithinTheWindowCountsOnce(t *testing.T) {
	s, set := clockAt(t, "09:02:00")
	_, roster, lessons := punchClass(t, s)
	l, code := lessons[0], BadgeCode(roster[0].ID)
	if _, err := s.Scan(l.ID, code, on("09:02")); err != nil {
		t.Fatal(err)
	}
	set("09:02:40")
	res, err := s.Scan(l.ID, code, on("09:02").Add(40*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if !res.Repeat || res.SignOut || !res.Mark.SignOut.IsZero() {
		t.Fatalf("a second scan 40 s later signed out: %+v", res)
	}
	if m, _ := s.LessonMarks(l.ID); !m[roster[0].ID].SignOut.IsZero() || m[roster[0].ID].Status != training.Present {
		t.Fatalf("stored after a double scan: %+v", m[roster[0].ID])
	}
	set("12:01:00")
	if res, err = s.Scan(l.ID, code, on("12:01")); err != nil || res.Repeat || !res.SignOut {
		t.Fatalf("a scan at the end must sign out: %+v %v", res, err)
	}
}

func TestLessonsAreNumberedByDateAndTime(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "N1")
	add := func(date, start, end string) training.Lesson {
		got, err := s.AddLessons(c.ID, []training.Lesson{{Date: day(date), Start: start, End: end, Hours: 2, Topic: date + " " + start}})
		if err != nil {
			t.Fatal(err)
		}
		return got[0]
	}
	add("2026-03-05", "09:00", "11:00")
	add("2026-03-03", "14:00", "16:00")
	if l := add("2026-03-03", "09:00", "11:00"); l.No != 1 {
		t.Fatalf("the earliest lesson, entered last, is numbered %d", l.No)
	}
	want := []string{"2026-03-03 09:00", "2026-03-03 14:00", "2026-03-05 09:00"}
	check := func() {
		t.Helper()
		for i, topic := range want {
			l, err := s.LessonByNo(c.ID, i+1)
			if err != nil || l.Topic != topic || l.No != i+1 {
				t.Fatalf("第 %d 课 = %+v (%v), want %s", i+1, l, err, topic)
			}
		}
	}
	check()
	// Moving a lesson's date moves its number.
	l, _ := s.LessonByNo(c.ID, 3)
	l.Date = day("2026-03-02")
	if l, err := s.UpdateLesson(l); err != nil || l.No != 1 {
		t.Fatalf("moved to the first day: No %d, %v", l.No, err)
	}
	want = []string{"2026-03-05 09:00", "2026-03-03 09:00", "2026-03-03 14:00"}
	check()
}

func TestAPastLessonWithoutRollIsListed(t *testing.T) {
	s, _ := clockAt(t, "13:00:00")
	_, roster, lessons := punchClass(t, s)
	// 09:00–12:00 is over, 12:30–15:30 is running, tomorrow's is ahead.
	missing, err := s.LessonsWithoutRoll(lessons[0].ClassID)
	if err != nil || len(missing) != 1 || missing[0].ID != lessons[0].ID {
		t.Fatalf("roll missing: %+v %v", missing, err)
	}
	if err := s.MarkLesson(lessons[0].ID, []MarkInput{{TraineeID: roster[0].ID, SignIn: on("09:00"), SignOut: on("12:00")}}, ""); err != nil {
		t.Fatal(err)
	}
	if missing, _ = s.LessonsWithoutRoll(lessons[0].ClassID); len(missing) != 0 {
		t.Fatalf("roll taken, still listed: %+v", missing)
	}
}
