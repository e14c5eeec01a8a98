package cli

import (
	"encoding/json"
	"errors"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	stdsync "sync"
	"testing"

	"trainingdesk/store"
	"trainingdesk/sync/bureau"
)

const cliAppKey = "desk-cli"

// syncEnv keeps secrets in files and retries quick, as the tests' desk would.
func syncEnv(t *testing.T) string {
	t.Helper()
	t.Setenv("TRAININGDESK_NO_KEYRING", "1")
	t.Setenv("TRAININGDESK_SYNC_BACKOFF", "1ms,5ms")
	secret := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(secret, []byte("cli-secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return secret
}

// startBureau runs a reference bureau in-process on loopback; stop closes
// it so that `bureau stats` can read its directory.
func startBureau(t *testing.T, secret string, o bureau.Options) (url, dir string, stop func()) {
	t.Helper()
	o.DataDir = t.TempDir()
	return startBureauWith(t, secret, o)
}

// startBureauAt starts a bureau again on a directory it used before.
func startBureauAt(t *testing.T, secret, dir string) (url, sameDir string, stop func()) {
	t.Helper()
	return startBureauWith(t, secret, bureau.Options{DataDir: dir})
}

func startBureauWith(t *testing.T, secret string, o bureau.Options) (url, dir string, stop func()) {
	t.Helper()
	o.AppKey, o.Secret = cliAppKey, []byte(secret)
	srv, err := bureau.New(o)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	var once stdsync.Once
	stop = func() { once.Do(func() { ts.Close(); srv.Close() }) }
	t.Cleanup(stop)
	return ts.URL, o.DataDir, stop
}

// localCounts counts the desk's records per bureau kind.
func localCounts(t *testing.T, dir string) map[string]int {
	t.Helper()
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n := map[string]int{}
	classes, err := s.Classes()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range classes {
		trs, err1 := s.Trainees(c.ID)
		ls, err2 := s.Lessons(c.ID)
		ms, err3 := s.Marks(c.ID)
		rs, err4 := s.Results(c.ID)
		cs, err5 := s.Certificates(c.ID)
		fu, err6 := s.ClassFollowUps(c.ID)
		if err := errors.Join(err1, err2, err3, err4, err5, err6); err != nil {
			t.Fatal(err)
		}
		n["class"]++
		n["trainee"] += len(trs)
		n["lesson"] += len(ls)
		n["attendance"] += len(ms)
		n["result"] += len(rs)
		n["certificate"] += len(cs)
		for _, es := range fu {
			n["followup"] += len(es)
		}
	}
	return n
}

func demoDir(t *testing.T, trainees string) string {
	t.Helper()
	dir := t.TempDir()
	if code, _, e := run(t, dir, "demo", "--trainees", trainees); code != 0 {
		t.Fatalf("demo: %s", e)
	}
	return dir
}

// realDir is demoDir as if the clerk had entered it: not marked demo, so
// it may go to a real bureau.
func realDir(t *testing.T, trainees string) string {
	t.Helper()
	dir := demoDir(t, trainees)
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, _ := s.Settings()
	st.Demo = false
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	return dir
}

func statusOf(t *testing.T, dir string) map[string]any {
	t.Helper()
	code, out, e := run(t, dir, "sync", "status", "--json")
	if code != 0 {
		t.Fatalf("sync status: %s", e)
	}
	var st map[string]any
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("sync status --json: %v\n%s", err, out)
	}
	return st
}

func TestSyncConfigChecksEndpointAndInstitution(t *testing.T) {
	secret := syncEnv(t)
	cases := []struct {
		name     string
		dir      string
		endpoint string
		code     int
		say      string
	}{
		{"plain http to a network host", demoDir(t, "4"), "http://px.rsj.example.gov.cn", 1, "https://"},
		{"no institution yet", t.TempDir(), "https://px.rsj.example.gov.cn", 1, "机构信息"},
		{"loopback http", demoDir(t, "4"), "http://127.0.0.1:8787", 0, "已保存上传配置"},
		{"https", realDir(t, "4"), "https://px.rsj.example.gov.cn/gateway", 0, "已保存上传配置"},
		{"demo data to a real bureau", demoDir(t, "4"), "https://px.rsj.example.gov.cn/gateway", 1, "演示数据"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, e := run(t, c.dir, "sync", "config", "--endpoint", c.endpoint, "--app-key", cliAppKey, "--app-secret-file", secret)
			if code != c.code || !strings.Contains(out+e, c.say) {
				t.Fatalf("exit %d (want %d), output %q %q, want it to mention %q", code, c.code, out, e, c.say)
			}
			if c.code == 0 {
				if b, err := os.ReadFile(filepath.Join(c.dir, "sync.json")); err != nil || strings.Contains(string(b), "cli-secret") {
					t.Fatalf("sync.json must exist without the secret: %v %s", err, b)
				}
			}
		})
	}
}

