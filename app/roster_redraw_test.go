package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/store"
	"trainingdesk/training"
)

// TestShortRosterAfterALongOneScrolledToTheEnd: switching from a long
// roster scrolled to the bottom to a short one shows the short one's rows,
// not a blank table with a sliver of its last row.
func TestShortRosterAfterALongOneScrolledToTheEnd(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	u.Win.Resize(fyne.NewSize(1180, 760))
	file := func(code string, n int, day int) training.Class {
		c, err := u.Store.FileClass(training.Class{Code: code, Name: code + "班", Occupation: "电工", Level: 5, Type: "就业技能培训",
			Start: testDay, End: testDay.AddDate(0, 1, 0), Hours: 40})
		if err != nil {
			t.Fatal(err)
		}
		var cands []store.Candidate
		for i := 0; i < n; i++ {
			cands = append(cands, store.Candidate{Row: i + 2, Person: training.Person{Name: code + "学员", IDNumber: personID(t, i, day)}})
		}
		if _, rej, _, err := u.Store.EnrolTrainees(c.ID, cands); err != nil || len(rej) > 0 {
			t.Fatalf("%v %v", rej, err)
		}
		return c
	}
	long, short := file("LONG", 300, 1), file("SHORT", 3, 2)
	u.SelectClass(long.ID)
	u.Show(tabRoster)
	s := u.Roster
	s.Table.ScrollToBottom()
	u.SelectClass(short.ID)
	s.load(short.ID)
	if len(s.Rows()) != 3 {
		t.Fatalf("%d rows", len(s.Rows()))
	}
	// The row numbers down the left are what the clerk reads first: rows
	// 1–3 must be there, at the top of the table.
	shown := map[string]bool{}
	for _, o := range test.LaidOutObjects(s.Table) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && l.Position().Y >= 0 && l.Position().Y < 200 {
			shown[l.Text] = true
		}
	}
	if !shown["1"] || !shown["2"] || !shown["3"] {
		t.Fatalf("the short roster's rows are not at the top after the long one was scrolled to the end: %v", shown)
	}
}
