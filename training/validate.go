package training

import (
	"strings"
	"time"
)

// Check reports the first thing wrong with a class as filed, naming the field.
func (c *Class) Check() error {
	c.Code, c.Name = strings.TrimSpace(c.Code), strings.TrimSpace(c.Name)
	c.Occupation, c.Type = strings.TrimSpace(c.Occupation), strings.TrimSpace(c.Type)
	switch {
	case c.Code == "":
		return Invalid("班级编号", "不能为空")
	case c.Name == "":
		return Invalid("班级名称", "不能为空")
	case c.Occupation == "":
		return Invalid("职业（工种）", "不能为空，请按《职业分类大典》填写")
	case !c.Level.Valid():
		return Invalid("职业技能等级", "请选择一级至五级")
	case c.Type == "":
		return Invalid("培训类型", "请选择培训类型")
	case c.Start.IsZero():
		return Invalid("开班日期", "请填写，格式 YYYY-MM-DD")
	case c.End.IsZero():
		return Invalid("结业日期", "请填写，格式 YYYY-MM-DD")
	case c.End.Before(c.Start):
		return Invalid("结业日期", "不能早于开班日期 %s", c.Start.Format(DateLayout))
	case c.Hours <= 0:
		return Invalid("学时", "必须大于 0")
	case c.Hours > 2000:
		return Invalid("学时", "%g 学时过大，请核对", c.Hours)
	case c.Assessment != "" && c.Assessment != AssessBoth && c.Assessment != AssessTheory && c.Assessment != AssessPractice:
		return Invalid("考核方式", "“%s”无效，应为 理论+实操、仅理论 或 仅实操", c.Assessment)
	}
	return nil
}

// Overlaps reports whether two classes' date ranges share a day.
func (c Class) Overlaps(o Class) bool {
	return !c.End.Before(o.Start) && !o.End.Before(c.Start)
}

// ParseDate reads YYYY-MM-DD (also YYYY/MM/DD and YYYY.MM.DD, as Excel and
// clerks write them) as a UTC date.
func ParseDate(field, s string) (time.Time, error) {
	s = strings.NewReplacer("/", "-", ".", "-").Replace(strings.TrimSpace(s))
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		if t2, err2 := time.Parse("2006-1-2", s); err2 == nil {
			return t2, nil
		}
		return time.Time{}, Invalid(field, "“%s”不是有效日期，请按 YYYY-MM-DD 填写，例如 2026-03-01", s)
	}
	return t, nil
}
