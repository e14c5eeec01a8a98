package occupation

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"trainingdesk/errs"
)

func TestShippedCatalogueIsCleanAndComplete(t *testing.T) {
	c := Default()
	if c.Len() != 1636 {
		t.Fatalf("the 2022 draft has 1,636 occupations, got %d", c.Len())
	}
	o, ok := c.Lookup("6-31-01-03")
	if !ok || o.Name != "电工" {
		t.Fatalf("6-31-01-03 = %+v", o)
	}
	if o.Path != "生产制造及有关人员 / 生产辅助人员 / 机械设备修理人员" {
		t.Errorf("path = %q", o.Path)
	}
	for _, occ := range c.occ {
		if strings.ContainsAny(occ.Path+occ.Name, "…0123456789.") {
			t.Fatalf("leader dots or page numbers left in %q / %q", occ.Path, occ.Name)
		}
	}
	if o, _ := c.Lookup("2-02-16-01"); o.Name != "民用航空器维修与适航工程技术人员" {
		t.Errorf("a name the extraction cut is completed: %q", o.Name)
	}
	if _, ok := c.Lookup("６－３１－０１－０３"); !ok {
		t.Error("full-width code pasted from Word not found")
	}
}

func TestSearchByNameCodeAndPinyin(t *testing.T) {
	c := Default()
	for _, tt := range []struct{ q, want string }{
		{"电工", "6-31-01-03"},
		{"dgong", "6-31-01-03"},
		{"dg", "6-31-01-03"},
		{"diangong", "6-31-01-03"},
		{"6-31-01-03", "6-31-01-03"},
		{"焊工", "6-18-02-04"},
		{"hg", "6-18-02-04"},
	} {
		got := c.Search(tt.q, 10)
		if len(got) == 0 || got[0].Code != tt.want {
			t.Errorf("Search(%q) first = %v, want %s", tt.q, got, tt.want)
		}
	}
	if got := c.Search("6-31", 500); len(got) < 5 {
		t.Errorf("a code prefix lists the group: %d", len(got))
	}
	if got := c.Search("维修", 500); len(got) < 10 {
		t.Errorf("part of a name finds many: %d", len(got))
	}
	if got := c.Search("zzzzqx", 10); len(got) != 0 {
		t.Errorf("nonsense finds nothing: %v", got)
	}
}

func TestResolveRefusesUnknownCodeAndWarnsOnFreeName(t *testing.T) {
	c := Default()
	_, _, _, err := c.Resolve("9-99-99-99", "电工")
	if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != FieldCode {
		t.Fatalf("unknown code: %v", err)
	}
	code, name, warn, err := c.Resolve(" 6-31-01-03 ", "")
	if err != nil || code != "6-31-01-03" || name != "电工" || warn != "" {
		t.Fatalf("code alone fills the name: %q %q %q %v", code, name, warn, err)
	}
	_, name, warn, err = c.Resolve("", "电工")
	if err != nil || name != "电工" || !strings.Contains(warn, "6-31-01-03") {
		t.Fatalf("a free name warns and suggests the code: %q %q %v", name, warn, err)
	}
	_, _, warn, err = c.Resolve("", "本地特色工种")
	if err != nil || warn == "" {
		t.Fatalf("a name outside the catalogue warns: %q %v", warn, err)
	}
}

func TestRegionFileAddsOccupationsAndTrades(t *testing.T) {
	path := filepath.Join(t.TempDir(), "region.json")
	os.WriteFile(path, []byte(`{"occupations":[{"code":"4-99-01-01","name":"地方新职业"}],
		"trades":[{"occupation":"6-31-01-03","name":"高压电工","hours":120,"subsidy_yuan":1500.5}]}`), 0o644)
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if o, ok := c.Lookup("4-99-01-01"); !ok || !o.Local {
		t.Fatalf("region occupation missing: %+v", o)
	}
	if got := c.Search("dfxzy", 1); len(got) != 1 || got[0].Code != "4-99-01-01" {
		t.Errorf("region occupation not searchable: %v", got)
	}
	tr := c.Trades("6-31-01-03")
	if len(tr) != 1 || tr[0].Name != "高压电工" || tr[0].Hours != 120 || tr[0].SubsidyFen != 150050 {
		t.Errorf("trades = %+v", tr)
	}
	if _, ok := Default().Lookup("4-99-01-01"); ok {
		t.Error("a region file must not change the shipped catalogue")
	}
	os.WriteFile(path, []byte(`{"trades":[{"occupation":"9-99-99-99","name":"x"}]}`), 0o644)
	if _, err := Load(path); !errs.Is(errs.Invalid, err) || !strings.Contains(err.Error(), "第 1 个工种") {
		t.Errorf("a trade under an unknown code is refused naming it: %v", err)
	}
}
