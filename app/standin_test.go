package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"trainingdesk/training"
)

// A trainee whose name has a character in no font does not stop the
// class's badges: they are made, and the clerk is told whose name shows □.
func TestBadgesWithARareNameAreMadeAndTheNameIsNamed(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	c, err := u.Store.ClassByCode("DEMO-2026-01")
	if err != nil {
		t.Fatal(err)
	}
	rare := "王\U0002EBF0华" // Extension I: in none of the fonts, embedded or on this machine
	if _, _, err := u.Store.EnrolTrainee(c.ID, training.Person{Name: rare, IDNumber: "11010519491231002X"}, "登记失业人员"); err != nil {
		t.Fatal(err)
	}
	u.SelectClass(c.ID)
	u.Show(2)
	u.Attendance.Refresh()
	test.Tap(u.Attendance.Marking.BadgesButton)
	waitDelivery(t, u)
	if n := u.Attendance.Marking.LastNotice; !strings.Contains(n, rare) || !strings.Contains(n, "U+2EBF0") {
		t.Fatalf("the clerk is not told whose name has a stand-in: %q", n)
	}
}
