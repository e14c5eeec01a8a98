package app

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"trainingdesk/demo"
	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

const guiAppKey = "desk-gui"

// guiBureau runs a reference bureau in-process on loopback.
func guiBureau(t *testing.T, o bureau.Options) (*bureau.Server, string) {
	t.Helper()
	t.Setenv("TRAININGDESK_NO_KEYRING", "1")
	t.Setenv("TRAININGDESK_SYNC_BACKOFF", "1ms,5ms")
	o.DataDir, o.AppKey, o.Secret = t.TempDir(), guiAppKey, []byte("gui-secret")
	srv, err := bureau.New(o)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { ts.Close(); srv.Close() })
	return srv, ts.URL
}

// configure fills the credentials form as the clerk would and saves.
func configure(t *testing.T, u *UI, endpoint string) {
	t.Helper()
	t.Cleanup(u.Stop)
	s := u.Sync
	test.Type(s.Endpoint, endpoint)
	test.Type(s.AppKey, guiAppKey)
	test.Type(s.Secret, "gui-secret")
	test.Tap(s.SaveConfig)
}

// eventually polls cond (the loop works in the background).
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func counts(t *testing.T, u *UI) (pending, quarantined int) {
	t.Helper()
	c, err := u.Store.Counts()
	if err != nil {
		t.Fatal(err)
	}
	return c.Pending, c.Quarantined
}

func TestSyncScreenBeforeSetupKeepsRecordsAndSaysWhatToDo(t *testing.T) {
	u := newDemoUI(t)
	u.Start()
	t.Cleanup(u.Stop)
	p, _ := counts(t, u)
	if p == 0 {
		t.Fatal("demo data must be waiting for the bureau")
	}
	if !strings.HasPrefix(u.StatusSync.Text, "待上传 ") || !strings.Contains(u.StatusSync.Text, "上次成功 从未") {
		t.Errorf("status bar: %q", u.StatusSync.Text)
	}
	if !strings.Contains(u.Sync.State.Text, "尚未配置") || !strings.Contains(u.Sync.Pending.Text, "待上传") {
		t.Errorf("screen: %q / %q", u.Sync.State.Text, u.Sync.Pending.Text)
	}
}

func TestSyncConfigFormRefusesPlainHTTPToANetworkHost(t *testing.T) {
	t.Setenv("TRAININGDESK_NO_KEYRING", "1")
	u := newDemoUI(t)
	configure(t, u, "http://px.rsj.example.gov.cn")
	if !strings.Contains(u.Sync.ConfigStatus.Text, "https://") {
		t.Fatalf("form message: %q", u.Sync.ConfigStatus.Text)
	}
}

func TestSavingCredentialsStartsSyncAndEverythingArrives(t *testing.T) {
	srv, url := guiBureau(t, bureau.Options{FailRate: 0.2})
	u := newDemoUI(t)
	u.Start()
	configure(t, u, url)
	eventually(t, "the outbox is empty and the run over", func() bool {
		p, _ := counts(t, u)
		return p == 0 && u.Sync.logLen() > 0 && !u.Sync.busyNow()
	})
	u.Stop() // widgets are read below; the loop must not write them meanwhile
	u.Sync.Refresh()
	u.refreshStatus()
	if !strings.Contains(u.Sync.Pending.Text, "：0") || strings.Contains(u.StatusSync.Text, "从未") || len(u.Sync.shownLog) == 0 {
		t.Errorf("screen after the sync: %q, status %q, %d batches listed", u.Sync.Pending.Text, u.StatusSync.Text, len(u.Sync.shownLog))
	}
	if !strings.Contains(u.Sync.LastSuccess.Text, time.Now().Format("2006-01-02")) {
		t.Errorf("last success: %q", u.Sync.LastSuccess.Text)
	}
	st, err := srv.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if st.Records["trainee"] != 60+demo.PastTrainees {
		t.Errorf("bureau holds %d trainees, want the demo's %d", st.Records["trainee"], 60+demo.PastTrainees)
	}
}

