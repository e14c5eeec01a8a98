package app

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"trainingdesk/cli"
	"trainingdesk/demo"
	"trainingdesk/store"
)

// TestAtRiskIsTheSameInReportTextJSONAndTheGUI: the three faces of the
// class report flag the very same trainees, for the running demo class
// (judged on the lessons held) and the finished one (on the final rate).
func TestAtRiskIsTheSameInReportTextJSONAndTheGUI(t *testing.T) {
	dir := t.TempDir()
	oldNow, oldClock := now, cli.Clock
	now, cli.Clock = func() time.Time { return testDay }, func() time.Time { return testDay }
	t.Cleanup(func() { now, cli.Clock = oldNow, oldClock })
	s, err := store.Open(dir, store.Options{Now: func() time.Time { return now() }})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Seed(s, 60, testDay); err != nil {
		t.Fatal(err)
	}
	s.Close()

	for _, code := range []string{"DEMO-2026-02", "DEMO-2026-01"} {
		var out, errw bytes.Buffer
		if rc := cli.Run([]string{"--data", dir, "report", "class", code}, &out, &errw); rc != 0 {
			t.Fatalf("report class %s: %s", code, errw.String())
		}
		text := map[string]bool{}
		for _, line := range strings.Split(out.String(), "\n") {
			if name, _, ok := strings.Cut(line, "\t"); ok {
				text[name] = strings.HasSuffix(line, "← 出勤不足")
			}
		}
		out.Reset()
		if rc := cli.Run([]string{"--data", dir, "report", "class", code, "--json"}, &out, &errw); rc != 0 {
			t.Fatalf("report class %s --json: %s", code, errw.String())
		}
		var rep struct {
			Trainees []struct {
				Name   string `json:"name"`
				AtRisk bool   `json:"at_risk"`
			} `json:"trainees"`
		}
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
			t.Fatal(err)
		}

		s, err := store.Open(dir, store.Options{Now: func() time.Time { return now() }})
		if err != nil {
			t.Fatal(err)
		}
		a := test.NewTempApp(t)
		a.Settings().SetTheme(newTheme())
		u := New(a, s)
		openClass(t, u, code)
		u.Attendance.Sections.SelectIndex(2)
		r := u.Attendance.Report
		flagged := 0
		for i, tr := range rep.Trainees {
			_, red := r.Cell(i+1, 0)
			if red != tr.AtRisk || text[tr.Name] != tr.AtRisk {
				t.Errorf("%s %s: GUI red=%v, text=%v, json=%v", code, tr.Name, red, text[tr.Name], tr.AtRisk)
			}
			if red {
				flagged++
			}
		}
		if len(rep.Trainees) == 0 || flagged == len(rep.Trainees) {
			t.Errorf("%s: %d of %d flagged", code, flagged, len(rep.Trainees))
		}
		t.Logf("%s: %d of %d at risk", code, flagged, len(rep.Trainees))
		u.Stop()
		s.Close()
	}
}
