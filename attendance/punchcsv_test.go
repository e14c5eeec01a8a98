package attendance

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"trainingdesk/errs"
)

func TestParsePunchCSV(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	when := time.Date(2025, 3, 10, 8, 55, 3, 0, loc)
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("证件号码,打卡时间\n11010119900307001x,2025-03-10 08:55:03\n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		in      string
		punches int
		bad     []string // reasons, by prefix
	}{
		{"header, UTF-8", "证件号码,打卡时间\n11010119900307001X,2025-03-10 08:55:03\n", 1, nil},
		{"no header", "11010119900307001X,2025-03-10 08:55:03\n", 1, nil},
		{"BOM and CRLF", "\uFEFF证件号码,打卡时间\r\n11010119900307001X,2025-03-10 08:55:03\r\n", 1, nil},
		{"GBK", gbk, 1, nil},
		{"tab separated, Excel apostrophe", "'11010119900307001X\t2025-03-10 08:55:03\n", 1, nil},
		{"blank lines skipped", "\n11010119900307001X,2025-03-10 08:55:03\n\n", 1, nil},
		{"bad lines listed", "证件号码,打卡时间\n11010119900307001X,2025-03-10 08:55:03\n11010119900307001X,昨天\n,2025-03-10 08:00:00\n11010119900307001X\n", 1,
			[]string{"打卡时间“昨天”无法识别", "缺少证件号码", "缺少打卡时间"}},
	}
	for _, tt := range tests {
		ps, bad, err := ParsePunchCSV(strings.NewReader(tt.in), loc)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if len(ps) != tt.punches {
			t.Errorf("%s: %d punches %+v, want %d", tt.name, len(ps), ps, tt.punches)
			continue
		}
		if len(ps) > 0 && (ps[0].IDNumber != "11010119900307001X" || !ps[0].At.Equal(when)) {
			t.Errorf("%s: punch %+v, want 11010119900307001X at %v", tt.name, ps[0], when)
		}
		if len(bad) != len(tt.bad) {
			t.Errorf("%s: bad lines %+v, want %v", tt.name, bad, tt.bad)
			continue
		}
		for i, want := range tt.bad {
			if !strings.HasPrefix(bad[i].Reason, want) {
				t.Errorf("%s: bad line %d reason %q, want %q…", tt.name, i, bad[i].Reason, want)
			}
		}
	}
}

func TestParsePunchCSVLineNumbers(t *testing.T) {
	in := "证件号码,打卡时间\n11010119900307001X,2025-03-10 08:55:03\n11010119900307001X,xx\n"
	ps, bad, _ := ParsePunchCSV(strings.NewReader(in), time.UTC)
	if len(ps) != 1 || ps[0].Line != 2 {
		t.Errorf("punch lines %+v, want line 2", ps)
	}
	if len(bad) != 1 || bad[0].Line != 3 || bad[0].IDNumberMasked != "110101********001X" {
		t.Errorf("bad %+v, want line 3 with the number masked", bad)
	}
}

func TestParsePunchCSVIntoMatch(t *testing.T) {
	// A GBK terminal log whose only sign-in lacks a sign-out.
	log, _ := simplifiedchinese.GBK.NewEncoder().String("证件号码,打卡时间\n" + idA + ",2025-03-10 09:10:00\n")
	ps, _, err := ParsePunchCSV(strings.NewReader(log), time.Local)
	if err != nil {
		t.Fatal(err)
	}
	out, un := Match(ps, twoLessons, DefaultRules())
	if len(out) != 1 || len(un) != 0 || out[0].Status != "early_leave" || !out[0].SignOut.IsZero() {
		t.Errorf("got %+v %+v, want one early_leave with no sign-out", out, un)
	}
}

func TestParsePunchCSVRefusesABinaryFile(t *testing.T) {
	_, _, err := ParsePunchCSV(bytes.NewReader([]byte{0x50, 0x4b, 0, 0, 0xff, 0x10}), time.UTC)
	if !errs.Is(errs.Invalid, err) || !strings.Contains(err.Error(), "不是打卡记录") {
		t.Fatalf("binary file: %v", err)
	}
}
