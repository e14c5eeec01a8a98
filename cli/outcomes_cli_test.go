package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWithdrawAndRecordAFollowUpFromTheCommandLine(t *testing.T) {
	dir := classWithRoster(t) // C1 2026-03-01 … 2026-03-20: 张三丰, 李四
	code, out, e := run(t, dir, "trainees", "withdraw", "--class", "C1", "--id", validID(t, 2), "--date", "2026-03-05", "--reason", "外出务工")
	if code != 0 || !strings.Contains(out, "已退学") || strings.Contains(out, validID(t, 2)) {
		t.Fatalf("withdraw: %d %q %q", code, out, e)
	}
	if code, _, e := run(t, dir, "trainees", "withdraw", "--class", "C1", "--id", validID(t, 2), "--date", "2026-03-05", "--reason", "x"); code != 1 || !strings.Contains(e, "已于") {
		t.Fatalf("withdrawn twice: %d %q", code, e)
	}
	scan := filepath.Join(t.TempDir(), "合同.jpg")
	if err := os.WriteFile(scan, []byte("fake scan"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, e = run(t, dir, "followup", "record", "--class", "C1", "--id", validID(t, 1), "--date", "2026-06-20", "--status", "employed",
		"--employer", "榕城电器", "--employer-uscc", "91350100M000100Y43", "--start", "2026-04-01", "--wage", "4800",
		"--evidence", "contract:HT-2026-7", "--evidence", "social_insurance", "--scan", scan)
	if code != 0 || !strings.Contains(out, "已记录就业跟踪") || !strings.Contains(out, "就业") {
		t.Fatalf("followup record: %d %q %q", code, out, e)
	}
	code, _, e = run(t, dir, "followup", "record", "--class", "C1", "--id", validID(t, 1), "--date", "2026-06-20", "--status", "self_employed")
	if code != 1 || !strings.Contains(e, "企业") {
		t.Fatalf("a business without its name: %d %q", code, e)
	}
	code, _, e = run(t, dir, "followup", "record", "--class", "C1", "--id", validID(t, 1), "--date", "2026-06-20", "--status", "hired")
	if code != 1 || !strings.Contains(e, "跟踪状态") {
		t.Fatalf("unknown status: %d %q", code, e)
	}
	code, _, e = run(t, dir, "followup", "record", "--class", "C1", "--id", validID(t, 2), "--date", "2026-06-20", "--status", "unemployed")
	if code != 1 || !strings.Contains(e, "已退学") {
		t.Fatalf("a withdrawn trainee is not followed up: %d %q", code, e)
	}
	if _, out, _ := run(t, dir, "help"); !strings.Contains(out, "followup record") || !strings.Contains(out, "trainees withdraw") {
		t.Fatalf("help does not list the new commands: %q", out)
	}
}
