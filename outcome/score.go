package outcome

import (
	"time"

	"trainingdesk/training"
)

// TraineeFacts is what the scorecard needs of one enrolment.
type TraineeFacts struct {
	Withdrawn     bool
	Passed        bool // latest assessment attempt passed
	Certified     bool // holds a certificate that is not revoked
	AttendedHours float64
	Entries       []Entry // follow-ups, any order
}

// ClassFacts is one class and its enrolments.
type ClassFacts struct {
	Class    training.Class
	Trainees []TraineeFacts
}

// Figure keys, as `report outcomes --json` names them.
const (
	KeyPassRate        = "pass_rate"
	KeyCertificateRate = "certificate_rate"
	KeyAttendanceRate  = "attendance_rate"
	KeyEmploymentRate  = "employment_rate"
	KeyBusinessRate3m  = "business_rate_3m"
	KeyBusinessRate6m  = "business_rate_6m"
	KeyStableRate      = "stable_business_rate"
	KeyJobsPerBusiness = "jobs_per_business"
)

// Figure is one measured figure with its numerator and denominator. Value
// is nil while the figure is pending (its window has not closed: Closes is
// the last day of the window) or when it has nothing to measure (Den 0, or
// a business figure of classes that are not 创业培训).
type Figure struct {
	Key     string
	Label   string // Chinese
	Num     float64
	Den     float64
	Value   *float64
	Target  float64 // 0: no target line
	Ratio   bool    // a ratio (people per business), not a 0..1 rate
	Pending bool
	Closes  time.Time
	NA      bool // not applicable: no 创业培训 class
	// Open counts classes whose window is still open and are left out of a
	// figure that is no longer pending (several classes); Closes is then
	// the day the last of them closes.
	Open int

	soFarNum, soFarDen float64
}

// Met reports whether a known figure reaches its target.
func (f Figure) Met() bool { return f.Value != nil && (f.Target == 0 || *f.Value >= f.Target) }

// Scorecard is the figures of one class or of a set of classes, as of a day.
type Scorecard struct {
	AsOf         time.Time
	Enrolled     int
	Withdrawn    int
	Completed    int // enrolled − withdrawn
	Passed       int
	Certified    int
	Employed     int
	Businesses3m int
	Businesses6m int
	Stable       int // businesses operating 12 months after registration
	OldEnough    int // businesses registered at least 12 months ago
	Jobs         int // people employed by the businesses
	Startup      bool
	Figures      []Figure
}

// Get returns the figure with key (zero Figure if none).
func (s Scorecard) Get(key string) Figure {
	for _, f := range s.Figures {
		if f.Key == key {
			return f
		}
	}
	return Figure{}
}

// Pending lists the keys of the figures whose window is still open.
func (s Scorecard) Pending() []string {
	var out []string
	for _, f := range s.Figures {
		if f.Pending {
			out = append(out, f.Key)
		}
	}
	return out
}

