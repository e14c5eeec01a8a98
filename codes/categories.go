package codes

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"trainingdesk/assets"
	"trainingdesk/errs"
	"trainingdesk/training"
)

// Category is a 人员类别 with its rules. Empty dates and zero ages mean
// no limit. GraduationYears (高校毕业生: within N years of leaving school)
// is stored and shown but not checked here: the roster has no
// graduation date.
type Category struct {
	Code            string `json:"code"`
	Name            string `json:"name"`
	ValidFrom       string `json:"valid_from,omitempty"` // YYYY-MM-DD, inclusive
	ValidTo         string `json:"valid_to,omitempty"`   // YYYY-MM-DD, inclusive
	MinAge          int    `json:"min_age,omitempty"`
	MaxAge          int    `json:"max_age,omitempty"`
	GraduationYears int    `json:"graduation_years,omitempty"`
	Note            string `json:"note,omitempty"` // a province's remark, shown to the clerk
	// Aliases are the other names clerks write for it (城镇登记失业人员 →
	// 登记失业人员); a roster, a paste or the form may use any of them.
	Aliases []string `json:"aliases,omitempty"`
}

// Categories is the 人员类别 list in force: the shipped default or a
// province's settings file.
type Categories struct {
	list   []Category
	source string // "" for the default, else the settings file's name
}

// DefaultCategories is the shipped list.
func DefaultCategories() *Categories {
	b, err := assets.Codes.ReadFile("codes/categories.json")
	if err != nil {
		return &Categories{}
	}
	c, err := parseCategories(b, "默认人员类别表")
	if err != nil {
		return &Categories{} // the shipped file is tested; never panic for it
	}
	return c
}

// LoadCategories reads a province's settings file: a JSON array of the
// same shape as assets/codes/categories.json, replacing the default list.
// Errors name the file and the entry at fault, in Chinese.
func LoadCategories(path string) (*Categories, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取人员类别设置文件 %s：%w", filepath.Base(path), err)
	}
	c, err := parseCategories(b, "人员类别设置文件 "+filepath.Base(path))
	if err != nil {
		return nil, err
	}
	c.source = filepath.Base(path)
	return c, nil
}

// Source names where the list came from, for the settings screen.
func (c *Categories) Source() string {
	if c.source == "" {
		return "默认人员类别表"
	}
	return c.source
}

// All lists every category, valid or not, in file order.
func (c *Categories) All() []Category { return append([]Category(nil), c.list...) }

// Find returns the category with that name, code or alias.
func (c *Categories) Find(name string) (Category, bool) {
	name = strings.TrimSpace(name)
	for _, x := range c.list {
		if x.Name == name || x.Code == name {
			return x, true
		}
	}
	for _, x := range c.list {
		for _, a := range x.Aliases {
			if strings.TrimSpace(a) == name {
				return x, true
			}
		}
	}
	return Category{}, false
}

// Names lists the names of the categories in force on a date, for the
// message that refuses an unknown one.
func (c *Categories) Names(on time.Time) string {
	var names []string
	for _, x := range c.List(on) {
		names = append(names, x.Name)
	}
	return strings.Join(names, "、")
}

// List is the categories that may be chosen on a date, in file order.
func (c *Categories) List(on time.Time) []Category {
	var out []Category
	for _, x := range c.list {
		if x.validityError(on) == "" {
			out = append(out, x)
		}
	}
	return out
}

// Check tells whether a person born on birth may be enrolled under the
// category on date on: it must exist, be in force, and the age rule hold.
// The error names the field 人员类别 and says why.
func (c *Categories) Check(name string, birth, on time.Time) error {
	x, ok := c.Find(name)
	if !ok {
		return errs.Errorf(errs.Invalid, training.FieldCategory, "“%s”不在人员类别表（%s）中。可填写：%s", strings.TrimSpace(name), c.Source(), c.Names(on))
	}
	if msg := x.validityError(on); msg != "" {
		return errs.Errorf(errs.Invalid, training.FieldCategory, "%s", msg)
	}
	if x.MinAge == 0 && x.MaxAge == 0 {
		return nil
	}
	if birth.IsZero() {
		return errs.Errorf(errs.Invalid, training.FieldCategory, "“%s”有年龄要求，但缺少出生日期：请先填写证件号码", x.Name)
	}
	age := Age(birth, on)
	if x.MinAge > 0 && age < x.MinAge {
		return errs.Errorf(errs.Invalid, training.FieldCategory, "“%s”要求年满 %d 周岁，该学员 %d 周岁", x.Name, x.MinAge, age)
	}
	if x.MaxAge > 0 && age > x.MaxAge {
		return errs.Errorf(errs.Invalid, training.FieldCategory, "“%s”要求不超过 %d 周岁，该学员 %d 周岁", x.Name, x.MaxAge, age)
	}
	return nil
}

