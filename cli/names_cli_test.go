package cli

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// rareNames has a character from each extension GB 18030-2022 level 3
// covers, and a minority name with the middle dot.
var rareNames = []string{
	"李㐀",       // Extension A U+3400
	"王𠮷",       // Extension B U+20BB7
	"陈𪜀明",      // Extension C U+2A700
	"张𫝀",       // Extension D U+2B740
	"赵𫠠华",      // Extension E U+2B820
	"刘𬺰",       // Extension F U+2CEB0
	"阿依古丽·买买提", // middle dot
}

func listNames(t *testing.T, dir, class string) []string {
	t.Helper()
	code, out, e := run(t, dir, "trainees", "list", "--class", class, "--json")
	if code != 0 {
		t.Fatalf("trainees list: %s", e)
	}
	var list []traineeJSON
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tr := range list {
		names = append(names, tr.Name)
	}
	return names
}

func TestRareCharacterNamesEnterByCLIAndRoundTripThroughXLSX(t *testing.T) {
	dir := classWithRoster(t)
	for i, name := range rareNames {
		if code, _, e := run(t, dir, "trainees", "add", "--class", "C1", "--name", name, "--id", validID(t, 30+i)); code != 0 {
			t.Fatalf("trainees add %s: %s", name, e)
		}
	}
	got := strings.Join(listNames(t, dir, "C1"), ",")
	for _, name := range rareNames {
		if !strings.Contains(got, name) {
			t.Errorf("%s not stored as typed: %s", name, got)
		}
	}

	// A name with a right-to-left override is refused, naming the code point.
	if code, _, e := run(t, dir, "trainees", "add", "--class", "C1", "--name", "王\u202e明", "--id", validID(t, 60)); code == 0 || !strings.Contains(e, "U+202E") {
		t.Errorf("bidi override: exit %d %q", code, e)
	}

	// Export, import the export into a fresh class, export again: the name
	// cells are the same bytes.
	first := filepath.Join(t.TempDir(), "一.xlsx")
	if code, _, e := run(t, dir, "export", "roster", "--class", "C1", "-o", first, "--full-id"); code != 0 {
		t.Fatalf("export: %s", e)
	}
	if code, _, e := run(t, dir, "classes", "add", "--code", "C2", "--name", "焊工班", "--occupation", "焊工", "--level", "5",
		"--type", "就业技能培训", "--start", "2026-05-01", "--end", "2026-05-20", "--hours", "40"); code != 0 {
		t.Fatalf("classes add: %s", e)
	}
	if code, out, e := run(t, dir, "import", "trainees", "--class", "C2", first); code != 0 {
		t.Fatalf("import of the export: %s %s", out, e)
	}
	second := filepath.Join(t.TempDir(), "二.xlsx")
	if code, _, e := run(t, dir, "export", "roster", "--class", "C2", "-o", second, "--full-id"); code != 0 {
		t.Fatalf("export: %s", e)
	}
	// Row order may differ (the roster sorts); each name must come back the same bytes.
	a, b := sheetNames(t, first), sheetNames(t, second)
	slices.Sort(a)
	slices.Sort(b)
	if strings.Join(a, ",") != strings.Join(b, ",") || len(a) != len(rareNames)+2 {
		t.Fatalf("names changed on the round trip:\n%q\n%q", a, b)
	}
	for _, name := range rareNames {
		if !strings.Contains(strings.Join(b, ","), name) {
			t.Errorf("%s lost on the round trip", name)
		}
	}
}

// sheetNames reads the 姓名 column of an exported roster.
func sheetNames(t *testing.T, path string) []string {
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
	col := -1
	var names []string
	for _, r := range rows {
		if col < 0 {
			for i, c := range r {
				if strings.Contains(c, "姓") && strings.Contains(c, "名") {
					col = i
				}
			}
			continue
		}
		if col < len(r) && r[col] != "" {
			names = append(names, r[col])
		}
	}
	return names
}

func TestRareCharacterNameIsFoundByItsOtherCharactersAndPinyin(t *testing.T) {
	dir := classWithRoster(t)
	if code, _, e := run(t, dir, "trainees", "add", "--class", "C1", "--name", "王𠮷", "--id", validID(t, 40)); code != 0 {
		t.Fatal(e)
	}
	if code, _, e := run(t, dir, "trainees", "add", "--class", "C1", "--name", "阿依古丽·买买提", "--id", validID(t, 41)); code != 0 {
		t.Fatal(e)
	}
	// 𬌗 (U+2C317, Extension E) is one go-pinyin knows (hé); 𠮷 it does not.
	if code, _, e := run(t, dir, "trainees", "add", "--class", "C1", "--name", "李𬌗", "--id", validID(t, 42)); code != 0 {
		t.Fatal(e)
	}
	for q, want := range map[string]string{"王": "王𠮷", "王𠮷": "王𠮷", "𠮷": "王𠮷", "wang": "王𠮷", "lihe": "李𬌗", "lh": "李𬌗", "𬌗": "李𬌗",
		"买买提": "阿依古丽·买买提", "阿依古丽买买提": "阿依古丽·买买提", "阿依古丽・买买提": "阿依古丽·买买提", "ayglmmt": "阿依古丽·买买提"} {
		code, out, e := run(t, dir, "trainees", "search", q, "--json")
		if code != 0 {
			t.Errorf("%s: exit %d %s", q, code, e)
			continue
		}
		if !strings.Contains(out, want) {
			t.Errorf("search %q did not find %s: %s", q, want, out)
		}
	}
}