// Score computes the scorecard of classes as of on. Definitions:
//
//	结业人数 completed = enrolled − withdrawn
//	合格率 = passed ÷ completed; 证书取得率 = valid certificates ÷ completed;
//	出勤率 = attended 学时 ÷ (completed × class 学时)  — pending until the class end
//	就业率 = completed trainees employed within N months (EmployedWithin) ÷
//	         completed (or enrolled, by setting) — pending until end + N months
//	创业培训 only: 开业率 3/6 个月 = trainees whose business was registered within
//	         3/6 months of the class end ÷ completed; 稳定经营率 = businesses of the
//	         6-month count still operating at a contact 12 months or more after
//	         registration ÷ those registered at least 12 months before on
//	         (pending while none is old enough); 带动就业 = people employed by
//	         those businesses (latest count) ÷ businesses.
//
// Over several classes a figure counts the classes whose window has closed
// (Open counts the others); it is pending only while none has.
func Score(classes []ClassFacts, on time.Time, st Settings) Scorecard {
	on = training.Day(on)
	sc := Scorecard{AsOf: on}
	acc := map[string]*Figure{}
	order := []string{KeyPassRate, KeyCertificateRate, KeyAttendanceRate, KeyEmploymentRate, KeyBusinessRate3m, KeyBusinessRate6m, KeyStableRate, KeyJobsPerBusiness}
	labels := map[string]string{KeyPassRate: "合格率", KeyCertificateRate: "证书取得率", KeyAttendanceRate: "出勤率", KeyEmploymentRate: "就业率",
		KeyBusinessRate3m: "3个月开业率", KeyBusinessRate6m: "6个月开业率", KeyStableRate: "稳定经营率", KeyJobsPerBusiness: "带动就业（人/户）"}
	t := st.Targets
	targets := map[string]float64{KeyPassRate: t.PassRate, KeyCertificateRate: t.CertificateRate, KeyAttendanceRate: t.AttendanceRate,
		KeyEmploymentRate: t.EmploymentRate, KeyBusinessRate3m: t.BusinessRate3m, KeyBusinessRate6m: t.BusinessRate6m,
		KeyStableRate: t.StableRate, KeyJobsPerBusiness: t.JobsPerBusiness}
	for _, k := range order {
		acc[k] = &Figure{Key: k, Label: labels[k], Target: targets[k], Ratio: k == KeyJobsPerBusiness, NA: isBusinessKey(k)}
	}
	stableWaiting := []time.Time{} // when each not-yet-old business becomes old enough
	for _, cf := range classes {
		scoreClass(&sc, acc, cf, on, st, &stableWaiting)
	}
	for _, k := range order {
		f := acc[k]
		// A figure is pending while no class's window has closed; then it
		// shows the counts so far. Once one has, it is the figure of the
		// closed classes, and Open says how many still wait (until Closes).
		if f.Den == 0 && f.Open > 0 {
			f.Pending, f.Num, f.Den = true, f.soFarNum, f.soFarDen
		}
		if k == KeyStableRate { // known as soon as one business is old enough to tell
			f.Open, f.Closes, f.Pending = 0, time.Time{}, f.Den == 0 && len(stableWaiting) > 0
			if f.Pending {
				f.Closes = earliest(stableWaiting)
			}
		}
		if !f.Pending && !f.NA && f.Den > 0 {
			v := f.Num / f.Den
			f.Value = &v
		}
		if !f.Pending && f.Open == 0 {
			f.Closes = time.Time{}
		}
		sc.Figures = append(sc.Figures, *f)
	}
	return sc
}

func isBusinessKey(k string) bool {
	return k == KeyBusinessRate3m || k == KeyBusinessRate6m || k == KeyStableRate || k == KeyJobsPerBusiness
}