// Rule describes the category's limits for the clerk, e.g.
// "16–60 周岁；离校 2 年内；2024-01-01 起". "" when there are none.
func (x Category) Rule() string {
	var parts []string
	switch {
	case x.MinAge > 0 && x.MaxAge > 0:
		parts = append(parts, fmt.Sprintf("%d–%d 周岁", x.MinAge, x.MaxAge))
	case x.MinAge > 0:
		parts = append(parts, fmt.Sprintf("年满 %d 周岁", x.MinAge))
	case x.MaxAge > 0:
		parts = append(parts, fmt.Sprintf("不超过 %d 周岁", x.MaxAge))
	}
	if x.GraduationYears > 0 {
		parts = append(parts, fmt.Sprintf("离校 %d 年内", x.GraduationYears))
	}
	switch {
	case x.ValidFrom != "" && x.ValidTo != "":
		parts = append(parts, x.ValidFrom+" 至 "+x.ValidTo)
	case x.ValidFrom != "":
		parts = append(parts, x.ValidFrom+" 起")
	case x.ValidTo != "":
		parts = append(parts, "截至 "+x.ValidTo)
	}
	return strings.Join(parts, "；")
}

// Age is the age in full years on date on (a birthday counts on the day).
func Age(birth, on time.Time) int {
	by, bm, bd := birth.Date()
	y, m, d := on.Date()
	age := y - by
	if m < bm || (m == bm && d < bd) {
		age--
	}
	return age
}

// validityError is "" when the category is in force on the date, else why
// not. Dates compare by calendar day, both ends inclusive.
func (x Category) validityError(on time.Time) string {
	day := on.Format(training.DateLayout)
	if x.ValidFrom != "" && day < x.ValidFrom {
		return fmt.Sprintf("“%s”自 %s 起才可使用", x.Name, x.ValidFrom)
	}
	if x.ValidTo != "" && day > x.ValidTo {
		return fmt.Sprintf("“%s”已于 %s 停用", x.Name, x.ValidTo)
	}
	return ""
}

// parseCategories decodes and checks a list. Entries are decoded one by
// one so an error can name the entry (its number and name) at fault.
func parseCategories(b []byte, what string) (*Categories, error) {
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	var raws []json.RawMessage
	if err := json.Unmarshal(b, &raws); err != nil {
		return nil, fmt.Errorf("%s 不是有效的 JSON 列表：%s", what, jsonWhere(b, err))
	}
	if len(raws) == 0 {
		return nil, fmt.Errorf("%s 是空列表：请至少列出一个人员类别", what)
	}
	c := &Categories{}
	seen := map[string]int{}
	for i, raw := range raws {
		var x Category
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		err := dec.Decode(&x)
		label := fmt.Sprintf("%s 第 %d 项%s", what, i+1, entryName(raw))
		if err != nil {
			return nil, fmt.Errorf("%s：%s", label, fieldProblem(err))
		}
		x.Name, x.Code = strings.TrimSpace(x.Name), strings.TrimSpace(x.Code)
		if msg := x.problem(); msg != "" {
			return nil, fmt.Errorf("%s：%s", label, msg)
		}
		if j, dup := seen[x.Name]; dup {
			return nil, fmt.Errorf("%s：名称与第 %d 项重复", label, j+1)
		}
		seen[x.Name] = i
		c.list = append(c.list, x)
	}
	return c, nil
}

// problem checks one entry's values; "" when fine.
func (x Category) problem() string {
	if x.Name == "" {
		return "缺少名称（name）"
	}
	for _, d := range []struct{ key, v string }{{"valid_from", x.ValidFrom}, {"valid_to", x.ValidTo}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(training.DateLayout, d.v); err != nil {
			return fmt.Sprintf("%s“%s”不是有效日期：请写成 YYYY-MM-DD", d.key, d.v)
		}
	}
	if x.ValidFrom != "" && x.ValidTo != "" && x.ValidTo < x.ValidFrom {
		return fmt.Sprintf("valid_to %s 早于 valid_from %s", x.ValidTo, x.ValidFrom)
	}
	if x.MinAge < 0 || x.MaxAge < 0 || x.MinAge > 150 || x.MaxAge > 150 || x.GraduationYears < 0 {
		return "年龄或年限须为 0 以上的合理整数"
	}
	if x.MaxAge > 0 && x.MinAge > x.MaxAge {
		return fmt.Sprintf("min_age %d 大于 max_age %d", x.MinAge, x.MaxAge)
	}
	return ""
}

// entryName is "（名称 X）" when the raw entry has a readable name.
func entryName(raw json.RawMessage) string {
	var probe struct {
		Name any `json:"name"`
	}
	if json.Unmarshal(raw, &probe) == nil {
		if s, ok := probe.Name.(string); ok && strings.TrimSpace(s) != "" {
			return "（" + strings.TrimSpace(s) + "）"
		}
	}
	return ""
}

// fieldProblem turns a decoding error of one entry into Chinese.
func fieldProblem(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		want := "文字"
		switch te.Type.Kind().String() {
		case "int":
			want = "整数"
		}
		return fmt.Sprintf("字段 %s 应为%s", te.Field, want)
	}
	if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return fmt.Sprintf("未知字段 %s：可用字段为 name, code, valid_from, valid_to, min_age, max_age, graduation_years, note", f)
	}
	return "每项应为 {\"name\": …} 形式的对象"
}

// jsonWhere says where a syntax error is, as a line number.
func jsonWhere(b []byte, err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line := 1 + bytes.Count(b[:min(int(se.Offset), len(b))], []byte("\n"))
		return fmt.Sprintf("第 %d 行附近格式错误（请检查逗号、引号和括号）", line)
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return "最外层应为 [ … ] 列表"
	}
	return "文件不完整"
}
