package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// shownWhole finds the labels under root showing one of texts and fails
// for any narrower than its text measures (clipped or cut by "…"); it
// returns how many it found.
func shownWhole(t *testing.T, place string, root fyne.CanvasObject, texts map[string]bool) int {
	t.Helper()
	found := 0
	walkUI(root, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		if !ok || !texts[l.Text] || !l.Visible() {
			return true
		}
		found++
		if need := labelWidth(l.Text, l.TextStyle.Bold); l.Size().Width < need {
			t.Errorf("%s: %q gets %.0f px, needs %.0f", place, l.Text, l.Size().Width, need)
		}
		return true
	})
	return found
}

// Long minority names, certificate states and class statuses show whole in
// the roster, 考勤, 结业 and the classes list.
func TestLongColumnsAreNotClipped(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	u.Win.Resize(fyne.NewSize(1280, 800))
	c, err := u.Store.ClassByCode("DEMO-2026-01") // finished: certificates can be issued
	if err != nil {
		t.Fatal(err)
	}
	roster, err := u.Store.Trainees(c.ID)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for i, name := range longNames {
		tr := roster[i]
		tr.Person.Name = name
		if _, _, err := u.Store.UpdateTrainee(tr); err != nil {
			t.Fatal(err)
		}
		names[name] = true
	}
	if _, err := u.Store.IssueCertificates(c.ID, nil); err != nil {
		t.Fatal(err)
	}
	u.SelectClass(c.ID)

	u.Show(tabRoster)
	if n := shownWhole(t, "学员", u.Roster.Content(), names); n != len(names) {
		t.Errorf("学员 shows %d of the long names", n)
	}
	u.Show(2)
	if n := shownWhole(t, "考勤", u.Attendance.Content(), names); n != len(names) {
		t.Errorf("考勤 shows %d of the long names", n)
	}
	u.Show(3)
	certs := map[string]bool{}
	for _, r := range u.Completion.Rows {
		if r.Cert.Text != "" {
			certs[r.Cert.Text] = true
		}
	}
	if len(certs) == 0 {
		t.Fatal("no certificate in the finished demo class")
	}
	if n := shownWhole(t, "结业", u.Completion.Content(), names); n != len(names) {
		t.Errorf("结业 shows %d of the long names", n)
	}
	if shownWhole(t, "结业 certificates", u.Completion.Content(), certs) == 0 {
		t.Error("no certificate text found on 结业")
	}

	// A long class code (a big institution numbers them so) shows whole.
	long := c
	long.ID, long.Code, long.FilingNo = "", "DEMO-2026-DG-B0001", ""
	if _, err := u.Store.FileClass(long); err != nil {
		t.Fatal(err)
	}
	u.Show(0)
	u.Classes.Refresh()
	u.Classes.Table.ScrollToTop()
	if shownWhole(t, "班级", u.Classes.Content(), map[string]bool{long.Code: true}) == 0 {
		t.Error("the long class code is not on the classes list")
	}

	en := newEnglishUI(t, true)
	en.Win.Resize(fyne.NewSize(1280, 800))
	en.Show(0)
	statuses := map[string]bool{"Not started": true, "Running": true, "Finished": true}
	if shownWhole(t, "Classes", en.Classes.Content(), statuses) == 0 {
		t.Error("no class status found on the English classes list")
	}
	c2, _ := en.Store.ClassByCode("DEMO-2026-02") // running: nobody eligible yet
	en.SelectClass(c2.ID)
	en.Show(3)
	if shownWhole(t, "Completion", en.Completion.Content(), map[string]bool{"not eligible": true, "not assessed": true}) == 0 {
		t.Error("no eligibility found on the English completion list")
	}
}
