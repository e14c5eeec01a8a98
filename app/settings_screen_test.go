package app

import (
	"strings"
	"testing"
	"trainingdesk/store"

	"trainingdesk/training"

	"fyne.io/fyne/v2/test"
)

func TestFirstRunInstitutionSetup(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	u.showFirstRun()
	r := u.Settings.FirstRun
	retype(r.Form.Name, "榕城职业技能培训学校")
	retype(r.Form.USCC, "91350100M000100Y44") // wrong check character
	test.Tap(r.SaveButton)
	if e := r.Form.fields.errorAt(training.FieldUSCC); e == "" || r.Done {
		t.Fatalf("bad 统一社会信用代码 accepted (error %q)", e)
	}
	if _, ok, _ := u.Store.Institution(); ok {
		t.Fatal("institution saved despite the error")
	}
	retype(r.Form.USCC, "91350100M000100Y43")
	test.Tap(r.SaveButton)
	inst, ok, _ := u.Store.Institution()
	if !ok || inst.Name != "榕城职业技能培训学校" || !r.Done {
		t.Fatalf("institution not saved: %+v (%s)", inst, r.Form.fields.firstError())
	}
	if u.Settings.Institution.Name.Text != inst.Name {
		t.Error("settings screen does not show the new institution")
	}
}

func TestFirstRunOpensDemoData(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	real := u.Store.Dir()
	u.DemoDir = t.TempDir()
	u.showFirstRun()
	test.Tap(u.Settings.FirstRun.DemoButton)
	t.Cleanup(func() { u.Store.Close() })
	// The demo opens in its own directory; the clerk's stays empty.
	if u.Store.Dir() != u.DemoDir || !strings.Contains(u.Win.Title(), "演示") {
		t.Fatalf("demo opened in %s (title %q)", u.Store.Dir(), u.Win.Title())
	}
	if s, err := store.Open(real, store.Options{}); err != nil {
		t.Fatal(err)
	} else {
		_, ok, _ := s.Institution()
		s.Close()
		if ok {
			t.Fatal("打开演示数据 seeded the clerk's real data directory")
		}
	}
	if got := u.Classes.Shown(); len(got) != 6 {
		t.Fatalf("classes after demo: %v", got)
	}
	u.Classes.Search.Entry.SetText(u.firstDemoName(t))
	if len(u.Classes.Search.Hits) == 0 {
		t.Error("demo trainees are not searchable")
	}
}

func (u *UI) firstDemoName(t *testing.T) string {
	all, err := u.Store.AllTrainees()
	if err != nil || len(all) == 0 {
		t.Fatalf("no demo trainees: %v", err)
	}
	return all[0].Person.Name
}

func TestSettingsRulesValidateAndSave(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	s := u.Settings
	s.Refresh()
	retype(s.Threshold, "120")
	retype(s.FilingDays, "5")
	test.Tap(s.RulesSave)
	if e := s.rules.errorAt(store.FieldThreshold); !strings.Contains(e, "1 到 100") {
		t.Fatalf("threshold error %q", e)
	}
	retype(s.VerifyURL, "http://school.example.cn/verify.html")
	test.Tap(s.RulesSave)
	if e := s.rules.errorAt(store.FieldVerifyURL); !strings.Contains(e, "https://") {
		t.Fatalf("an http:// verification address: error %q", e)
	}
	retype(s.VerifyURL, "https://school.example.cn/verify.html")
	if st, _ := u.Store.Settings(); st.FilingDaysBefore != 3 {
		t.Fatal("settings saved despite an error")
	}
	retype(s.Threshold, "75")
	test.Tap(s.RulesSave)
	st, _ := u.Store.Settings()
	if st.Threshold != 0.75 || st.FilingDaysBefore != 5 || !s.RulesSaved.Visible() {
		t.Fatalf("saved %+v (%s)", st, s.rules.firstError())
	}
	if !strings.Contains(s.DataDir.Text, u.Store.Dir()) {
		t.Error("data directory not shown")
	}
}

func TestSettingsChecksTheAuditLog(t *testing.T) {
	u := newDemoUI(t)
	u.Show(5)
	test.Tap(u.Settings.AuditButton)
	if r := u.Settings.AuditResult; !r.Visible() || !strings.Contains(r.Text, "审计日志完整") {
		t.Fatalf("audit check shows %q", r.Text)
	}
}

func TestFirstRunAsksForTheVerificationURLAndChecksTheUSCCAsTyped(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	u.showFirstRun()
	r := u.Settings.FirstRun
	retype(r.Form.USCC, "91350100M000100Y44") // 18 characters, wrong check character
	if e := r.Form.fields.errorAt(training.FieldUSCC); e == "" {
		t.Fatal("a wrong 统一社会信用代码 is not flagged as typed")
	}
	retype(r.Form.USCC, "91350100M000100Y43")
	if e := r.Form.fields.errorAt(training.FieldUSCC); e != "" {
		t.Fatalf("the corrected value keeps the message %q", e)
	}
	retype(r.Form.Name, "榕城职业技能培训学校")
	retype(r.VerifyURL, "https://verify.example.invalid/c") // the placeholder
	test.Tap(r.SaveButton)
	if !r.URLError.Visible() || r.Done {
		t.Fatal("the placeholder verification URL was accepted")
	}
	retype(r.VerifyURL, "https://rsj.fuzhou.example.cn/zs")
	test.Tap(r.SaveButton)
	if st, _ := u.Store.Settings(); !r.Done || st.VerifyBaseURL != "https://rsj.fuzhou.example.cn/zs" {
		t.Fatalf("first run did not keep the URL: done=%v %q", r.Done, st.VerifyBaseURL)
	}
}
