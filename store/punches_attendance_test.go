package store

import (
	"strings"
	"testing"
	"time"

	"trainingdesk/attendance"
	"trainingdesk/errs"
	"trainingdesk/training"
)

// punchClass is a class with two trainees and three lessons: two on
// 2026-03-02 whose punch windows overlap (09:00–12:00 and 12:30–15:30),
// one on 2026-03-03.
func punchClass(t *testing.T, s *Store) (training.Class, []training.Trainee, []training.Lesson) {
	t.Helper()
	c := fileTestClass(t, s, "P1")
	var roster []training.Trainee
	for i, name := range []string{"张三", "李四"} {
		tr, _, err := s.EnrolTrainee(c.ID, training.Person{Name: name, IDNumber: idFor(i + 1)}, "")
		if err != nil {
			t.Fatal(err)
		}
		roster = append(roster, tr)
	}
	lessons, err := s.AddLessons(c.ID, []training.Lesson{
		{Date: day("2026-03-02"), Start: "09:00", End: "12:00", Hours: 4, Topic: "安全规范"},
		{Date: day("2026-03-02"), Start: "12:30", End: "15:30", Hours: 4, Topic: "基础理论"},
		{Date: day("2026-03-03"), Start: "09:00", End: "12:00", Hours: 4, Topic: "实操训练"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return c, roster, lessons
}

func TestImportPunchesAtTheEdges(t *testing.T) {
	s := openTest(t, t.TempDir())
	c, roster, lessons := punchClass(t, s)
	a, b := idFor(1), idFor(2)
	csv := strings.Join([]string{
		"证件号码,打卡时间",
		a + ",2026-03-02 09:10:00", // exactly on the late tolerance: present
		a + ",2026-03-02 11:50:00", // exactly on the early tolerance: present
		a + ",2026-03-02 12:05:00", // windows overlap: 5 min after the morning, stays there
		a + ",2026-03-02 12:25:00", // 5 min before the afternoon: goes there
		a + ",2026-03-02 15:31:00",
		b + ",2026-03-02 09:10:01", // one second past the tolerance: late
		b + ",2026-03-02 12:01:00",
		b + ",2026-03-02 18:00:00",               // outside every lesson's window
		"110105199001011234,2026-03-02 09:00:00", // not on the roster
		a + ",昨天早上",                              // unreadable time
		b + ",2026-03-03 08:55:00",               // a single punch: signed in, never out
	}, "\n")
	rep, err := s.ImportPunches(c.ID, strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Matched != 8 || rep.Saved != 4 {
		t.Errorf("matched %d saved %d, want 8 punches into 4 marks", rep.Matched, rep.Saved)
	}
	wantUnmatched := map[int]string{9: attendance.ReasonNoLesson, 10: attendance.ReasonUnknownID, 11: "打卡时间"}
	if len(rep.Unmatched) != len(wantUnmatched) {
		t.Fatalf("unmatched = %+v, want lines 9, 10, 11", rep.Unmatched)
	}
	for _, u := range rep.Unmatched {
		if !strings.Contains(u.Reason, wantUnmatched[u.Line]) || wantUnmatched[u.Line] == "" {
			t.Errorf("line %d: reason %q, want %q", u.Line, u.Reason, wantUnmatched[u.Line])
		}
		if strings.Contains(u.IDNumberMasked, "19900101") || strings.Contains(u.IDNumberMasked, a[6:14]) {
			t.Errorf("line %d shows the identity number in clear: %s", u.Line, u.IDNumberMasked)
		}
	}

	marks, _ := s.Marks(c.ID)
	got := map[string]training.Mark{}
	for _, m := range marks {
		got[m.ID] = m
	}
	cases := []struct {
		name    string
		lesson  int
		trainee int
		status  string // "" = no mark
	}{
		{"on both tolerance edges", 0, 0, training.Present},
		{"afternoon after an overlapping punch", 1, 0, training.Present},
		{"one second late", 0, 1, training.Late},
		{"nobody punched", 1, 1, ""},
		{"single punch", 2, 1, training.EarlyLeave},
		{"no punch next day", 2, 0, ""},
	}
	for _, tc := range cases {
		m, ok := got[training.MarkID(lessons[tc.lesson].ID, roster[tc.trainee].ID)]
		if m.Status != tc.status || ok != (tc.status != "") {
			t.Errorf("%s: status %q, want %q", tc.name, m.Status, tc.status)
		}
		if ok && m.Source != "terminal" {
			t.Errorf("%s: source %q, want terminal", tc.name, m.Source)
		}
	}
	if m := got[training.MarkID(lessons[0].ID, roster[0].ID)]; m.SignOut.Format("15:04") != "12:05" {
		t.Errorf("morning sign-out %s, want the 12:05 punch", m.SignOut.Format("15:04"))
	}

	again, err := s.ImportPunches(c.ID, strings.NewReader(csv))
	if err != nil || again.Saved != 0 || again.Matched != 8 {
		t.Errorf("importing the same log twice: saved %d matched %d err %v; want no change", again.Saved, again.Matched, err)
	}
}

func TestImportPunchesKeepsExcusedAndCorrectedMarks(t *testing.T) {
	s := openTest(t, t.TempDir())
	c, roster, lessons := punchClass(t, s)
	if err := s.MarkLesson(lessons[0].ID, []MarkInput{{TraineeID: roster[0].ID, Status: training.Excused}}, "病假条已交"); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkLesson(lessons[2].ID, []MarkInput{{TraineeID: roster[1].ID, Status: training.Present}}, "打卡机故障，教师确认在场"); err != nil {
		t.Fatal(err)
	}
	csv := idFor(1) + ",2026-03-02 09:30:00\n" + idFor(2) + ",2026-03-03 09:40:00\n" + idFor(2) + ",2026-03-02 09:00:00\n"
	rep, err := s.ImportPunches(c.ID, strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Kept) != 2 || rep.Kept[0].Reason != KeptExcused || rep.Kept[1].Reason != KeptCorrected || rep.Saved != 1 {
		t.Fatalf("kept %+v saved %d; want the 请假 and the 补录 kept, one new mark", rep.Kept, rep.Saved)
	}
	lm, _ := s.LessonMarks(lessons[0].ID)
	if lm[roster[0].ID].Status != training.Excused {
		t.Errorf("a punch overwrote 请假: %+v", lm[roster[0].ID])
	}
	lm, _ = s.LessonMarks(lessons[2].ID)
	if lm[roster[1].ID].Status != training.Present {
		t.Errorf("a punch overwrote a correction: %+v", lm[roster[1].ID])
	}
}

func TestImportPunchesMergesWithABadgeScan(t *testing.T) {
	s := openTest(t, t.TempDir())
	c, roster, lessons := punchClass(t, s)
	start, _, _ := attendance.LessonWindow(lessons[2], nil)
	if _, err := s.Scan(lessons[2].ID, BadgeCode(roster[0].ID), start.Add(-3*60e9)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ImportPunches(c.ID, strings.NewReader(idFor(1)+",2026-03-03 12:02:00\n")); err != nil {
		t.Fatal(err)
	}
	lm, _ := s.LessonMarks(lessons[2].ID)
	if m := lm[roster[0].ID]; m.Status != training.Present || m.SignIn.Format("15:04") != "08:57" || m.SignOut.Format("15:04") != "12:02" {
		t.Errorf("scan in + terminal out = %s %s–%s, want present 08:57–12:02", m.Status, m.SignIn.Format("15:04"), m.SignOut.Format("15:04"))
	}
}

func TestImportPunchesWithoutTimetableSavesNothing(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "EMPTY")
	if _, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "王五", IDNumber: idFor(3)}, ""); err != nil {
		t.Fatal(err)
	}
	_, err := s.ImportPunches(c.ID, strings.NewReader(idFor(3)+",2026-03-02 09:00:00\n"))
	if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != training.FieldTimetable {
		t.Fatalf("got %v, want an error naming 课程表", err)
	}
}

func TestDeleteLessonsRenumbersAndRefusesMarkedOnes(t *testing.T) {
	s := openTest(t, t.TempDir())
	c, roster, lessons := punchClass(t, s)
	if err := s.MarkLesson(lessons[2].ID, []MarkInput{{TraineeID: roster[0].ID, Status: training.Present}}, "补录"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteLessons(c.ID, []string{lessons[2].ID}); err == nil {
		t.Fatal("a lesson with marks was deleted")
	}
	if err := s.DeleteLessons(c.ID, []string{lessons[0].ID}); err != nil {
		t.Fatal(err)
	}
	left, _ := s.Lessons(c.ID)
	if len(left) != 2 || left[0].No != 1 || left[1].No != 2 || left[0].Topic != "基础理论" {
		t.Fatalf("after delete: %+v", left)
	}
	added, err := s.AddLessons(c.ID, []training.Lesson{{Date: day("2026-03-04"), Start: "09:00", End: "12:00", Hours: 4, Topic: "综合实训"}})
	if err != nil || added[0].No != 3 {
		t.Fatalf("next lesson numbered %d (%v), want 3", added[0].No, err)
	}
	if l, err := s.LessonByNo(c.ID, 3); err != nil || l.Topic != "综合实训" {
		t.Fatalf("LessonByNo(3) = %+v %v", l, err)
	}
}

func TestHandMarksOnTheDayNeedNoReasonButOverridingAScanDoes(t *testing.T) {
	s, err := Open(t.TempDir(), Options{Who: "测试员", Now: func() time.Time { return day("2026-03-02").Add(10 * 3600e9) }})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, roster, lessons := punchClass(t, s)
	l := lessons[0]
	if _, err := s.MarkAllPresent(l.ID, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkLesson(l.ID, []MarkInput{{TraineeID: roster[1].ID, Status: training.Absent}}, ""); err != nil {
		t.Fatalf("changing a hand mark on the lesson day: %v", err)
	}
	if _, err := s.Scan(l.ID, BadgeCode(roster[0].ID), day("2026-03-02").Add(9*3600e9)); err != nil {
		t.Fatal(err)
	}
	if lm, _ := s.LessonMarks(l.ID); lm[roster[0].ID].Source != "scan" || !lm[roster[0].ID].SignOut.IsZero() {
		t.Errorf("after 全部出勤 the first scan must sign in: %+v", lm[roster[0].ID])
	}
	err = s.MarkLesson(l.ID, []MarkInput{{TraineeID: roster[0].ID, Status: training.Absent}}, "")
	if errs.FieldOf(err) != attendance.FieldReason {
		t.Fatalf("overriding a scan by hand without a reason: %v", err)
	}
}
