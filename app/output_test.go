package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"trainingdesk/desktop"
)

// waitDelivery waits for the "PDF ready" dialog a background print shows.
func waitDelivery(t *testing.T, u *UI) *Delivery {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		var d *Delivery
		fyne.DoAndWait(func() { d, lastDelivery = lastDelivery, nil })
		if d != nil {
			return d
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("no PDF was delivered")
	return nil
}

// UI tests never start a viewer or a print job.
func init() {
	printOrOpen = func(string) (desktop.Outcome, string) { return desktop.Printed, "" }
	openPath = func(string) error { return nil }
	openFolder = func(string) error { return nil }
}

// fakeDesktop records what would have gone to the printer or a viewer.
func fakeDesktop(t *testing.T) *[]string {
	var calls []string
	lastDelivery = nil
	p, o, f := printOrOpen, openPath, openFolder
	printOrOpen = func(path string) (desktop.Outcome, string) {
		calls = append(calls, "print "+path)
		return desktop.Printed, "已发送到打印机。"
	}
	openPath = func(path string) error { calls = append(calls, "open "+path); return nil }
	openFolder = func(path string) error { calls = append(calls, "folder "+path); return nil }
	t.Cleanup(func() { printOrOpen, openPath, openFolder = p, o, f })
	return &calls
}

func TestEveryGeneratedPDFGoesToTheOutputFolderAndPrintsFromThere(t *testing.T) {
	calls := fakeDesktop(t)
	u, s := completionUI(t, "DEMO-2026-01")
	want := filepath.Join(u.Store.Dir(), "打印")

	s.preview() // the sample: no longer in the system temp folder
	d := waitDelivery(t, u)
	if filepath.Dir(d.Path) != want || !strings.Contains(filepath.Base(d.Path), "样本") {
		t.Fatalf("sample at %s, want in %s", d.Path, want)
	}
	d.Print()
	if len(*calls) != 1 || (*calls)[0] != "print "+d.Path {
		t.Fatalf("打印 did %v", *calls)
	}

	confirmIssue(t, s)
	test.Tap(s.PrintButton) // no save dialog: straight to the output folder
	d = waitDelivery(t, u)
	if filepath.Dir(d.Path) != want {
		t.Fatalf("certificates at %s, want in %s", d.Path, want)
	}
	first := d.Path
	test.Tap(s.PrintButton) // printing again keeps the earlier file
	if d = waitDelivery(t, u); d.Path == first {
		t.Fatalf("second print overwrote %s", first)
	}

	// A folder the clerk chose is used from then on, and remembered.
	chosen := filepath.Join(t.TempDir(), "培训 证书")
	u.SetOutputDir(chosen)
	u.Show(2)
	u.Attendance.Refresh()
	test.Tap(u.Attendance.Marking.BadgesButton)
	d = waitDelivery(t, u)
	if filepath.Dir(d.Path) != chosen {
		t.Fatalf("badges at %s, want in %s", d.Path, chosen)
	}
	if _, err := os.Stat(d.Path); err != nil {
		t.Fatal(err)
	}
	if again := New(u.App, u.Store); again.OutputDir() != chosen {
		t.Errorf("after a restart the output folder is %s, want %s", again.OutputDir(), chosen)
	}
}
