package cli

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"trainingdesk/store"
	"trainingdesk/sync/bureau"
)

// bureauLastTheory reads, from a stopped bureau, the newest theory score it
// holds for the one result record.
func bureauLastTheory(t *testing.T, bdir, resultID string) float64 {
	t.Helper()
	code, out, e := run(t, bdir, "bureau", "records", "--kind", "result", "--json")
	if code != 0 {
		t.Fatalf("bureau records: %s", e)
	}
	var recs []struct {
		Kind, ID, Institution string
		Version               int
		Data                  struct {
			Attempts []struct {
				Theory float64 `json:"theory"`
			} `json:"attempts"`
		}
	}
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatal(err, out)
	}
	for _, r := range recs {
		if r.ID == resultID {
			if r.Institution == "" || len(r.Data.Attempts) == 0 {
				t.Fatalf("bureau record %+v: want its institution and attempts", r)
			}
			return r.Data.Attempts[len(r.Data.Attempts)-1].Theory
		}
	}
	t.Fatalf("the bureau holds no result %s: %s", resultID, out)
	return 0
}

// The sequence: set 50, sync, back up, set 65, sync; restore the
// backup elsewhere, set 80, sync. The bureau must end with 80, not keep 65
// because the restored desk reused version numbers.
func TestAChangeAfterRestoringAnOlderBackupReachesTheBureau(t *testing.T) {
	secret := syncEnv(t)
	url, bdir, stop := startBureau(t, "cli-secret", bureau.Options{})
	dir := demoDir(t, "4")
	config := func(d string) {
		if code, _, e := run(t, d, "sync", "config", "--endpoint", url, "--app-key", cliAppKey, "--app-secret-file", secret); code != 0 {
			t.Fatal(e)
		}
	}
	var id, resultID string
	certWithStore(t, dir, func(s *store.Store) {
		c, _ := s.ClassByCode("DEMO-2026-02")
		roster, _ := s.Trainees(c.ID)
		id, resultID = roster[0].Person.IDNumber, roster[0].ID
	})
	set := func(d, score string) {
		t.Helper()
		if code, out, e := run(t, d, "results", "set", "--class", "DEMO-2026-02", "--id", id, "--theory", score, "--practice", score); code != 0 {
			t.Fatalf("results set %s: %s %s", score, out, e)
		}
	}
	syncRun := func(d string) {
		t.Helper()
		if code, out, e := run(t, d, "sync", "run"); code != 0 {
			t.Fatalf("sync run: %s %s", out, e)
		}
	}
	config(dir)
	set(dir, "50")
	syncRun(dir)
	backup := filepath.Join(t.TempDir(), "b.tdbak")
	if code, _, e := run(t, dir, "backup", "-o", backup); code != 0 {
		t.Fatal(e)
	}
	set(dir, "65")
	syncRun(dir)

	restored := filepath.Join(t.TempDir(), "restored")
	if code, _, e := run(t, restored, "restore", backup); code != 0 {
		t.Fatal(e)
	}
	// A second live copy of the same backup, edited too, syncs last.
	copied := filepath.Join(t.TempDir(), "copied")
	if code, _, e := run(t, copied, "restore", backup); code != 0 {
		t.Fatal(e)
	}
	config(restored)
	set(restored, "80")
	syncRun(restored)
	stop()
	if got := bureauLastTheory(t, bdir, resultID); got != 80 {
		t.Fatalf("the bureau holds %v after the restored desk changed it to 80", got)
	}

	url2, bdir2, stop3 := startBureauAt(t, "cli-secret", bdir)
	url = url2
	config(copied)
	set(copied, "90")
	syncRun(copied)
	stop3()
	if got := bureauLastTheory(t, bdir2, resultID); got != 90 {
		t.Fatalf("the bureau holds %v after a second copy changed it to 90", got)
	}
}
