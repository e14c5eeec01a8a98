package codes

import (
	"encoding/json"
	"strings"
	"sync"

	"trainingdesk/assets"
)

// Entry is one row of a code table.
type Entry struct {
	Code, Name string
}

// row is an entry as stored, with the other names clerks use for it.
type row struct {
	Code    string   `json:"code"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
}

// table is a loaded code table with a lookup by every accepted spelling.
type table struct {
	rows  []row
	index map[string]int
}

// loadTable reads an embedded table once. A broken embedded file is a
// build mistake the tests catch; here it yields an empty table rather than
// a panic in front of the clerk.
func loadTable(file string, extraKeys func(row) []string) func() *table {
	return sync.OnceValue(func() *table {
		t := &table{index: map[string]int{}}
		b, err := assets.Codes.ReadFile("codes/" + file)
		if err != nil || json.Unmarshal(b, &t.rows) != nil {
			t.rows = nil
			return t
		}
		for i, r := range t.rows {
			keys := append([]string{r.Code, r.Name}, r.Aliases...)
			if extraKeys != nil {
				keys = append(keys, extraKeys(r)...)
			}
			for _, k := range keys {
				if _, taken := t.index[k]; !taken && k != "" {
					t.index[k] = i
				}
			}
		}
		return t
	})
}

func (t *table) entries() []Entry {
	out := make([]Entry, len(t.rows))
	for i, r := range t.rows {
		out[i] = Entry{Code: r.Code, Name: r.Name}
	}
	return out
}

// find looks s up after trimming; a one-digit code is read as "0d".
func (t *table) find(s string) (Entry, bool) {
	s = strings.TrimSpace(s)
	i, ok := t.index[s]
	if !ok && len(s) == 1 && s[0] >= '1' && s[0] <= '9' {
		i, ok = t.index["0"+s]
	}
	if !ok {
		return Entry{}, false
	}
	return Entry{Code: t.rows[i].Code, Name: t.rows[i].Name}, true
}

// ethnicities also answer to the name without 族 ("汉", "蒙古").
var ethnicities = loadTable("ethnicity.json", func(r row) []string {
	if short, ok := strings.CutSuffix(r.Name, "族"); ok && short != "" {
		return []string{short}
	}
	return nil
})

var (
	educations = loadTable("education.json", nil)
	sexes      = loadTable("sex.json", nil)
)

// names lists every entry's name, for a message listing accepted values.
func (t *table) names() string {
	out := make([]string, len(t.rows))
	for i, r := range t.rows {
		out[i] = r.Name
	}
	return strings.Join(out, "、")
}

// EthnicityNames is every 民族 name, for a message (简称 such as 汉 also pass).
func EthnicityNames() string { return ethnicities().names() }

// EducationNames is every 文化程度 name, for a message.
func EducationNames() string { return educations().names() }

// Ethnicities lists the 56 民族 in code order, then 其他 (97) and
// 外国血统中国籍人士 (98).
func Ethnicities() []Entry { return ethnicities().entries() }

// Ethnicity finds a 民族 by full name ("汉族"), short name ("汉") or code ("01").
func Ethnicity(name string) (Entry, bool) { return ethnicities().find(name) }

// Educations lists the common 文化程度 levels, highest first.
func Educations() []Entry { return educations().entries() }

// Education finds a 文化程度 by name, code or common short name
// (本科 → 大学本科, 大专 → 大学专科, 中专 → 中等专科, 高中 → 普通高中).
func Education(name string) (Entry, bool) { return educations().find(name) }

// Sexes lists 1 男, 2 女.
func Sexes() []Entry { return sexes().entries() }

// Sex finds 男/女 by name or code (1/2), also 男性/女性.
func Sex(name string) (Entry, bool) { return sexes().find(name) }
