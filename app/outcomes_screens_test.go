package app

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"trainingdesk/errs"
	"trainingdesk/outcome"
)

func TestFollowUpQueueRevealsPhonesOnRequestAndTakesAnswers(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	u.Show(tabFollowUp)
	s := u.FollowUp
	s.wait()
	calls := s.Calls()
	if len(calls) == 0 || !strings.Contains(s.Summary.Text, "人次") {
		t.Fatalf("the demo's 3-month calls are not in the queue: %q", s.Summary.Text)
	}
	first := calls[0]
	// The number is masked until asked; asking is audited.
	if _, shown := s.phones[first.Trainee.ID]; shown {
		t.Fatal("a phone was shown before it was asked for")
	}
	s.RevealPhone(0)
	if s.phones[first.Trainee.ID] != first.Trainee.Person.Phone {
		t.Fatalf("revealed %q, want the trainee's phone", s.phones[first.Trainee.ID])
	}
	log, _ := u.Store.AuditLog(1)
	if len(log) != 1 || !strings.Contains(log[0].Action, "查看电话") || log[0].ID != first.Trainee.ID {
		t.Fatalf("revealing a phone is not audited: %+v", log)
	}
	// One click: 失联 answers the call, which leaves the queue.
	s.Quick(0, outcome.Unreachable)
	s.wait()
	if len(s.Calls()) != len(calls)-1 {
		t.Fatalf("queue after an answer: %d, want %d", len(s.Calls()), len(calls)-1)
	}
	entries, _ := u.Store.FollowUps(first.Trainee.ID)
	if len(entries) == 0 || entries[len(entries)-1].Status != outcome.Unreachable {
		t.Fatalf("the answer was not recorded: %+v", entries)
	}
	// The full form keeps a mistake on screen, then saves once corrected.
	s.Record(0)
	f := s.Form
	f.Status.SetSelected("就业")
	test.Tap(f.SaveButton)
	if !strings.Contains(f.Error.Text, "就业单位") {
		t.Fatalf("employed without an employer: %q", f.Error.Text)
	}
	f.Employer.SetText("榕城电器有限公司")
	f.Evidence.SetSelected([]string{"劳动合同"})
	f.Wage.SetText("4800")
	test.Tap(f.SaveButton)
	if f.Error.Text != "" {
		t.Fatalf("a good answer refused: %q", f.Error.Text)
	}
	s.wait()
	if len(s.Calls()) != len(calls)-2 {
		t.Fatalf("queue after the form: %d", len(s.Calls()))
	}
	// The 跟踪表 of the class exports and, filled with nothing, imports nothing.
	path, err := s.ExportClass(calls[1].Class.ID)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	s.ImportData("跟踪表.xlsx", data)
	if s.LastPreview == nil || s.LastPreview.Rows != 0 {
		t.Fatalf("an empty 跟踪表 previews as %+v", s.LastPreview)
	}
}

func TestStatsShowsBarsAgainstTargetsAndPrints(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	u.Show(tabStats)
	s := u.Stats
	s.wait()
	if s.YearSelect.Selected != "2026" || len(s.YearSelect.Options) < 2 {
		t.Fatalf("years %v, selected %q", s.YearSelect.Options, s.YearSelect.Selected)
	}
	if len(s.report.Classes) == 0 || len(s.Bars.Objects) == 0 {
		t.Fatalf("no classes or bars for 2026: %d classes", len(s.report.Classes))
	}
	row := -1
	for i, c := range s.report.Classes {
		if c.Class.Code == "DEMO-PAST-1" {
			row = i
		}
	}
	if row < 0 {
		t.Fatal("DEMO-PAST-1 is not in the 2026 table")
	}
	s.ShowClass(row)
	var emp outcome.Figure
	for _, f := range s.Figures() {
		if f.Key == outcome.KeyEmploymentRate {
			emp = f
		}
	}
	if emp.Value == nil || emp.Pending || emp.Target != 0.5 {
		t.Fatalf("DEMO-PAST-1's 就业率 should be final with its 50 %% line: %+v", emp)
	}
	if !strings.Contains(s.Title.Text, "DEMO-PAST-1") {
		t.Errorf("title %q", s.Title.Text)
	}
	s.YearSelect.SetSelected("2025")
	s.wait()
	found := false
	for _, f := range s.Figures() {
		if f.Key == outcome.KeyStableRate && f.Value != nil {
			found = true
		}
	}
	if !found {
		t.Error("2025 (the 创业培训 class) shows no 稳定经营率")
	}
	s.Print()
	if s.LastPDF == "" {
		t.Fatal("no PDF written")
	}
	if st, err := os.Stat(s.LastPDF); err != nil || st.Size() == 0 {
		t.Fatalf("PDF %s: %v", s.LastPDF, err)
	}
}

func TestOutcomeSettingsAreCheckedByTheStore(t *testing.T) {
	u := newTestUI(t)
	s := u.Settings
	o := s.Outcomes
	if o.Checkpoints.Text != "3,6" || o.EmploymentRate.Text != "50" || !o.EvidenceRequired.Checked {
		t.Fatalf("defaults shown: %q %q %v", o.Checkpoints.Text, o.EmploymentRate.Text, o.EvidenceRequired.Checked)
	}
	o.Checkpoints.SetText("6,3")
	s.saveRules()
	if got := s.rules.errorAt(outcome.FieldSettings); !strings.Contains(got, "从小到大") {
		t.Fatalf("unsorted checkpoints: %q", got)
	}
	o.Checkpoints.SetText("3,6,9")
	o.EmploymentRate.SetText("60")
	s.saveRules()
	st, _ := u.Store.Settings()
	if len(st.Outcomes.Checkpoints) != 3 || st.Outcomes.Targets.EmploymentRate != 0.6 {
		t.Fatalf("saved: %+v", st.Outcomes)
	}
}

func TestWithdrawFromTheRosterKeepsTheRecord(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	u.Classes.Select("DEMO-2026-02") // running, with attendance
	u.Show(tabRoster)
	r := u.Roster
	n := len(r.Rows())
	id := r.list[0].ID
	if err := r.Withdraw(id, "2026-11-21", ""); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != outcome.FieldWithdrawReason {
		t.Fatalf("no reason: %v", err)
	}
	if err := r.Withdraw(id, "2026-11-21", "外出务工"); err != nil {
		t.Fatal(err)
	}
	if len(r.Rows()) != n || !strings.Contains(r.Rows()[0], "（已退学）") {
		t.Fatalf("the roster should keep the withdrawn trainee, marked: %d rows (was %d), %q", len(r.Rows()), n, r.Rows()[0])
	}
	tr, _ := u.Store.Trainee(id)
	if tr.Withdrawn == nil || tr.Withdrawn.Reason != "外出务工" {
		t.Fatalf("not withdrawn: %+v", tr.Withdrawn)
	}
}
