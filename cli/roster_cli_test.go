package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"trainingdesk/identity"
	"trainingdesk/training"
)

// validID makes a valid 公民身份号码 for a test person (born 1990, Beijing).
func validID(t *testing.T, seq int) string {
	t.Helper()
	id, err := identity.Complete(fmt.Sprintf("11010519900101%03d", seq))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// run calls the command line as a script would and returns exit code and output.
func run(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := Run(append([]string{"--data", dir}, args...), &out, &errw)
	return code, out.String(), errw.String()
}

// classWithRoster files class C1 and enrols two people (张三丰, 李四).
func classWithRoster(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if code, _, e := run(t, dir, "classes", "add", "--code", "C1", "--name", "电工班", "--occupation", "电工", "--level", "5",
		"--type", "就业技能培训", "--start", "2026-03-01", "--end", "2026-03-20", "--hours", "40"); code != 0 {
		t.Fatalf("classes add: %s", e)
	}
	for i, name := range []string{"张三丰", "李四"} {
		if code, _, e := run(t, dir, "trainees", "add", "--class", "C1", "--name", name, "--id", validID(t, i+1), "--phone", "13812345678"); code != 0 {
			t.Fatalf("trainees add: %s", e)
		}
	}
	return dir
}

func writeXLSX(t *testing.T, path string, rows [][]any) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

type importJSON struct {
	Rows     int `json:"rows"`
	Imported int `json:"imported"`
	Errors   []struct {
		Row     int    `json:"row"`
		Column  string `json:"column"`
		Message string `json:"message"`
	} `json:"errors"`
	Warnings []json.RawMessage `json:"warnings"`
}

func TestImportTraineesWithBadRows(t *testing.T) {
	dir := classWithRoster(t)
	file := filepath.Join(t.TempDir(), "名单.xlsx")
	bad := validID(t, 10)
	bad = bad[:17] + map[bool]string{true: "1", false: "0"}[bad[17] == '0'] // wrong check character
	writeXLSX(t, file, [][]any{
		{"姓名", "证件号码", "联系电话"},
		{"王五", validID(t, 11), "13900000000"}, // row 2: fine
		{"赵六", bad, ""},                       // row 3: bad check character
		{"张三丰", validID(t, 1), ""},            // row 4: already in the class
		{"钱七", validID(t, 12), ""},            // row 5: fine
	})

	for _, tc := range []struct {
		name     string
		args     []string
		imported int
		roster   int
	}{
		{"dry run saves nothing", []string{"--dry-run"}, 0, 2},
		{"import saves the valid rows", nil, 2, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, _ := run(t, dir, append([]string{"import", "trainees", "--class", "C1", file, "--json"}, tc.args...)...)
			if code != 1 {
				t.Errorf("exit %d, want 1 (rows were rejected)", code)
			}
			var rep importJSON
			if err := json.Unmarshal([]byte(out), &rep); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			if rep.Rows != 4 || rep.Imported != tc.imported {
				t.Errorf("rows %d imported %d, want 4 and %d", rep.Rows, rep.Imported, tc.imported)
			}
			if len(rep.Errors) != 2 || rep.Errors[0].Row != 3 || rep.Errors[1].Row != 4 {
				t.Fatalf("errors %+v, want rows 3 and 4 in order", rep.Errors)
			}
			if rep.Errors[0].Column != training.FieldIDNumber.Label() || rep.Errors[0].Message == "" || !strings.Contains(rep.Errors[1].Message, "不能重复报名") {
				t.Errorf("errors do not say what is wrong: %+v", rep.Errors)
			}
			_, list, _ := run(t, dir, "trainees", "list", "--class", "C1", "--json")
			var roster []map[string]string
			if err := json.Unmarshal([]byte(list), &roster); err != nil || len(roster) != tc.roster {
				t.Errorf("roster has %d people (%v), want %d", len(roster), err, tc.roster)
			}
		})
	}
}

func TestImportCleanFileExitsZero(t *testing.T) {
	dir := classWithRoster(t)
	file := filepath.Join(t.TempDir(), "名单.csv")
	writeCSV(t, file, "姓名,证件号码\n王五,"+validID(t, 20)+"\n")
	if code, out, e := run(t, dir, "import", "trainees", "--class", "C1", file); code != 0 || !strings.Contains(out, "已导入") {
		t.Fatalf("exit %d: %s %s", code, out, e)
	}
}

func TestTraineesSearchJSON(t *testing.T) {
	dir := classWithRoster(t)
	id := validID(t, 1)
	for _, q := range []string{"zsf", "zhangsanfeng", "张三", id[len(id)-4:]} {
		code, out, e := run(t, dir, "trainees", "search", q, "--json")
		if code != 0 {
			t.Fatalf("%s: exit %d %s", q, code, e)
		}
		var hits []map[string]string
		if err := json.Unmarshal([]byte(out), &hits); err != nil {
			t.Fatalf("%s: %v\n%s", q, err, out)
		}
		if len(hits) != 1 || hits[0]["name"] != "张三丰" || hits[0]["class"] != "C1" || hits[0]["id_masked"] != identity.Mask(id) {
			t.Errorf("%s: %v", q, hits)
		}
		if strings.Contains(out, id) {
			t.Errorf("%s: full identity number printed", q)
		}
	}
}

func TestExportRosterMasksIDsUnlessAsked(t *testing.T) {
	dir := classWithRoster(t)
	id := validID(t, 1)
	for _, tc := range []struct {
		flags []string
		want  string
	}{
		{nil, identity.Mask(id)},
		{[]string{"--full-id"}, id},
	} {
		file := filepath.Join(t.TempDir(), "花名册.xlsx")
		if code, _, e := run(t, dir, append([]string{"export", "roster", "--class", "C1", "-o", file}, tc.flags...)...); code != 0 {
			t.Fatalf("exit %d: %s", code, e)
		}
		cells := sheetText(t, file)
		if !strings.Contains(cells, tc.want) || !strings.Contains(cells, "张三丰") {
			t.Errorf("%v: roster lacks %s", tc.flags, tc.want)
		}
		if tc.flags == nil && strings.Contains(cells, id) {
			t.Errorf("masked export holds the full number")
		}
	}
}

func TestExportTemplate(t *testing.T) {
	file := filepath.Join(t.TempDir(), "模板.xlsx")
	if code, _, e := run(t, t.TempDir(), "export", "template", "-o", file); code != 0 {
		t.Fatalf("exit %d: %s", code, e)
	}
	if !strings.Contains(sheetText(t, file), "证件号码") {
		t.Error("template has no 证件号码 column")
	}
}

func writeCSV(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
}

// sheetText is every cell of the first sheet, joined, as a clerk reads it.
func sheetText(t *testing.T, path string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "|") + "\n")
	}
	return b.String()
}
