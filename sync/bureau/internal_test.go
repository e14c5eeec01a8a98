package bureau

import (
	"testing"
	"time"
)

func TestValidIDNumber(t *testing.T) {
	cases := []struct {
		in string
		ok bool
	}{
		{"11010519491231002X", true},
		{"11010519491231002x", true},  // lower-case check character
		{"110105194912310021", false}, // wrong check character
		{"11010519491331002X", false}, // month 13
		{"1101051949123100", false},   // too short
		{"11010519491231002X1", false},
		{"1101051949123A002X", false},
	}
	for _, c := range cases {
		if got := validIDNumber(c.in); got != c.ok {
			t.Errorf("validIDNumber(%s) = %v, want %v", c.in, got, c.ok)
		}
	}
}

func TestRateLimitPerSecond(t *testing.T) {
	l := &limiter{n: 2}
	t0 := time.Unix(1_700_000_000, 0)
	steps := []struct {
		at   time.Time
		want bool
	}{
		{t0, true}, {t0.Add(100 * time.Millisecond), true}, {t0.Add(900 * time.Millisecond), false},
		{t0.Add(time.Second), true}, {t0.Add(1500 * time.Millisecond), true}, {t0.Add(1600 * time.Millisecond), false},
	}
	for i, s := range steps {
		if got := l.allow(s.at); got != s.want {
			t.Errorf("request %d: allowed=%v, want %v", i, got, s.want)
		}
	}
	if !(&limiter{}).allow(t0) {
		t.Error("no limit configured must allow everything")
	}
}

func TestNonceRememberedTenMinutes(t *testing.T) {
	c := newNonceCache()
	t0 := time.Unix(1_700_000_000, 0)
	if !c.add("n", t0) || c.add("n", t0.Add(9*time.Minute)) {
		t.Fatal("a nonce must be refused the second time within 10 minutes")
	}
	if !c.add("n", t0.Add(11*time.Minute)) {
		t.Error("a nonce older than 10 minutes is forgotten (the timestamp check refuses such a replay)")
	}
}
