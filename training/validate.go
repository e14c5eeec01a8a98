package training

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"trainingdesk/errs"
)

// Dates the program takes (a class, a lesson, a follow-up…): anything else
// is a typing slip.
const (
	MinYear = 1900
	MaxYear = 2100
)

// MaxCodeRunes bounds a class code: it is a key in the store and part of
// file names.
const MaxCodeRunes = 40

// CheckCode says what is wrong with a class code, or "". A code ends up in
// file names (花名册-CODE.xlsx, made safe by paperwork.SafeName) and as a
// database key, so it may not hold control characters or "..", nor be too
// long.
func CheckCode(code string) string {
	switch {
	case utf8.RuneCountInString(code) > MaxCodeRunes:
		return "不能超过 40 个字符"
	case strings.Contains(code, ".."):
		return "不能含有“..”，请只用字母、数字、汉字和 -"
	case strings.IndexFunc(code, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }) >= 0:
		return "含有不可见的控制字符，请重新输入"
	}
	return ""
}

// short keeps echoed input short in a message.
func short(s string) string {
	if r := []rune(s); len(r) > 20 {
		return string(r[:20]) + "……"
	}
	return s
}

// Check reports the first thing wrong with a class as filed, naming the field.
func (c *Class) Check() error {
	c.Code, c.Name = strings.TrimSpace(c.Code), strings.TrimSpace(c.Name)
	c.Occupation, c.Type = strings.TrimSpace(c.Occupation), strings.TrimSpace(c.Type)
	switch {
	case c.Code == "":
		return invalid(FieldClassCode, "不能为空")
	case CheckCode(c.Code) != "":
		return invalid(FieldClassCode, "%s", CheckCode(c.Code))
	case c.Name == "":
		return invalid(FieldClassName, "不能为空")
	case c.Occupation == "":
		return invalid(FieldOccupation, "不能为空，请按《职业分类大典》填写")
	case !c.Level.Valid():
		return invalid(FieldLevel, "请选择一级至五级")
	case c.Type == "":
		return invalid(FieldType, "请选择培训类型")
	case !slices.Contains(TrainingTypes, c.Type):
		return invalid(FieldType, "“%s”不是培训类型，应为：%s", short(c.Type), strings.Join(TrainingTypes, "、"))
	case c.Start.IsZero():
		return invalid(FieldStart, "请填写，格式 YYYY-MM-DD")
	case c.End.IsZero():
		return invalid(FieldEnd, "请填写，格式 YYYY-MM-DD")
	case c.Start.Year() < MinYear || c.Start.Year() > MaxYear:
		return invalid(FieldStart, "不在 %d–%d 年之间，请核对", MinYear, MaxYear)
	case c.End.Year() < MinYear || c.End.Year() > MaxYear:
		return invalid(FieldEnd, "不在 %d–%d 年之间，请核对", MinYear, MaxYear)
	case c.End.Before(c.Start):
		return invalid(FieldEnd, "不能早于开班日期 %s", c.Start.Format(DateLayout))
	case !(c.Hours > 0): // also NaN
		return invalid(FieldHours, "必须大于 0")
	case c.Hours > 2000:
		return invalid(FieldHours, "%g 学时过大，请核对", c.Hours)
	case c.Assessment != "" && c.Assessment != AssessBoth && c.Assessment != AssessTheory && c.Assessment != AssessPractice:
		return invalid(FieldAssessment, "“%s”无效，应为 理论+实操、仅理论 或 仅实操", c.Assessment)
	}
	return nil
}

// Overlaps reports whether two classes' date ranges share a day.
func (c Class) Overlaps(o Class) bool {
	return !c.End.Before(o.Start) && !o.End.Before(c.Start)
}

// ParseDate reads YYYY-MM-DD (also YYYY/MM/DD and YYYY.MM.DD, as Excel and
// clerks write them) as a UTC date.
func ParseDate(field errs.Field, s string) (time.Time, error) {
	s = strings.NewReplacer("/", "-", ".", "-").Replace(strings.TrimSpace(s))
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		if t2, err2 := time.Parse("2006-1-2", s); err2 == nil {
			t = t2
			err = nil
		}
	}
	if err != nil {
		return time.Time{}, invalid(field, "“%s”不是有效日期，请按 YYYY-MM-DD 填写，例如 2026-03-01", short(s))
	}
	if t.Year() < MinYear || t.Year() > MaxYear {
		return time.Time{}, invalid(field, "%s 不在 %d–%d 年之间，请核对", s, MinYear, MaxYear)
	}
	return t, nil
}

// invalid is an errs.Invalid error on field with a formatted Chinese message.
func invalid(field errs.Field, format string, args ...any) error {
	return errs.E(errs.Invalid, field, fmt.Sprintf(format, args...))
}
