package bureau

import (
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/training"
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

func TestNonceRememberedTenMinutesAcrossRestarts(t *testing.T) {
	dir := t.TempDir()
	db, err := openDB(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	c := &nonceStore{db: db}
	t0 := time.Unix(1_700_000_000, 0)
	if ok, _ := c.add("n", t0); !ok {
		t.Fatal("a new nonce must be accepted")
	}
	if ok, _ := c.add("n", t0.Add(9*time.Minute)); ok {
		t.Fatal("a nonce must be refused the second time within 10 minutes")
	}
	db.Close()
	db, err = openDB(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	c = &nonceStore{db: db}
	if ok, _ := c.add("n", t0.Add(9*time.Minute)); ok {
		t.Fatal("after a restart the nonce must still be refused")
	}
	if ok, _ := c.add("n", t0.Add(11*time.Minute)); !ok {
		t.Error("a nonce older than 10 minutes is forgotten (the timestamp check refuses such a replay)")
	}
}

// Even past the app key check, one institution's batch never changes
// another's record, nor uses it as a parent.
func TestNoRecordCrossesInstitutions(t *testing.T) {
	db, err := openDB(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cls := tdsync.BatchRecord{Kind: training.KindClass, ID: "c1", Version: 1, Op: tdsync.OpUpsert,
		Data: []byte(`{"id":"c1","code":"K","name":"班","occupation":"电工","level":5,"start":"2026-03-02T00:00:00Z","end":"2026-03-27T00:00:00Z","hours":80}`)}
	now := time.Now()
	if res, err := apply(db, tdsync.Batch{Institution: "A", Records: []tdsync.BatchRecord{cls}}, now, nil); err != nil || res[0].Status != tdsync.StatusAccepted {
		t.Fatalf("%v %+v", err, res)
	}
	del := tdsync.BatchRecord{Kind: training.KindClass, ID: "c1", Version: 2, Op: tdsync.OpDelete}
	les := tdsync.BatchRecord{Kind: training.KindLesson, ID: "l1", Version: 1, Op: tdsync.OpUpsert,
		Data: []byte(`{"id":"l1","class_id":"c1","date":"2026-03-02T00:00:00Z","start":"08:00","end":"09:00","hours":1}`)}
	res, err := apply(db, tdsync.Batch{Institution: "B", Records: []tdsync.BatchRecord{del, les}}, now, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Code != tdsync.CodeForeignRecord || res[1].Code != tdsync.CodeMissingParent {
		t.Fatalf("another institution's delete and child: %+v", res)
	}
}
