package codes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

func date(s string) time.Time {
	t, err := time.Parse(training.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestDefaultCategories(t *testing.T) {
	c := DefaultCategories()
	names := []string{}
	for _, x := range c.List(date("2025-06-01")) {
		names = append(names, x.Name)
	}
	for _, want := range []string{"城乡未继续升学的应届初高中毕业生", "高校毕业生", "登记失业人员", "农村转移就业劳动者", "脱贫人口", "退役军人", "残疾人", "企业职工", "其他"} {
		if !strings.Contains(strings.Join(names, ","), want) {
			t.Errorf("default list lacks %s: %v", want, names)
		}
	}
	g, ok := c.Find("高校毕业生")
	if !ok || g.GraduationYears != 2 || !strings.Contains(g.Rule(), "离校 2 年内") {
		t.Errorf("高校毕业生 rule not exposed: %+v %q", g, g.Rule())
	}
}

func writeFile(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "省人员类别.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

const province = `[
  {"code": "A1", "name": "就业困难人员", "min_age": 16, "max_age": 60},
  {"code": "A2", "name": "失地农民", "valid_from": "2025-01-01", "valid_to": "2025-12-31"},
  {"code": "A3", "name": "高校毕业生", "graduation_years": 1, "note": "本省放宽"}
]`

func TestSettingsFileOverridesDefaults(t *testing.T) {
	c, err := LoadCategories(writeFile(t, "\uFEFF"+province))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Find("退役军人"); ok {
		t.Error("the province's list should replace the default one")
	}
	if g, _ := c.Find("高校毕业生"); g.GraduationYears != 1 || g.Note != "本省放宽" {
		t.Errorf("province entry not used: %+v", g)
	}
	if c.Source() != "省人员类别.json" {
		t.Errorf("Source = %q", c.Source())
	}
	tests := []struct {
		on   string
		want int
	}{{"2024-12-31", 2}, {"2025-01-01", 3}, {"2025-12-31", 3}, {"2026-01-01", 2}}
	for _, tt := range tests {
		if got := len(c.List(date(tt.on))); got != tt.want {
			t.Errorf("List(%s) has %d categories, want %d", tt.on, got, tt.want)
		}
	}
}

func TestCategoryCheck(t *testing.T) {
	c, err := LoadCategories(writeFile(t, province))
	if err != nil {
		t.Fatal(err)
	}
	on := date("2025-06-01")
	tests := []struct {
		name, birth string
		on          time.Time
		wantMsg     string // "" = allowed
	}{
		{"就业困难人员", "2009-06-01", on, ""},                     // 16 today
		{"就业困难人员", "2009-06-02", on, "要求年满 16 周岁，该学员 15 周岁"}, // a day short
		{"就业困难人员", "1964-06-02", on, ""},                     // still 60
		{"就业困难人员", "1964-06-01", on, "要求不超过 60 周岁，该学员 61 周岁"},
		{"A1", "1990-01-01", on, ""}, // by code
		{"就业困难人员", "", on, "缺少出生日期"},
		{"失地农民", "", on, ""}, // no age rule
		{"失地农民", "", date("2026-01-01"), "已于 2025-12-31 停用"},
		{"失地农民", "", date("2024-12-31"), "自 2025-01-01 起才可使用"},
		{"退役军人", "", on, "不在人员类别表（省人员类别.json）中"},
	}
	for _, tt := range tests {
		var birth time.Time
		if tt.birth != "" {
			birth = date(tt.birth)
		}
		err := c.Check(tt.name, birth, tt.on)
		if tt.wantMsg == "" {
			if err != nil {
				t.Errorf("Check(%s, %s): %v, want allowed", tt.name, tt.birth, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.wantMsg) || !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != training.FieldCategory {
			t.Errorf("Check(%s, %s) = %v, want 人员类别 error containing %q", tt.name, tt.birth, err, tt.wantMsg)
		}
	}
}

func TestBadSettingsFile(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // all must appear in the message
	}{
		{"syntax", "[\n {\"name\": \"甲\"},\n {\"name\": \"乙\" \"code\": 1}\n]", []string{"省人员类别.json", "第 3 行"}},
		{"not a list", `{"name": "甲"}`, []string{"列表"}},
		{"empty", `[]`, []string{"空列表"}},
		{"wrong type", `[{"name": "甲"}, {"name": "乙", "max_age": "六十"}]`, []string{"第 2 项（乙）", "max_age", "整数"}},
		{"typo in a key", `[{"name": "甲", "maxage": 60}]`, []string{"第 1 项（甲）", "未知字段", "maxage"}},
		{"bad date", `[{"name": "甲", "valid_to": "2025/12/31"}]`, []string{"第 1 项（甲）", "valid_to", "YYYY-MM-DD"}},
		{"no name", `[{"code": "X"}]`, []string{"第 1 项", "缺少名称"}},
		{"min over max", `[{"name": "甲", "min_age": 60, "max_age": 16}]`, []string{"min_age 60 大于 max_age 16"}},
		{"duplicate", `[{"name": "甲"}, {"name": "甲"}]`, []string{"第 2 项（甲）", "与第 1 项重复"}},
	}
	for _, tt := range tests {
		_, err := LoadCategories(writeFile(t, tt.body))
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %q lacks %q", tt.name, err, w)
			}
		}
	}
	if _, err := LoadCategories(filepath.Join(t.TempDir(), "无此文件.json")); err == nil || !strings.Contains(err.Error(), "无此文件.json") {
		t.Errorf("missing file: %v", err)
	}
}

func TestAge(t *testing.T) {
	tests := []struct {
		birth, on string
		want      int
	}{
		{"2000-02-29", "2016-02-28", 15},
		{"2000-02-29", "2016-02-29", 16},
		{"2000-02-29", "2017-03-01", 17},
		{"1990-12-31", "2025-12-30", 34},
	}
	for _, tt := range tests {
		if got := Age(date(tt.birth), date(tt.on)); got != tt.want {
			t.Errorf("Age(%s, %s) = %d, want %d", tt.birth, tt.on, got, tt.want)
		}
	}
}
