package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"trainingdesk/identity"
)

func TestTeachersAddAndListMasked(t *testing.T) {
	dir := certDemoDir(t)
	id, _ := identity.Complete("11010519800101123")
	out := certMustRun(t, dir, "teachers", "add", "--name", "陈建国", "--id", id, "--phone", "13812345678", "--kind", "practice",
		"--qualification", "skill_level:2:电工:S2023001", "--qualification", "education:本科")
	if strings.Contains(out, id) {
		t.Fatalf("the full ID number was printed: %s", out)
	}
	if code, _, errw := certRun(t, dir, "teachers", "add", "--name", "陈建国", "--id", id); code == 0 || !strings.Contains(errw, "已在师资库") {
		t.Fatalf("a second registration must be refused: %d %s", code, errw)
	}
	scan := filepath.Join(t.TempDir(), "证书扫描.pdf")
	os.WriteFile(scan, []byte("%PDF-1.4 scan"), 0o644)
	if out := certMustRun(t, dir, "teachers", "scan", "--id", id, "--qualification", "1", scan); !strings.Contains(out, "已为 陈建国 的第 1 项资质") {
		t.Fatalf("teachers scan: %s", out)
	}
	if code, _, errw := certRun(t, dir, "teachers", "scan", "--id", id, "--qualification", "9", scan); code == 0 || !strings.Contains(errw, "没有第 9 项资质") {
		t.Fatalf("a qualification that does not exist: %d %s", code, errw)
	}
	var list []teacherJSON
	if err := json.Unmarshal([]byte(certMustRun(t, dir, "teachers", "list", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	var found *teacherJSON
	for i := range list {
		if list[i].Name == "陈建国" {
			found = &list[i]
		}
	}
	if found == nil || found.IDMasked != identity.Mask(id) || found.Phone != "138****5678" || found.Kind != "practice" ||
		len(found.Qualifications) != 2 || found.Qualifications[0].Level != 2 || found.Qualifications[1].Text != "本科" {
		t.Fatalf("teachers list --json: %+v", found)
	}
}
