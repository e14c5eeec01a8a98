package training

import (
	"testing"
	"time"

	"trainingdesk/errs"
)

func TestParseLevelAcceptsNumbersAndLabels(t *testing.T) {
	for in, want := range map[string]Level{"5": 5, "一级": 1, "三级/高级工": 3, "四级": 4} {
		got, err := ParseLevel(in)
		if err != nil || got != want {
			t.Errorf("ParseLevel(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseLevel("6"); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != FieldLevel {
		t.Error("level 6 accepted")
	}
	if Level(5).Label() != "五级/初级工" || Level(1).Label() != "一级/高级技师" {
		t.Error("labels")
	}
}

func TestParseDateAcceptsTheWaysClerksWriteDates(t *testing.T) {
	for _, s := range []string{"2026-03-01", "2026/3/1", "2026.03.01", " 2026-3-1 "} {
		d, err := ParseDate(FieldStart, s)
		if err != nil || d.Format(DateLayout) != "2026-03-01" {
			t.Errorf("%q → %v %v", s, d, err)
		}
	}
	_, err := ParseDate(FieldStart, "2026-02-30")
	if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != FieldStart {
		t.Errorf("bad date error %v", err)
	}
}

func TestNewIDsSortInCreationOrder(t *testing.T) {
	prev := NewID()
	for i := 0; i < 1000; i++ {
		id := NewID()
		if id <= prev {
			t.Fatalf("%s after %s", id, prev)
		}
		prev = id
	}
}

func TestClassesOverlapWhenTheyShareADay(t *testing.T) {
	d := func(s string) time.Time { t, _ := time.Parse(DateLayout, s); return t }
	a := Class{Start: d("2026-03-01"), End: d("2026-03-10")}
	if !a.Overlaps(Class{Start: d("2026-03-10"), End: d("2026-03-20")}) {
		t.Error("sharing the last day is an overlap")
	}
	if a.Overlaps(Class{Start: d("2026-03-11"), End: d("2026-03-20")}) {
		t.Error("consecutive classes do not overlap")
	}
}

func TestFilingWarning(t *testing.T) {
	d := func(s string) time.Time { x, _ := time.Parse(DateLayout, s); return x }
	today := d("2026-11-30")
	for _, tt := range []struct {
		start string
		days  int
		warn  bool
	}{
		{"2026-11-20", 3, true},  // started already
		{"2026-12-02", 3, true},  // deadline 11-29 passed
		{"2026-12-03", 3, false}, // deadline today
		{"2026-12-10", 3, false},
		{"2026-12-01", 0, false}, // no rule
		{"2026-11-29", 0, true},  // in the past, rule or not
	} {
		if got := FilingWarning(d(tt.start), today, tt.days); (got != "") != tt.warn {
			t.Errorf("start %s, %d days: %q", tt.start, tt.days, got)
		}
	}
}
