// Package e2e drives the real trainingdesk binary as a school and a bureau
// would: seed data, serve the reference bureau, push, kill, restart.
//
// Unsigned or replayed requests getting 401 is proven in-process by
// sync/bureau's TestSignedRequestsOnly and is not repeated here.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"trainingdesk/identity"
	"trainingdesk/store"
)

const appKey = "desk-e2e"

// build compiles the program once (the ci tag needs no cgo).
func build(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end: builds and runs the binary")
	}
	_, here, _, _ := runtime.Caller(0)
	root := filepath.Dir(filepath.Dir(here))
	bin := filepath.Join(t.TempDir(), "td")
	cmd := exec.Command("go", "build", "-tags", "ci", "-o", bin, ".")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// desk is one school's data directory plus the binary and environment.
type desk struct {
	t      *testing.T
	bin    string
	dir    string
	secret string
	env    []string
}

func newDesk(t *testing.T, bin string) *desk {
	secret := filepath.Join(t.TempDir(), "secret")
	if err := os.WriteFile(secret, []byte("e2e-secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "TRAININGDESK_NO_KEYRING=1", "TRAININGDESK_SYNC_BACKOFF=5ms")
	return &desk{t: t, bin: bin, dir: t.TempDir(), secret: secret, env: env}
}

func (d *desk) cmd(ctx context.Context, dir string, args ...string) *exec.Cmd {
	c := exec.CommandContext(ctx, d.bin, append([]string{"--data", dir}, args...)...)
	c.Env = d.env
	return c
}

// td runs a command to its end and returns its exit code and output.
func (d *desk) td(args ...string) (int, string, string) {
	d.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c := d.cmd(ctx, d.dir, args...)
	var out, errw bytes.Buffer
	c.Stdout, c.Stderr = &out, &errw
	err := c.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		d.t.Fatalf("%v: %v", args, err)
	}
	return c.ProcessState.ExitCode(), out.String(), errw.String()
}

func (d *desk) must(args ...string) string {
	d.t.Helper()
	code, out, errw := d.td(args...)
	if code != 0 {
		d.t.Fatalf("td %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errw)
	}
	return out
}

// status is `sync status --json`.
func (d *desk) status() map[string]int {
	d.t.Helper()
	var st map[string]any
	if err := json.Unmarshal([]byte(d.must("sync", "status", "--json")), &st); err != nil {
		d.t.Fatal(err)
	}
	out := map[string]int{}
	for _, k := range []string{"pending", "sent", "failed", "quarantined"} {
		n, ok := st[k].(float64)
		if !ok {
			d.t.Fatalf("sync status --json lacks %q: %v", k, st)
		}
		out[k] = int(n)
	}
	return out
}

// bureauProc is a running `td bureau serve`.
type bureauProc struct {
	cmd  *exec.Cmd
	dir  string
	url  string
	done chan error
}

func (d *desk) serveBureau(dir string, extra ...string) *bureauProc {
	d.t.Helper()
	args := append([]string{"bureau", "serve", "--addr", "127.0.0.1:0", "--app-key", appKey, "--app-secret-file", d.secret}, extra...)
	c := d.cmd(context.Background(), dir, args...)
	logf, err := os.Create(filepath.Join(d.t.TempDir(), "bureau.log"))
	if err != nil {
		d.t.Fatal(err)
	}
	c.Stderr = logf
	stdout, err := c.StdoutPipe()
	if err != nil {
		d.t.Fatal(err)
	}
	if err := c.Start(); err != nil {
		d.t.Fatal(err)
	}
	b := &bureauProc{cmd: c, dir: dir, done: make(chan error, 1)}
	sc := bufio.NewScanner(stdout)
	if !sc.Scan() {
		d.t.Fatalf("bureau serve printed no address")
	}
	b.url = strings.TrimSpace(sc.Text())
	go func() {
		for sc.Scan() {
		}
		b.done <- c.Wait()
		logf.Close()
	}()
	d.t.Cleanup(func() { _ = c.Process.Kill() })
	return b
}

// stop ends the bureau as Ctrl+C would.
func (b *bureauProc) stop(t *testing.T) {
	t.Helper()
	if err := b.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-b.done:
		if err != nil {
			t.Fatalf("bureau serve after SIGINT: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("bureau serve did not stop on SIGINT")
	}
}

// stats is `bureau stats --json` of a stopped bureau.
func (d *desk) stats(b *bureauProc) (records map[string]int, deliveries, duplicates int) {
	d.t.Helper()
	code, out, errw := d.tdIn(b.dir, "bureau", "stats", "--json")
	if code != 0 {
		d.t.Fatalf("bureau stats: %s", errw)
	}
	var st struct {
		Records    map[string]int `json:"records"`
		Deliveries int            `json:"deliveries"`
		Duplicates int            `json:"duplicate_deliveries"`
	}
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		d.t.Fatal(err, out)
	}
	return st.Records, st.Deliveries, st.Duplicates
}

func (d *desk) tdIn(dir string, args ...string) (int, string, string) {
	saved := d.dir
	defer func() { d.dir = saved }()
	d.dir = dir
	return d.td(args...)
}

// local counts the school's records per bureau kind straight from the store
// (no td process is running then).
func (d *desk) local() map[string]int {
	d.t.Helper()
	s := d.open()
	defer s.Close()
	n := map[string]int{}
	classes, err := s.Classes()
	if err != nil {
		d.t.Fatal(err)
	}
	for _, c := range classes {
		trs, err1 := s.Trainees(c.ID)
		ls, err2 := s.Lessons(c.ID)
		ms, err3 := s.Marks(c.ID)
		rs, err4 := s.Results(c.ID)
		cs, err5 := s.Certificates(c.ID)
		fu, err6 := s.ClassFollowUps(c.ID)
		if err := errors.Join(err1, err2, err3, err4, err5, err6); err != nil {
			d.t.Fatal(err)
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

func (d *desk) open() *store.Store {
	d.t.Helper()
	s, err := store.Open(d.dir, store.Options{Who: "e2e"})
	if err != nil {
		d.t.Fatal(err)
	}
	return s
}

// rosterCSV writes n people the demo does not have, as a school's roster export.
func rosterCSV(t *testing.T, n int) string {
	t.Helper()
	surnames, given := []rune("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨"), []rune("一二三四五六七八九十春夏秋冬梅兰竹菊")
	var b strings.Builder
	b.WriteString("姓名,证件号码\n")
	for i := range n {
		id, err := identity.Complete(fmt.Sprintf("110105%s%03d", time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/900).Format("20060102"), i%900))
		if err != nil {
			t.Fatal(err)
		}
		name := string(surnames[i%len(surnames)]) + string(given[i/len(surnames)%len(given)]) + string(given[i/(len(surnames)*len(given))%len(given)])
		fmt.Fprintf(&b, "%s,%s\n", name, id)
	}
	path := filepath.Join(t.TempDir(), "roster.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func sameCounts(t *testing.T, bureau, local map[string]int) {
	t.Helper()
	for k, n := range local {
		if bureau[k] != n {
			t.Errorf("bureau holds %d %s records, the school %d", bureau[k], k, n)
		}
	}
}

// TestKilledSyncStillDeliversEveryRecordExactlyOnce is the issue's "done
// when": a flaky bureau, a sync killed mid-run again and again, and in the
// end every record is at the bureau exactly once.
func TestKilledSyncStillDeliversEveryRecordExactlyOnce(t *testing.T) {
	d := newDesk(t, build(t))
	d.must("demo", "--trainees", "60")
	d.must("import", "trainees", "--class", "DEMO-2026-03", rosterCSV(t, 400))
	if code, _, errw := d.td("certificates", "issue", "--class", "DEMO-2026-01"); code != 0 {
		t.Logf("no certificates in this run: %s", errw)
	}
	want := d.local()
	total := 0
	for _, n := range want {
		total += n
	}
	t.Logf("school records: %v (%d)", want, total)

	// 500 ms a batch and kills within 500 ms of a start: each killed run can
	// settle at most one batch of 200, so three kills always land mid-sync.
	// Some stored batches go unanswered for 3 s; the client gives up after 1 s
	// (a real timeout after the bureau stored the records: the hard case).
	b := d.serveBureau(t.TempDir(), "--fail-rate", "0.2", "--latency", "500ms", "--hang", "3s")
	d.must("sync", "config", "--endpoint", b.url, "--app-key", appKey, "--app-secret-file", d.secret, "--timeout", "1s")

	// Kill `sync run` (SIGKILL: no chance to tidy up) a short random while
	// after it starts, until it has been cut off mid-sync three times.
	midSync := 0
	for i := 0; midSync < 3 && i < 10; i++ {
		c := d.cmd(context.Background(), d.dir, "sync", "run")
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(150+rand.IntN(350)) * time.Millisecond)
		_ = c.Process.Kill()
		_ = c.Wait()
		st := d.status()
		t.Logf("after kill %d: %v", i+1, st)
		if st["pending"] == 0 {
			break
		}
		midSync++
	}
	if midSync < 3 {
		t.Fatalf("only %d runs were killed mid-sync; the sync is too quick to test this", midSync)
	}
	code, out, errw := d.td("sync", "run", "--json")
	if code != 0 {
		t.Fatalf("final sync run: exit %d\n%s%s", code, out, errw)
	}
	st := d.status()
	if st["pending"] != 0 || st["quarantined"] != 0 || st["failed"] != 0 {
		t.Fatalf("sync status after the final run: %v", st)
	}
	b.stop(t)
	got, deliveries, dups := d.stats(b)
	t.Logf("bureau: %v, %d deliveries, %d duplicates", got, deliveries, dups)
	sameCounts(t, got, want)
	if deliveries < total {
		t.Errorf("%d deliveries for %d records", deliveries, total)
	}
	// The bureau's receipts came back: certificates are registered.
	s := d.open()
	defer s.Close()
	c, err := s.ClassByCode("DEMO-2026-01")
	if err != nil {
		t.Fatal(err)
	}
	certs, _ := s.Certificates(c.ID)
	for _, ct := range certs {
		if ct.Status != "registered" || ct.RegNo == "" {
			t.Errorf("certificate %s: status %s, reg no %q after delivery", ct.Number, ct.Status, ct.RegNo)
		}
	}
}

// TestRefusedTraineeIsQuarantinedAndGoesOnceFixed: the bureau refuses one
// trainee; everything else arrives; correcting the trainee sends it.
func TestRefusedTraineeIsQuarantinedAndGoesOnceFixed(t *testing.T) {
	d := newDesk(t, build(t))
	d.must("demo", "--trainees", "20")
	s := d.open()
	c, err := s.ClassByCode("DEMO-2026-02")
	if err != nil {
		t.Fatal(err)
	}
	trs, _ := s.Trainees(c.ID)
	all, _ := s.AllTrainees()
	s.Close()
	victim := trs[0]
	for _, tr := range all {
		if tr.ID != victim.ID && tr.Person.Name == victim.Person.Name {
			t.Fatalf("demo name %s is not unique", victim.Person.Name)
		}
	}

	bdir := t.TempDir()
	b := d.serveBureau(bdir, "--reject-names", victim.Person.Name)
	d.must("sync", "config", "--endpoint", b.url, "--app-key", appKey, "--app-secret-file", d.secret)
	d.must("sync", "run")
	st := d.status()
	if st["quarantined"] != 1 {
		t.Fatalf("sync status: %v, want 1 quarantined", st)
	}
	_, text, _ := d.td("sync", "status")
	if !strings.Contains(text, "学员 "+victim.Person.Name+"（DEMO-2026-02）") || !strings.Contains(text, "学员姓名") {
		t.Errorf("sync status does not name the refused trainee and field:\n%s", text)
	}
	b.stop(t)
	want := d.local()
	got, _, _ := d.stats(b)
	if got["trainee"] != want["trainee"]-1 || got["class"] != want["class"] || got["lesson"] != want["lesson"] {
		t.Fatalf("all but the refused trainee must arrive: bureau %v, school %v", got, want)
	}

	// The clerk corrects the name; the trainee and its attendance follow.
	s = d.open()
	refused := victim.Person.Name
	victim.Person.Name += "某"
	if _, _, err := s.UpdateTrainee(victim); err != nil {
		t.Fatal(err)
	}
	s.Close()
	b = d.serveBureau(bdir, "--reject-names", refused) // the same bureau and rule
	d.must("sync", "config", "--endpoint", b.url, "--app-key", appKey, "--app-secret-file", d.secret)
	d.must("sync", "run")
	if st := d.status(); st["pending"] != 0 || st["quarantined"] != 0 {
		t.Fatalf("after the fix: %v", st)
	}
	b.stop(t)
	got, _, _ = d.stats(b)
	sameCounts(t, got, want)
}