func TestSyncRunDeliversEverythingAndStatusIsZero(t *testing.T) {
	secret := syncEnv(t)
	url, bdir, stop := startBureau(t, "cli-secret", bureau.Options{FailRate: 0.2})
	dir := demoDir(t, "12")
	if st := statusOf(t, dir); st["pending"].(float64) == 0 || st["last_success"] != nil {
		t.Fatalf("a fresh demo must have records waiting and no last success: %v", st)
	}
	if code, _, e := run(t, dir, "sync", "config", "--endpoint", url, "--app-key", cliAppKey, "--app-secret-file", secret); code != 0 {
		t.Fatal(e)
	}
	code, out, e := run(t, dir, "sync", "run", "--json")
	if code != 0 {
		t.Fatalf("sync run: exit %d %s %s", code, out, e)
	}
	var res struct {
		Sent       int            `json:"sent"`
		Duplicates int            `json:"duplicates"` // stored before, answer lost (a fault): delivered too
		Outbox     map[string]int `json:"outbox"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err, out)
	}
	if res.Outbox["pending"] != 0 || res.Outbox["quarantined"] != 0 || res.Sent+res.Duplicates == 0 {
		t.Fatalf("after sync run: %s", out)
	}
	st := statusOf(t, dir)
	for _, k := range []string{"pending", "failed", "quarantined"} {
		if st[k].(float64) != 0 {
			t.Errorf("status %s = %v, want 0", k, st[k])
		}
	}
	if st["sent"].(float64) < float64(res.Sent+res.Duplicates) || st["last_success"] == nil {
		t.Errorf("status after a run: %v", st)
	}
	// The bureau must hold what the desk has: nothing twice, nothing lost.
	stop()
	code, out, e = run(t, bdir, "bureau", "stats", "--json")
	if code != 0 {
		t.Fatal(e)
	}
	var stats struct {
		Records map[string]int `json:"records"`
	}
	if err := json.Unmarshal([]byte(out), &stats); err != nil {
		t.Fatal(err, out)
	}
	want := localCounts(t, dir)
	if want["attendance"] == 0 || want["result"] == 0 || want["followup"] == 0 {
		t.Fatalf("the demo should have marks, results and follow-ups: %v", want)
	}
	for k, n := range want {
		if stats.Records[k] != n {
			t.Errorf("bureau holds %d %s records, the desk %d", stats.Records[k], k, n)
		}
	}
}

func TestSyncRunFailsInChineseWhenBureauRefusesOrIsDown(t *testing.T) {
	secret := syncEnv(t)
	wrongKey, _, _ := startBureau(t, "another-secret", bureau.Options{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	down := "http://" + ln.Addr().String()
	ln.Close() // nothing listens there now
	cases := []struct {
		name, endpoint, say string
	}{
		{"wrong secret", wrongKey, "签名"},
		{"bureau down", down, "无法连接"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := demoDir(t, "4")
			if code, _, e := run(t, dir, "sync", "config", "--endpoint", c.endpoint, "--app-key", cliAppKey, "--app-secret-file", secret); code != 0 {
				t.Fatal(e)
			}
			code, _, e := run(t, dir, "sync", "run")
			if code != 1 || !strings.Contains(e, c.say) {
				t.Fatalf("exit %d, stderr %q; want 1 and a message about %q", code, e, c.say)
			}
			if st := statusOf(t, dir); st["pending"].(float64) == 0 || st["quarantined"].(float64) != 0 {
				t.Fatalf("records must stay queued, none quarantined: %v", st)
			}
		})
	}
}

func TestSyncRunBeforeConfigSaysHow(t *testing.T) {
	syncEnv(t)
	code, _, e := run(t, demoDir(t, "4"), "sync", "run")
	if code != 1 || !strings.Contains(e, "sync config") {
		t.Fatalf("exit %d, %q", code, e)
	}
}

func TestBureauRefusesASchoolDataDirectory(t *testing.T) {
	secret := syncEnv(t)
	dir := demoDir(t, "4")
	for _, args := range [][]string{
		{"bureau", "serve", "--addr", "127.0.0.1:0", "--app-key", cliAppKey, "--app-secret-file", secret},
		{"bureau", "stats", "--json"},
	} {
		code, _, e := run(t, dir, args...)
		if code != 1 || !strings.Contains(e, "培训数据目录") {
			t.Errorf("%v: exit %d %q", args, code, e)
		}
	}
}
