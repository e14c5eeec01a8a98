package training

import (
	"fmt"

	"trainingdesk/errs"
)

// Level is a 职业技能等级, 1 (一级/高级技师, the highest) to 5 (五级/初级工).
type Level int

var levelLabels = [...]string{"", "一级/高级技师", "二级/技师", "三级/高级工", "四级/中级工", "五级/初级工"}

// Valid reports whether the level is one of the five national levels.
func (l Level) Valid() bool { return l >= 1 && l <= 5 }

// Label is the name printed on forms and certificates, e.g. "五级/初级工".
func (l Level) Label() string {
	if !l.Valid() {
		return fmt.Sprintf("未知等级(%d)", int(l))
	}
	return levelLabels[l]
}

// ParseLevel accepts 1-5, "一级".."五级" or a full label.
func ParseLevel(s string) (Level, error) {
	for i := 1; i <= 5; i++ {
		l := Level(i)
		if s == fmt.Sprint(i) || s == l.Label() || s == l.Label()[:len("一级")] {
			return l, nil
		}
	}
	return 0, errs.Errorf(errs.Invalid, FieldLevel, "“%s”无效：请填写 1-5（一级/高级技师 … 五级/初级工）", s)
}

// Levels lists the five levels from 五级 (entry) to 一级 (highest), the order
// a clerk picks from.
func Levels() []Level { return []Level{5, 4, 3, 2, 1} }
