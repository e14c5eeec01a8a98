package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"trainingdesk/store"
	"trainingdesk/training"
)

// bigClass enrols n trainees in a new class with one lesson on testDay.
func bigClass(t *testing.T, u *UI, n int) training.Class {
	t.Helper()
	c, err := u.Store.FileClass(training.Class{Code: "BIG", Name: "大班", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: testDay, End: testDay.AddDate(0, 1, 0), Hours: 40})
	if err != nil {
		t.Fatal(err)
	}
	cands := make([]store.Candidate, n)
	for i := range cands {
		cands[i] = store.Candidate{Row: i + 2, Person: training.Person{Name: "学员", IDNumber: personID(t, i, 1)}}
	}
	if saved, rej, _, err := u.Store.EnrolTrainees(c.ID, cands); err != nil || len(saved) != n {
		t.Fatalf("%d saved, %v, %v", len(saved), rej, err)
	}
	if _, err := u.Store.AddLessons(c.ID, []training.Lesson{{Date: testDay, Start: "09:00", End: "12:00", Hours: 4, Topic: "实操"}}); err != nil {
		t.Fatal(err)
	}
	u.Win.Resize(fyne.NewSize(1180, 760))
	u.SelectClass(c.ID)
	return c
}

// The roll and 结业/证书 of a class of 5,000 build a screenful of lines each,
// not 5,000 (one test: enrolling 5,000 is the slow part).
func TestRollAndCompletionAreVirtual(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	bigClass(t, u, 5000)
	u.Show(2)         // 考勤
	classLoads.Wait() // a class this big is read off the UI thread
	m := u.Attendance.Marking
	if len(m.Rows) != 5000 {
		t.Fatalf("%d rows", len(m.Rows))
	}
	m.list.ScrollToBottom()
	m.list.ScrollTo(2500)
	if n := len(m.cells); n == 0 || n > 100 {
		t.Fatalf("%d lines of widgets for 5,000 trainees: want a screenful", n)
	}
	// A change made off screen is kept and counted.
	m.Rows[4000].Status.SetSelected("请假")
	if m.Dirty.Text != "1 处未保存" {
		t.Fatalf("dirty label %q", m.Dirty.Text)
	}

	// A score typed for a trainee off screen is checked and previewed all the same.
	u.Show(3) // 结业/证书
	classLoads.Wait()
	s := u.Completion
	if len(s.Rows) != 5000 {
		t.Fatalf("%d rows", len(s.Rows))
	}
	s.list.ScrollToBottom()
	s.list.ScrollTo(2500)
	if n := len(s.cells); n == 0 || n > 100 {
		t.Fatalf("%d lines of widgets for 5,000 trainees: want a screenful", n)
	}
	r := s.Rows[4000]
	typeScore(r.Theory, "abc")
	if r.Result.Text != "待更正" || r.Theory.Validate() == nil {
		t.Fatalf("a bad score off screen: result %q", r.Result.Text)
	}
}