func scoreClass(sc *Scorecard, acc map[string]*Figure, cf ClassFacts, on time.Time, st Settings, stableWaiting *[]time.Time) {
	end := training.Day(cf.Class.End)
	startup := cf.Class.Type == StartupType
	var enrolled, completed, passed, certified, employed, b3, b6, stable, old, jobs int
	var attended float64
	for _, tr := range cf.Trainees {
		enrolled++
		if tr.Withdrawn {
			continue
		}
		completed++
		if tr.Passed {
			passed++
		}
		if tr.Certified {
			certified++
		}
		attended += tr.AttendedHours
		tr.Entries = knownBy(tr.Entries, on)
		if _, ok := EmployedWithin(tr.Entries, end, st.EmploymentMonths, st); ok {
			employed++
		}
		if !startup {
			continue
		}
		if _, ok := BusinessWithin(tr.Entries, end, 3, st); ok {
			b3++
		}
		biz, ok := BusinessWithin(tr.Entries, end, 6, st)
		if !ok {
			continue
		}
		b6++
		jobs += LatestEmployees(tr.Entries, biz.Business)
		matures := AddMonths(training.Day(biz.Business.Registered), 12)
		if matures.After(on) {
			*stableWaiting = append(*stableWaiting, matures)
			continue
		}
		old++
		if OperatingAfter(tr.Entries, matures) {
			stable++
		}
	}
	sc.Enrolled += enrolled
	sc.Withdrawn += enrolled - completed
	sc.Completed += completed
	sc.Passed += passed
	sc.Certified += certified
	sc.Employed += employed
	empDen := completed
	if st.Denominator == DenomEnrolled {
		empDen = enrolled
	}
	add := func(key string, num, den float64, closes time.Time) {
		f := acc[key]
		if closes.IsZero() || on.After(closes) {
			f.Num += num
			f.Den += den
			return
		}
		// Window open: the class waits, its counts so far kept apart.
		f.Open++
		f.soFarNum += num
		f.soFarDen += den
		if closes.After(f.Closes) {
			f.Closes = closes
		}
	}
	add(KeyPassRate, float64(passed), float64(completed), end)
	add(KeyCertificateRate, float64(certified), float64(completed), end)
	add(KeyAttendanceRate, attended, float64(completed)*cf.Class.Hours, end)
	add(KeyEmploymentRate, float64(employed), float64(empDen), WindowCloses(end, st.EmploymentMonths))
	if !startup {
		return
	}
	sc.Startup = true
	sc.Businesses3m += b3
	sc.Businesses6m += b6
	sc.Stable += stable
	sc.OldEnough += old
	sc.Jobs += jobs
	for _, k := range []string{KeyBusinessRate3m, KeyBusinessRate6m, KeyStableRate, KeyJobsPerBusiness} {
		acc[k].NA = false
	}
	add(KeyBusinessRate3m, float64(b3), float64(completed), WindowCloses(end, 3))
	add(KeyBusinessRate6m, float64(b6), float64(completed), WindowCloses(end, 6))
	add(KeyJobsPerBusiness, float64(jobs), float64(b6), WindowCloses(end, 6))
	add(KeyStableRate, float64(stable), float64(old), time.Time{})
	if !on.After(WindowCloses(end, 6)) {
		// Businesses may still be registered; the first of them can tell a year later.
		*stableWaiting = append(*stableWaiting, AddMonths(WindowCloses(end, 6), 12))
	}
}

// BusinessWithin is the first entry showing a business registered no later
// than months after the class end (with its licence when evidence is
// required): the 开业 of 创业培训.
func BusinessWithin(entries []Entry, classEnd time.Time, months int, st Settings) (Entry, bool) {
	deadline := AddMonths(training.Day(classEnd), months)
	var best Entry
	found := false
	for _, e := range entries {
		if e.Status != SelfEmployed || e.Business == nil || e.Business.Registered.IsZero() {
			continue
		}
		if st.EvidenceRequired && !e.HasEvidenceFor() {
			continue
		}
		if training.Day(e.Business.Registered).After(deadline) {
			continue
		}
		if !found || e.Business.Registered.Before(best.Business.Registered) {
			best, found = e, true
		}
	}
	return best, found
}

// LatestEmployees is the newest count of people a business employs (0 when
// never asked). Entries about the same business are matched by USCC, else
// by name.
func LatestEmployees(entries []Entry, b *Business) int {
	n := 0
	var at time.Time
	for _, e := range entries {
		if e.Business == nil || e.Business.Employees == nil || !sameBusiness(e.Business, b) {
			continue
		}
		if at.IsZero() || !e.Date.Before(at) {
			n, at = *e.Business.Employees, e.Date
		}
	}
	return n
}

// OperatingAfter reports whether the newest contact on or after day that
// asked about the business found it operating.
func OperatingAfter(entries []Entry, day time.Time) bool {
	var at time.Time
	op := false
	for _, e := range entries {
		if e.Business == nil || e.Business.Operating == nil || training.Day(e.Date).Before(day) {
			continue
		}
		if at.IsZero() || !e.Date.Before(at) {
			op, at = *e.Business.Operating, e.Date
		}
	}
	return op
}

func sameBusiness(a, b *Business) bool {
	if a.USCC != "" && b.USCC != "" {
		return a.USCC == b.USCC
	}
	return a.Name == b.Name
}

func earliest(ts []time.Time) time.Time {
	e := ts[0]
	for _, t := range ts[1:] {
		if t.Before(e) {
			e = t
		}
	}
	return e
}

// knownBy keeps the entries a scorecard as of on may know: contacts up to on.
func knownBy(entries []Entry, on time.Time) []Entry {
	out := entries[:0:0]
	for _, e := range entries {
		if !training.Day(e.Date).After(on) {
			out = append(out, e)
		}
	}
	return out
}