func TestRefusedTraineeJumpsToRosterAndIsSentAgainOnceFixed(t *testing.T) {
	u := newDemoUI(t)
	classes, _ := u.Store.Classes()
	var victim training.Trainee
	names := map[string]int{}
	var first []training.Trainee
	for _, c := range classes {
		trs, _ := u.Store.Trainees(c.ID)
		for _, tr := range trs {
			names[tr.Person.Name]++
		}
		if c.Code == "DEMO-2026-01" {
			first = trs
		}
	}
	for _, tr := range first {
		if names[tr.Person.Name] == 1 {
			victim = tr
			break
		}
	}
	_, url := guiBureau(t, bureau.Options{RejectNames: []string{victim.Person.Name}})
	u.Start()
	configure(t, u, url)
	eventually(t, "the trainee is refused and the rest delivered", func() bool {
		c, _ := u.Store.Counts()
		return c.Quarantined == 1 && len(u.Sync.FixButtons) == 1 && !u.Sync.busyNow()
	})
	if !strings.Contains(u.Sync.shownItems, "学员 "+victim.Person.Name+"（DEMO-2026-01）") {
		t.Fatalf("refused list: %q", u.Sync.shownItems)
	}
	test.Tap(u.Sync.FixButtons[0])
	if u.Tabs.SelectedIndex() != 1 || u.SelectedClass() != victim.ClassID {
		t.Fatalf("fix opened place %d on class %q, want the roster (1) of %q", u.Tabs.SelectedIndex(), u.SelectedClass(), victim.ClassID)
	}
	// The clerk corrects the name on the roster screen (same store call).
	victim.Person.Name += "某"
	if _, _, err := u.Store.UpdateTrainee(victim); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the fixed trainee and its records are delivered", func() bool {
		p, q := counts(t, u)
		return p == 0 && q == 0
	})
}

func TestQuittingMidSyncLeavesNothingHalfDone(t *testing.T) {
	srv, url := guiBureau(t, bureau.Options{Latency: 30 * time.Millisecond})
	u := newDemoUI(t)
	configure(t, u, url)
	eventually(t, "a batch is in flight", func() bool { return u.Sync.busyNow() })
	done := make(chan struct{})
	go func() { u.Stop(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		t.Fatal("Stop did not return")
	}
	u.Sync.Start()
	u.Sync.SyncNow()
	eventually(t, "the restarted loop drains the outbox", func() bool { p, _ := counts(t, u); return p == 0 })
	st, _ := srv.Stats()
	if st.Records["trainee"] != 60+demo.PastTrainees || st.Records["class"] != 6 {
		t.Errorf("bureau after a quit mid-sync: %v", st.Records)
	}
}

func (s *SyncScreen) busyNow() bool { s.mu.Lock(); defer s.mu.Unlock(); return s.busy }
func (s *SyncScreen) logLen() int   { s.mu.Lock(); defer s.mu.Unlock(); return len(s.log) }

// A batch's line ends in "…" when its message is long (a batch sent again
// after the bureau kept it unanswered); picking it shows the whole line.
func TestPickingABatchShowsItsWholeMessage(t *testing.T) {
	u := newDemoUI(t)
	s := u.Sync
	msg := "人社局 1.0 秒未回答（远慢于近来的回执），不再等待，这 500 条立即重发；已存下的会回复“重复”，不会重复记录"
	s.mu.Lock()
	s.log = []tdsync.BatchLog{{ID: "b1", At: time.Now(), Records: 500, Error: msg}}
	s.mu.Unlock()
	u.Show(tabSync)
	s.show()
	if s.LogDetail.Text != "" {
		t.Fatalf("detail %q before anything is picked", s.LogDetail.Text)
	}
	s.Log.Select(0)
	if !strings.Contains(s.LogDetail.Text, msg) {
		t.Fatalf("picked batch shows %q, want the whole message", s.LogDetail.Text)
	}
}
