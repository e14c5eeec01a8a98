package outcome

import (
	"math"
	"testing"
	"time"

	"trainingdesk/training"
)

func rate(t *testing.T, sc Scorecard, key string) float64 {
	t.Helper()
	f := sc.Get(key)
	if f.Value == nil {
		t.Fatalf("%s has no value: %+v", key, f)
	}
	return *f.Value
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// A class a clerk can count by hand: 10 enrolled, 1 withdrawn, so 9 completed.
func handCountedClass() ClassFacts {
	c := training.Class{Type: "就业技能培训", Start: d("2026-01-05"), End: d("2026-01-30"), Hours: 40}
	contract := []Evidence{{Kind: Contract}}
	var trs []TraineeFacts
	trs = append(trs, TraineeFacts{Withdrawn: true, AttendedHours: 8}) // left: counts as enrolled only
	for i := range 9 {
		tf := TraineeFacts{Passed: i < 8, Certified: i < 7, AttendedHours: 36}
		switch {
		case i < 4: // employed with a contract at the 3-month call
			tf.Entries = []Entry{{Date: d("2026-04-28"), Status: Employed, Employer: "甲", Evidence: contract}}
		case i == 4: // flexible work, registered
			tf.Entries = []Entry{{Date: d("2026-06-30"), Status: Flexible, Evidence: []Evidence{{Kind: FlexibleRegistration}}}}
		case i == 5: // employed but no proof yet
			tf.Entries = []Entry{{Date: d("2026-04-28"), Status: Employed, Employer: "乙"}}
		case i == 6: // found a job only after 7 months
			tf.Entries = []Entry{{Date: d("2026-08-30"), Start: d("2026-08-15"), Status: Employed, Employer: "丙", Evidence: contract}}
		case i == 7:
			tf.Entries = []Entry{{Date: d("2026-04-28"), Status: Unreachable}}
		}
		trs = append(trs, tf)
	}
	return ClassFacts{Class: c, Trainees: trs}
}

func TestScorecardGivesTheFiguresAClerkCountsByHand(t *testing.T) {
	st := DefaultSettings()
	sc := Score([]ClassFacts{handCountedClass()}, d("2026-09-01"), st)
	if sc.Enrolled != 10 || sc.Withdrawn != 1 || sc.Completed != 9 || sc.Passed != 8 || sc.Certified != 7 || sc.Employed != 5 {
		t.Fatalf("counts: %+v", sc)
	}
	for key, want := range map[string]float64{KeyPassRate: 8.0 / 9, KeyCertificateRate: 7.0 / 9, KeyAttendanceRate: 9 * 36 / (9 * 40.0), KeyEmploymentRate: 5.0 / 9} {
		if got := rate(t, sc, key); !near(got, want) {
			t.Errorf("%s = %v, want %v", key, got, want)
		}
	}
	if len(sc.Pending()) != 0 {
		t.Errorf("nothing is pending 7 months after the end: %v", sc.Pending())
	}
	if f := sc.Get(KeyBusinessRate3m); !f.NA || f.Value != nil {
		t.Errorf("a 就业技能培训 class has no 开业率: %+v", f)
	}
	if !sc.Get(KeyPassRate).Met() == (8.0/9 >= 0.9) {
		t.Error("合格率 8/9 is below the 90 % target")
	}

	// Regional variants: no evidence needed → 6; 灵活就业 not counted → 4; denominator enrolled → 5/10.
	st2 := st
	st2.EvidenceRequired = false
	if sc := Score([]ClassFacts{handCountedClass()}, d("2026-09-01"), st2); sc.Employed != 6 {
		t.Errorf("without the evidence rule: %d employed, want 6", sc.Employed)
	}
	st3 := st
	st3.FlexibleCounts = false
	if sc := Score([]ClassFacts{handCountedClass()}, d("2026-09-01"), st3); sc.Employed != 4 {
		t.Errorf("灵活就业 not counted: %d, want 4", sc.Employed)
	}
	st4 := st
	st4.Denominator = DenomEnrolled
	if sc := Score([]ClassFacts{handCountedClass()}, d("2026-09-01"), st4); !near(rate(t, sc, KeyEmploymentRate), 0.5) {
		t.Errorf("enrolled denominator: %v", rate(t, sc, KeyEmploymentRate))
	}
}

func TestAnOpenWindowIsPendingNeverZero(t *testing.T) {
	sc := Score([]ClassFacts{handCountedClass()}, d("2026-05-01"), DefaultSettings())
	f := sc.Get(KeyEmploymentRate)
	if !f.Pending || f.Value != nil || !f.Closes.Equal(d("2026-07-30")) {
		t.Fatalf("就业率 3 months after the end: %+v", f)
	}
	if sc.Employed != 4 || f.Num != 4 {
		t.Errorf("the employed so far are still counted: %d", sc.Employed)
	}
	if p := sc.Pending(); len(p) != 1 || p[0] != KeyEmploymentRate {
		t.Errorf("pending: %v", p)
	}
	// On the closing day the window is still open; the day after it is not.
	if !Score([]ClassFacts{handCountedClass()}, d("2026-07-30"), DefaultSettings()).Get(KeyEmploymentRate).Pending {
		t.Error("pending on its last day")
	}
	if Score([]ClassFacts{handCountedClass()}, d("2026-07-31"), DefaultSettings()).Get(KeyEmploymentRate).Pending {
		t.Error("still pending after its last day")
	}
	running := Score([]ClassFacts{handCountedClass()}, d("2026-01-20"), DefaultSettings())
	if f := running.Get(KeyPassRate); !f.Pending || f.Value != nil || !f.Closes.Equal(d("2026-01-30")) {
		t.Errorf("合格率 of a running class: %+v", f)
	}
}

// A 创业培训 class: 10 completed; businesses registered at 2, 2, 3 months
// (3 within 3), at 5 and 6 months (5 within 6), one at 8 months (too late).
func startupClass() ClassFacts {
	c := training.Class{Type: StartupType, Start: d("2026-01-05"), End: d("2026-01-30"), Hours: 60}
	lic := []Evidence{{Kind: License}}
	yes, no := true, false
	n := func(v int) *int { return &v }
	biz := func(reg string, later string, operating *bool, employees int) []Entry {
		r := d(reg)
		es := []Entry{{Date: r.AddDate(0, 0, 5), Status: SelfEmployed, Evidence: lic, Business: &Business{Name: "店" + reg, Registered: r}}}
		if later != "" {
			es = append(es, Entry{Date: d(later), Status: SelfEmployed, Evidence: lic,
				Business: &Business{Name: "店" + reg, Registered: r, Operating: operating, Employees: n(employees)}})
		}
		return es
	}
	trs := []TraineeFacts{
		{Entries: biz("2026-03-30", "2027-04-01", &yes, 3)},
		{Entries: biz("2026-03-30", "2027-04-01", &yes, 4)},
		{Entries: biz("2026-04-30", "2027-05-02", &yes, 2)},
		{Entries: biz("2026-06-30", "2027-07-01", &yes, 5)},
		{Entries: biz("2026-07-30", "2027-08-01", &no, 0)},
		{Entries: biz("2026-09-30", "2027-10-01", &yes, 9)},
		{}, {}, {}, {},
	}
	return ClassFacts{Class: c, Trainees: trs}
}

func TestStartupFigures(t *testing.T) {
	sc := Score([]ClassFacts{startupClass()}, d("2027-09-01"), DefaultSettings())
	if sc.Businesses3m != 3 || sc.Businesses6m != 5 || sc.OldEnough != 5 || sc.Stable != 4 || sc.Jobs != 14 {
		t.Fatalf("counts: %+v", sc)
	}
	for key, want := range map[string]float64{KeyBusinessRate3m: 0.3, KeyBusinessRate6m: 0.5, KeyStableRate: 0.8, KeyJobsPerBusiness: 14.0 / 5} {
		if got := rate(t, sc, key); !near(got, want) {
			t.Errorf("%s = %v, want %v", key, got, want)
		}
	}
	// Half a year after the end no business is a year old: 稳定经营率 waits
	// for the first one (registered 2026-03-30, known 2027-03-30).
	early := Score([]ClassFacts{startupClass()}, d("2026-08-15"), DefaultSettings())
	if f := early.Get(KeyStableRate); !f.Pending || f.Value != nil || !f.Closes.Equal(d("2027-03-30")) {
		t.Errorf("稳定经营率 before any business is a year old: %+v", f)
	}
	if f := early.Get(KeyBusinessRate3m); f.Pending || !near(*f.Value, 0.3) {
		t.Errorf("3-month 开业率 is final after its window: %+v", f)
	}
	// Without the licence the evidence rule does not count a business.
	noProof := startupClass()
	noProof.Trainees[0].Entries[0].Evidence = nil
	noProof.Trainees[0].Entries[1].Evidence = nil
	if sc := Score([]ClassFacts{noProof}, d("2027-09-01"), DefaultSettings()); sc.Businesses3m != 2 {
		t.Errorf("a business without its licence counted: %d", sc.Businesses3m)
	}
}

func TestYearScorecardCountsClosedClassesAndSaysWhichWait(t *testing.T) {
	a := handCountedClass()
	b := handCountedClass()
	b.Class.End = d("2026-06-30")
	on := d("2026-09-01")
	sc := Score([]ClassFacts{a, b}, on, DefaultSettings())
	if sc.Enrolled != 20 || sc.Completed != 18 || sc.Passed != 16 {
		t.Fatalf("sums: %+v", sc)
	}
	// a's window closed (5 of 9 employed); b's is open until 2026-12-30.
	f := sc.Get(KeyEmploymentRate)
	if f.Pending || f.Open != 1 || !f.Closes.Equal(d("2026-12-30")) || f.Num != 5 || f.Den != 9 || !near(*f.Value, 5.0/9) {
		t.Errorf("就业率 of the year: %+v", f)
	}
	if len(sc.Pending()) != 0 {
		t.Errorf("pending: %v", sc.Pending())
	}
	if got := rate(t, sc, KeyPassRate); !near(got, 16.0/18) {
		t.Errorf("合格率 of the year: %v", got)
	}
	// Before any class's window closed the figure is pending, with the counts so far.
	early := Score([]ClassFacts{a, b}, d("2026-07-15"), DefaultSettings())
	if f := early.Get(KeyEmploymentRate); !f.Pending || f.Value != nil || !f.Closes.Equal(d("2026-12-30")) {
		t.Errorf("就业率 before any window closed: %+v", f)
	}
	_ = time.Now
}
