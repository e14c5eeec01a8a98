package outcome

import (
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

func d(s string) time.Time {
	t, err := time.Parse(training.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

var class = training.Class{Type: "就业技能培训", Start: d("2026-01-05"), End: d("2026-01-30")}

const goodUSCC = "91350100M000100Y43"

func TestAddMonthsClampsToTheMonthEnd(t *testing.T) {
	for _, c := range []struct {
		from string
		n    int
		want string
	}{{"2026-08-31", 6, "2027-02-28"}, {"2027-08-31", 6, "2028-02-29"}, {"2026-01-30", 3, "2026-04-30"}, {"2026-11-15", 3, "2027-02-15"}} {
		if got := AddMonths(d(c.from), c.n).Format(training.DateLayout); got != c.want {
			t.Errorf("%s + %d months = %s, want %s", c.from, c.n, got, c.want)
		}
	}
}

func TestCheckEntry(t *testing.T) {
	today := d("2026-08-01")
	ok := Entry{Date: d("2026-04-30"), Status: Employed, Employer: "榕城电器", EmployerUSCC: " 91350100m000100y43 "}
	if err := Check(&ok, class, today); err != nil || ok.EmployerUSCC != goodUSCC {
		t.Fatalf("a good entry: %v %q", err, ok.EmployerUSCC)
	}
	for _, c := range []struct {
		name  string
		e     Entry
		kind  errs.Kind
		field errs.Field
	}{
		{"before the class end", Entry{Date: d("2026-01-29"), Status: Unemployed}, errs.Invalid, FieldDate},
		{"in the future", Entry{Date: d("2026-08-02"), Status: Unemployed}, errs.Invalid, FieldDate},
		{"no date", Entry{Status: Unemployed}, errs.Invalid, FieldDate},
		{"unknown status", Entry{Date: d("2026-04-30"), Status: "hired"}, errs.Invalid, FieldStatus},
		{"employed without employer", Entry{Date: d("2026-04-30"), Status: Employed}, errs.Invalid, FieldEmployer},
		{"bad employer uscc", Entry{Date: d("2026-04-30"), Status: Employed, Employer: "甲", EmployerUSCC: "91350100M000100Y44"}, errs.Invalid, FieldEmployerUSCC},
		{"start after contact", Entry{Date: d("2026-04-30"), Status: Employed, Employer: "甲", Start: d("2026-05-01")}, errs.Invalid, FieldStart},
		{"business without name", Entry{Date: d("2026-04-30"), Status: SelfEmployed}, errs.Invalid, FieldBusinessName},
		{"business without registration", Entry{Date: d("2026-04-30"), Status: SelfEmployed, Business: &Business{Name: "小店"}}, errs.Invalid, FieldRegistered},
		{"bad business uscc", Entry{Date: d("2026-04-30"), Status: SelfEmployed, Business: &Business{Name: "小店", USCC: "123", Registered: d("2026-03-01")}}, errs.Invalid, FieldBusinessUSCC},
		{"unknown evidence", Entry{Date: d("2026-04-30"), Status: Unemployed, Evidence: []Evidence{{Kind: "photo"}}}, errs.Invalid, FieldEvidence},
		{"wage too high", Entry{Date: d("2026-04-30"), Status: Employed, Employer: "甲", MonthlyWageFen: MaxWageFen + 1}, errs.Invalid, FieldWage},
		{"long employer", Entry{Date: d("2026-04-30"), Status: Employed, Employer: string(make([]rune, MaxText+1))}, errs.Limit, FieldEmployer},
	} {
		e := c.e
		err := Check(&e, class, today)
		if !errs.Is(c.kind, err) || errs.FieldOf(err) != c.field {
			t.Errorf("%s: got %v (field %q), want %v on %q", c.name, err, errs.FieldOf(err).Key(), c.kind, c.field.Key())
		}
	}
}

func TestWithdrawalRule(t *testing.T) {
	tr := training.Trainee{Person: training.Person{Name: "张三"}}
	today := d("2026-03-01")
	w := training.Withdrawal{Date: d("2026-01-10"), Reason: " 找到工作 "}
	if err := CheckWithdrawal(tr, class, &w, false, today); err != nil || w.Reason != "找到工作" {
		t.Fatalf("good withdrawal: %v %q", err, w.Reason)
	}
	for _, c := range []struct {
		name      string
		tr        training.Trainee
		w         training.Withdrawal
		certified bool
		kind      errs.Kind
		field     errs.Field
	}{
		{"twice", training.Trainee{Withdrawn: &training.Withdrawal{Date: d("2026-01-08")}}, training.Withdrawal{Date: d("2026-01-10"), Reason: "x"}, false, errs.Conflict, FieldTrainee},
		{"certified", tr, training.Withdrawal{Date: d("2026-01-10"), Reason: "x"}, true, errs.Conflict, FieldTrainee},
		{"before start", tr, training.Withdrawal{Date: d("2026-01-04"), Reason: "x"}, false, errs.Invalid, FieldWithdrawDate},
		{"after end", tr, training.Withdrawal{Date: d("2026-01-31"), Reason: "x"}, false, errs.Invalid, FieldWithdrawDate},
		{"no reason", tr, training.Withdrawal{Date: d("2026-01-10"), Reason: "  "}, false, errs.Invalid, FieldWithdrawReason},
	} {
		err := CheckWithdrawal(c.tr, class, &c.w, c.certified, today)
		if !errs.Is(c.kind, err) || errs.FieldOf(err) != c.field {
			t.Errorf("%s: got %v", c.name, err)
		}
	}
	future := training.Withdrawal{Date: d("2026-01-20"), Reason: "x"}
	if err := CheckWithdrawal(tr, class, &future, false, d("2026-01-15")); errs.FieldOf(err) != FieldWithdrawDate {
		t.Errorf("a withdrawal in the future: %v", err)
	}
}

func TestEmployedWithinNeedsEvidenceAndTheWindow(t *testing.T) {
	st := DefaultSettings()
	end := class.End // 2026-01-30; 6 months: 2026-07-30
	contract := []Evidence{{Kind: Contract, Ref: "HT-1"}}
	cases := []struct {
		name    string
		entries []Entry
		st      func(*Settings)
		want    bool
	}{
		{"employed with a contract at 3 months", []Entry{{Date: d("2026-04-30"), Status: Employed, Evidence: contract}}, nil, true},
		{"employed without proof", []Entry{{Date: d("2026-04-30"), Status: Employed}}, nil, false},
		{"employed without proof, evidence not required", []Entry{{Date: d("2026-04-30"), Status: Employed}}, func(s *Settings) { s.EvidenceRequired = false }, true},
		{"a licence does not prove a job", []Entry{{Date: d("2026-04-30"), Status: Employed, Evidence: []Evidence{{Kind: License}}}}, nil, false},
		{"on the last day of the window", []Entry{{Date: d("2026-07-30"), Status: Employed, Evidence: contract}}, nil, true},
		{"a day late", []Entry{{Date: d("2026-07-31"), Status: Employed, Evidence: contract}}, nil, false},
		{"found late but started in time", []Entry{{Date: d("2026-09-01"), Start: d("2026-07-01"), Status: Employed, Evidence: contract}}, nil, true},
		{"flexible counts by default", []Entry{{Date: d("2026-04-30"), Status: Flexible, Evidence: []Evidence{{Kind: FlexibleRegistration}}}}, nil, true},
		{"flexible when the region does not count it", []Entry{{Date: d("2026-04-30"), Status: Flexible, Evidence: []Evidence{{Kind: FlexibleRegistration}}}}, func(s *Settings) { s.FlexibleCounts = false }, false},
		{"business registered in time with licence", []Entry{{Date: d("2026-09-30"), Status: SelfEmployed, Evidence: []Evidence{{Kind: License}}, Business: &Business{Name: "店", Registered: d("2026-05-01")}}}, nil, true},
		{"further study is not employment", []Entry{{Date: d("2026-04-30"), Status: FurtherStudy, Evidence: []Evidence{{Kind: OtherEvidence}}}}, nil, false},
	}
	for _, c := range cases {
		s := st
		if c.st != nil {
			c.st(&s)
		}
		if _, got := EmployedWithin(c.entries, end, s.EmploymentMonths, s); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func TestCheckpointsAndWhoIsDue(t *testing.T) {
	st := DefaultSettings()
	// Class ended 2026-01-30: checkpoints 2026-04-30 and 2026-07-30.
	due := DueBy(class, nil, st, d("2026-04-27"), d("2026-05-03"))
	if len(due) != 1 || due[0].Months != 3 || !due[0].Due.Equal(d("2026-04-30")) {
		t.Fatalf("3-month call due this week: %+v", due)
	}
	if got := DueBy(class, nil, st, d("2026-04-01"), d("2026-04-07")); len(got) != 0 {
		t.Fatalf("nothing due a month early: %+v", got)
	}
	answered := []Entry{{Date: d("2026-04-20"), Status: Unemployed}} // 10 days early counts
	if got := DueBy(class, answered, st, d("2026-04-27"), d("2026-05-03")); len(got) != 0 {
		t.Fatalf("an early answer settles the checkpoint: %+v", got)
	}
	// Missed the 3-month call: overdue until the 6-month window opens.
	if got := DueBy(class, nil, st, d("2026-06-01"), d("2026-06-07")); len(got) != 1 || got[0].Months != 3 {
		t.Fatalf("overdue 3-month call: %+v", got)
	}
	if got := DueBy(class, nil, st, d("2026-07-27"), d("2026-08-02")); len(got) != 1 || got[0].Months != 6 {
		t.Fatalf("the 6-month call replaces a missed 3-month one: %+v", got)
	}
	if got := DueBy(class, nil, st, d("2026-10-29"), d("2026-11-01")); len(got) != 1 || got[0].Months != 6 {
		t.Fatalf("the last call stays overdue for 3 months: %+v", got)
	}
	if got := DueBy(class, nil, st, d("2026-10-30"), d("2026-11-01")); len(got) != 0 {
		t.Fatalf("then it leaves the queue: %+v", got)
	}
	startup := class
	startup.Type = StartupType
	if cps := Checkpoints(startup, nil, st, d("2027-02-01")); len(cps) != 3 || cps[2].Months != 12 {
		t.Fatalf("创业培训 has a 12-month checkpoint: %+v", cps)
	}
}

func TestSettingsValidate(t *testing.T) {
	if err := DefaultSettings().Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mut := range map[string]func(*Settings){
		"unsorted checkpoints": func(s *Settings) { s.Checkpoints = []int{6, 3} },
		"no checkpoints":       func(s *Settings) { s.Checkpoints = nil },
		"window of 0":          func(s *Settings) { s.EmploymentMonths = 0 },
		"bad denominator":      func(s *Settings) { s.Denominator = "all" },
		"target above 100 %":   func(s *Settings) { s.Targets.EmploymentRate = 50 },
	} {
		s := DefaultSettings()
		mut(&s)
		if err := s.Validate(); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != FieldSettings {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestParseYuanAndStatusLabels(t *testing.T) {
	for in, want := range map[string]int64{"4500": 450000, "4500.5": 450050, "4,500.05元": 450005, "": 0} {
		if got, err := ParseYuan(in); err != nil || got != want {
			t.Errorf("ParseYuan(%q) = %d, %v", in, got, err)
		}
	}
	if _, err := ParseYuan("4500.123"); errs.FieldOf(err) != FieldWage {
		t.Errorf("three decimals: %v", err)
	}
	if s, err := ParseStatus("灵活就业"); err != nil || s != Flexible {
		t.Errorf("Chinese label: %v %v", s, err)
	}
}
