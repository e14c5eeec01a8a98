package subsidy

import (
	"os"
	"path/filepath"
	"testing"

	"trainingdesk/codes"
	"trainingdesk/errs"
)

func TestShippedRulesSubsidiseEveryDefaultCategory(t *testing.T) {
	r := DefaultRules()
	if r.Mode != ModeSplit || r.Split.CompletionPercent != 60 || r.EmploymentMonths != 0 || !r.NeedsCertificate() || !r.OnePerYear() {
		t.Fatalf("defaults %+v", r)
	}
	// The window and 灵活就业 follow 设置's follow-up rules unless the file says otherwise.
	if f := r.WithFollowUp(3, false); f.EmploymentMonths != 3 || f.FlexibleIsEmployed() || r.EmploymentMonths != 0 {
		t.Errorf("with follow-up: %+v", f)
	}
	six, yes := 6, true
	own := &Rules{EmploymentMonths: six, FlexibleCounts: &yes}
	if f := own.WithFollowUp(3, false); f.EmploymentMonths != 6 || !f.FlexibleIsEmployed() {
		t.Errorf("the file's own values: %+v", f)
	}
	for _, c := range codes.DefaultCategories().All() {
		if !r.Subsidised(c.Name) {
			t.Errorf("%s is not subsidised by default", c.Name)
		}
	}
	if docs := r.DocumentsFor(StageCompletion, "创业培训"); !contains(docs, "营业执照复印件") || contains(docs, "劳动合同、社保缴费或灵活就业证明") {
		t.Errorf("创业培训 documents %q", docs)
	}
	if docs := r.DocumentsFor(StageEmployment, "就业技能培训"); contains(docs, "营业执照复印件") || !contains(docs, "劳动合同、社保缴费或灵活就业证明") {
		t.Errorf("employment documents %q", docs)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestLoadRulesRefusesBadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	base := `"categories":["登记失业人员"],"employment_months":6`
	good := write("good.json", `{`+base+`,"mode":"tiered","tiered":{"tiers":[{"min_rate":0,"employed_percent":100},{"min_rate":40,"unemployed_percent":100,"employed_percent":130,"employed_skill_percent":150}]}}`)
	r, err := LoadRules(good)
	if err != nil || r.Mode != ModeTiered || r.Source() != "good.json" {
		t.Fatalf("%v %+v", err, r)
	}
	for name, body := range map[string]string{
		"syntax":   `{`,
		"unknown":  `{` + base + `,"mode":"split","bonus":1}`,
		"mode":     `{` + base + `,"mode":"lump"}`,
		"percent":  `{` + base + `,"mode":"split","split":{"completion_percent":160}}`,
		"tiers":    `{` + base + `,"mode":"tiered","tiered":{"tiers":[{"min_rate":30}]}}`,
		"order":    `{` + base + `,"mode":"tiered","tiered":{"tiers":[{"min_rate":0},{"min_rate":50},{"min_rate":30}]}}`,
		"months":   `{"categories":["x"],"employment_months":37,"mode":"split"}`,
		"category": `{"categories":[],"employment_months":6,"mode":"split"}`,
		"document": `{` + base + `,"mode":"split","documents":[{"name":"a","stage":"later"}]}`,
		"standard": `{` + base + `,"mode":"split","standards":[{"occupation":"电工","yuan":"12.345"}]}`,
	} {
		if _, err := LoadRules(write(name+".json", body)); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != FieldRulesFile {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := LoadRules(filepath.Join(dir, "missing.json")); errs.FieldOf(err) != FieldRulesFile {
		t.Errorf("missing: %v", err)
	}
}

func TestRegionalStandardsByOccupationAndLevel(t *testing.T) {
	r := DefaultRules()
	r.Standards = []Standard{{Occupation: "电工", Yuan: "1000"}, {OccupationCode: "6-31-01-03", Level: 4, Yuan: "1500.50"}, {Occupation: "电工", Level: 5, Yuan: "1200"}}
	for _, c := range []struct {
		code, name string
		level      int
		want       Fen
		ok         bool
	}{{"", "电工", 5, 120000, true}, {"", "电工", 3, 100000, true}, {"6-31-01-03", "电工", 4, 150050, true}, {"", "焊工", 5, 0, false}} {
		if got, ok := r.StandardFor(c.code, c.name, c.level); got != c.want || ok != c.ok {
			t.Errorf("%s %s %d: %d %v, want %d %v", c.code, c.name, c.level, got, ok, c.want, c.ok)
		}
	}
}
