package training

import (
	"testing"
	"time"
)

func TestClassStatusOnADayCountsBothEndDatesAsRunning(t *testing.T) {
	c := Class{Start: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), End: time.Date(2026, 3, 27, 0, 0, 0, 0, time.UTC)}
	local := time.FixedZone("CST", 8*3600)
	cases := []struct {
		at   time.Time
		want ClassStatus
	}{
		{time.Date(2026, 3, 1, 23, 59, 0, 0, local), Planned},
		{time.Date(2026, 3, 2, 0, 30, 0, 0, local), Running}, // 00:30 in Beijing is still 3 月 2 日
		{time.Date(2026, 3, 27, 23, 0, 0, 0, local), Running},
		{time.Date(2026, 3, 28, 8, 0, 0, 0, local), Finished},
	}
	for _, tc := range cases {
		if got := c.StatusOn(tc.at); got != tc.want {
			t.Errorf("%v: %s, want %s", tc.at, got.Label(), tc.want.Label())
		}
	}
}

func TestParseLabelsAndKeys(t *testing.T) {
	for _, st := range ClassStatuses {
		if got, ok := ParseClassStatus(st.Label()); !ok || got != st {
			t.Errorf("ParseClassStatus(%q) = %v %v", st.Label(), got, ok)
		}
	}
	if _, ok := ParseClassStatus("全部状态"); ok {
		t.Error("a filter's 全部状态 is not a status")
	}
	for _, s := range Statuses {
		if got, ok := ParseStatus(" " + StatusLabel(s)); !ok || got != s {
			t.Errorf("ParseStatus(%q) = %q %v", StatusLabel(s), got, ok)
		}
		if got, ok := ParseStatus(s); !ok || got != s {
			t.Errorf("ParseStatus(%q) = %q %v", s, got, ok)
		}
	}
	if _, ok := ParseStatus("未记录"); ok {
		t.Error("未记录 is not a status to record")
	}
}
