package attendance

import (
	"testing"
	"time"

	"trainingdesk/training"
)

var day = time.Date(2025, 3, 10, 0, 0, 0, 0, time.Local)

func at(h, m int) time.Time {
	return day.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
}

const (
	idA = "11010119900307001X"
	idB = "110101199003070028"
)

// Two lessons the same day with a short break: their ±60 min windows overlap.
var twoLessons = []Slot{
	{LessonID: "L1", TraineeID: "T1", IDNumber: idA, Start: at(9, 0), End: at(12, 0)},
	{LessonID: "L2", TraineeID: "T1", IDNumber: idA, Start: at(12, 30), End: at(15, 0)},
	{LessonID: "L1", TraineeID: "T2", IDNumber: idB, Start: at(9, 0), End: at(12, 0)},
	{LessonID: "L2", TraineeID: "T2", IDNumber: idB, Start: at(12, 30), End: at(15, 0)},
}

func TestMatch(t *testing.T) {
	punches := []Punch{
		{Line: 1, IDNumber: idA, At: at(8, 50)},
		{Line: 2, IDNumber: idA, At: at(9, 5)},   // a second punch at the door: still one sign-in
		{Line: 3, IDNumber: idA, At: at(12, 5)},  // morning sign-out, 25 min before the afternoon
		{Line: 4, IDNumber: idA, At: at(12, 25)}, // afternoon sign-in
		{Line: 5, IDNumber: idA, At: at(15, 1)},
		{Line: 6, IDNumber: "11010119900307001x", At: at(18, 0)}, // lower-case x, outside every window
		{Line: 7, IDNumber: idB, At: at(9, 20)},                  // late, never signs out
		{Line: 8, IDNumber: "110101199001011234", At: at(9, 0)},  // not in this class
	}
	out, un := Match(punches, twoLessons, DefaultRules())

	want := []Outcome{
		{LessonID: "L1", TraineeID: "T1", SignIn: at(8, 50), SignOut: at(12, 5), Status: training.Present},
		{LessonID: "L2", TraineeID: "T1", SignIn: at(12, 25), SignOut: at(15, 1), Status: training.Present},
		{LessonID: "L1", TraineeID: "T2", SignIn: at(9, 20), Status: training.EarlyLeave},
	}
	if len(out) != len(want) {
		t.Fatalf("got %d outcomes %+v, want %d", len(out), out, len(want))
	}
	for i := range want {
		g, w := out[i], want[i]
		if g.LessonID != w.LessonID || g.TraineeID != w.TraineeID || !g.SignIn.Equal(w.SignIn) || !g.SignOut.Equal(w.SignOut) || g.Status != w.Status {
			t.Errorf("outcome %d = %+v, want %+v", i, g, w)
		}
	}

	wantUn := []Unmatched{
		{Line: 6, IDNumberMasked: "110101********001X", Reason: ReasonNoLesson},
		{Line: 8, IDNumberMasked: "110101********1234", Reason: ReasonUnknownID},
	}
	if len(un) != len(wantUn) {
		t.Fatalf("got unmatched %+v, want %+v", un, wantUn)
	}
	for i := range wantUn {
		if un[i].Line != wantUn[i].Line || un[i].IDNumberMasked != wantUn[i].IDNumberMasked || un[i].Reason != wantUn[i].Reason {
			t.Errorf("unmatched %d = %+v, want %+v", i, un[i], wantUn[i])
		}
	}
}

func TestMatchOverlapTieGoesToNearerStart(t *testing.T) {
	// 12:15 is 15 min after L1 ends and 15 min before L2 starts.
	out, _ := Match([]Punch{{IDNumber: idA, At: at(12, 15)}}, twoLessons, DefaultRules())
	if len(out) != 1 || out[0].LessonID != "L2" {
		t.Fatalf("got %+v, want the punch on L2", out)
	}
}

func TestMatchWindowEdges(t *testing.T) {
	slots := twoLessons[:1] // L1 09:00–12:00, window 08:00–13:00
	tests := []struct {
		at        time.Time
		wantMatch bool
	}{
		{at(8, 0), true},
		{at(7, 59), false},
		{at(13, 0), true},
		{at(13, 1), false},
	}
	for _, tt := range tests {
		out, un := Match([]Punch{{IDNumber: idA, At: tt.at}}, slots, DefaultRules())
		if (len(out) == 1) != tt.wantMatch || len(out)+len(un) != 1 {
			t.Errorf("punch at %s: outcomes %v unmatched %v, want matched=%v", tt.at.Format("15:04"), out, un, tt.wantMatch)
		}
	}
}

func TestMaskID(t *testing.T) {
	tests := map[string]string{
		"11010119900307001X": "110101********001X",
		"H1234567":           "********", // unknown shape: hidden whole
		"123":                "***",
		"":                   "",
	}
	for in, want := range tests {
		if got := maskID(in); got != want {
			t.Errorf("maskID(%q) = %q, want %q", in, got, want)
		}
	}
}
