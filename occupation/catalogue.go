// Package occupation is the 职业分类大典（2022年版）catalogue a class's
// occupation is chosen from: lookup by code, search by part of the name,
// the code or pinyin (dgong → 电工), and a region's additions (occupations
// the draft lacks, local 工种 with their 课时 and 补贴标准).
package occupation

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"trainingdesk/assets"
	"trainingdesk/errs"
	"trainingdesk/training"
)

// Fields of a class that this package checks.
var (
	FieldCode = errs.NewField("occupation_code", "职业编码", "Occupation code")
	FieldName = training.FieldOccupation // a class's field, declared with it
)

// Occupation is one 细类 (or a region's addition).
type Occupation struct {
	Code    string `json:"code"`
	Name    string `json:"name"`
	Path    string `json:"path"` // 大类 / 中类 / 小类 names
	Digital bool   `json:"digital,omitempty"`
	Green   bool   `json:"green,omitempty"`
	Local   bool   `json:"local,omitempty"` // from the region's file
}

// Trade is a local 工种 under an occupation, as a region's list of
// subsidised trades gives it.
type Trade struct {
	Occupation string  `json:"occupation"` // its code
	Name       string  `json:"name"`
	Hours      float64 `json:"hours,omitempty"`       // 课时
	SubsidyFen int64   `json:"subsidy_fen,omitempty"` // 补贴标准 per trainee, in 分
}

// Catalogue is the list in force: the shipped one plus a region's file.
type Catalogue struct {
	occ    []Occupation
	byCode map[string]int
	groups map[string]string
	trades map[string][]Trade
	spell  [][]string // per occupation: pinyin syllables of its name
}

type catalogueFile struct {
	Groups      []struct{ Code, Name string } `json:"groups"`
	Occupations []Occupation                  `json:"occupations"`
}

var (
	defaultOnce sync.Once
	defaultCat  *Catalogue
)

// Default is the shipped catalogue, parsed once.
func Default() *Catalogue {
	defaultOnce.Do(func() {
		var f catalogueFile
		if err := json.Unmarshal(assets.Occupations, &f); err != nil {
			panic("assets/occupations: " + err.Error()) // shipped and tested
		}
		c := &Catalogue{byCode: map[string]int{}, groups: map[string]string{}, trades: map[string][]Trade{}}
		for _, g := range f.Groups {
			c.groups[g.Code] = g.Name
		}
		for _, o := range f.Occupations {
			c.add(o)
		}
		defaultCat = c
	})
	return defaultCat
}

func (c *Catalogue) add(o Occupation) {
	o.Path = c.path(o.Code)
	if i, ok := c.byCode[o.Code]; ok {
		c.occ[i] = o
		c.spell[i] = syllables(o.Name)
		return
	}
	c.byCode[o.Code] = len(c.occ)
	c.occ = append(c.occ, o)
	c.spell = append(c.spell, syllables(o.Name))
}

// path names the groups above a code: "6 生产制造及有关人员 / 6-31 生产辅助人员 / …".
func (c *Catalogue) path(code string) string {
	parts := strings.Split(code, "-")
	var names []string
	for i := 1; i < len(parts); i++ {
		g := strings.Join(parts[:i], "-")
		if name, ok := c.groups[g]; ok {
			names = append(names, name)
		}
	}
	return strings.Join(names, " / ")
}

// Len is the number of occupations.
func (c *Catalogue) Len() int { return len(c.occ) }

// Lookup finds an occupation by its code (full-width digits and dashes, as
// pasted from a Word document, are read too).
func (c *Catalogue) Lookup(code string) (Occupation, bool) {
	i, ok := c.byCode[NormalizeCode(code)]
	if !ok {
		return Occupation{}, false
	}
	return c.occ[i], true
}

// Trades lists the region's 工种 under an occupation.
func (c *Catalogue) Trades(code string) []Trade { return c.trades[NormalizeCode(code)] }

// NormalizeCode trims a code and turns full-width digits and dashes into
// ASCII.
func NormalizeCode(code string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '－' || r == '—' || r == '–' || r == '‐':
			return '-'
		case r == ' ' || r == '\u3000':
			return -1
		}
		return r
	}, code)
}

// regionFile is a region's additions: occupations (e.g. the three of the
// official edition the draft lacks) and local 工种 under an occupation.
type regionFile struct {
	Occupations []Occupation `json:"occupations"`
	Trades      []struct {
		Occupation  string  `json:"occupation"`
		Name        string  `json:"name"`
		Hours       float64 `json:"hours"`
		SubsidyYuan float64 `json:"subsidy_yuan"`
	} `json:"trades"`
}

// maxRegionFile bounds what is read of a region's file.
const maxRegionFile = 4 << 20

// Load is the shipped catalogue plus a region's file (设置 → 职业目录补充文件).
// Errors name the file and the entry at fault, in Chinese.
func Load(path string) (*Catalogue, error) {
	base := Default()
	if strings.TrimSpace(path) == "" {
		return base, nil
	}
	name := filepath.Base(path)
	fi, err := os.Stat(path)
	if err != nil {
		return nil, errs.E(errs.Invalid, fmt.Sprintf("无法读取职业目录补充文件 %s：%v", name, err))
	}
	if fi.Size() > maxRegionFile {
		return nil, errs.E(errs.Limit, fmt.Sprintf("职业目录补充文件 %s 超过 %d MB 上限", name, maxRegionFile>>20))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errs.E(errs.Invalid, fmt.Sprintf("无法读取职业目录补充文件 %s：%v", name, err))
	}
	var f regionFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, errs.E(errs.Invalid, fmt.Sprintf("职业目录补充文件 %s 不是有效的 JSON：%v", name, err))
	}
	c := base.clone()
	for i, o := range f.Occupations {
		o.Code, o.Name = NormalizeCode(o.Code), strings.TrimSpace(o.Name)
		if !validCode(o.Code) || o.Name == "" {
			return nil, errs.E(errs.Invalid, fmt.Sprintf("职业目录补充文件 %s 第 %d 个职业：编码须形如 6-31-01-03，名称不能为空", name, i+1))
		}
		o.Local = true
		c.add(o)
	}
	for i, t := range f.Trades {
		code := NormalizeCode(t.Occupation)
		if _, ok := c.byCode[code]; !ok || strings.TrimSpace(t.Name) == "" || t.Hours < 0 || t.SubsidyYuan < 0 || t.SubsidyYuan > 1e6 {
			return nil, errs.E(errs.Invalid, fmt.Sprintf("职业目录补充文件 %s 第 %d 个工种：须写明目录中已有的职业编码、工种名称，课时和补贴标准不能为负", name, i+1))
		}
		c.trades[code] = append(c.trades[code], Trade{Occupation: code, Name: strings.TrimSpace(t.Name), Hours: t.Hours,
			SubsidyFen: int64(t.SubsidyYuan*100 + 0.5)})
	}
	return c, nil
}

func (c *Catalogue) clone() *Catalogue {
	n := &Catalogue{occ: append([]Occupation(nil), c.occ...), spell: append([][]string(nil), c.spell...),
		byCode: make(map[string]int, len(c.byCode)), groups: c.groups, trades: map[string][]Trade{}}
	for k, v := range c.byCode {
		n.byCode[k] = v
	}
	return n
}

// validCode is the 大典's shape: 1 digit, then 2-digit parts, four in all.
func validCode(code string) bool {
	parts := strings.Split(code, "-")
	if len(parts) != 4 || len(parts[0]) != 1 {
		return false
	}
	for i, p := range parts {
		if (i > 0 && len(p) != 2) || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}
