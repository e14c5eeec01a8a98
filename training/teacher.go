package training

import (
	"fmt"
	"strings"
	"time"

	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/personname"
)

// KindTeacher is a teacher of the register (师资); it reaches the bureau
// before the classes and lessons that name it.
const KindTeacher Kind = "teacher"

// What a teacher teaches.
const (
	TeachTheory   = "theory"
	TeachPractice = "practice"
	TeachBoth     = "both"
)

// Qualification types a teacher may hold.
const (
	QualSkillLevel = "skill_level" // 职业技能等级证书
	QualVocational = "vocational"  // 职业资格证书
	QualTeacher    = "teacher"     // 教师资格证
	QualEducation  = "education"   // 学历
	QualOther      = "other"
)

// Teacher fields, for messages under the form and flags.
var (
	FieldTeacherName     = errs.NewField("name", "教师姓名", "Name")
	FieldTeacherID       = errs.NewField("id_number", "教师身份证号", "ID number")
	FieldTeacherKind     = errs.NewField("kind", "授课类型", "Teaches")
	FieldTeacherQualType = errs.NewField("qualification", "资质", "Qualification")
)

// Qualification is one certificate or degree; Level is the 职业技能等级
// (1 高级技师 … 5 初级工) where it has one.
type Qualification struct {
	Type   string `json:"type"`
	Level  Level  `json:"level,omitempty"`
	Text   string `json:"text"`              // e.g. 电工、本科、中职教师资格
	Number string `json:"number,omitempty"`  // certificate number
	ScanID string `json:"scan_id,omitempty"` // an encrypted scan kept by the store
}

// Teacher is one person of the teachers' register.
type Teacher struct {
	ID             string          `json:"id"`
	Name           string          `json:"name"`
	IDNumber       string          `json:"id_number"`
	Phone          string          `json:"phone,omitempty"`
	Teaches        string          `json:"teaches"` // TeachTheory / TeachPractice / TeachBoth
	FullTime       bool            `json:"full_time"`
	Qualifications []Qualification `json:"qualifications,omitempty"`
	Version        int             `json:"version"`
	UpdatedAt      time.Time       `json:"updated_at"`
}

// TeachesLabel is what a teacher teaches in the clerk's words.
func TeachesLabel(t string) string {
	switch t {
	case TeachTheory:
		return "理论"
	case TeachPractice:
		return "实操"
	case TeachBoth:
		return "理论和实操"
	}
	return t
}

// ParseTeaches reads theory|practice|both or their Chinese labels.
func ParseTeaches(s string) (string, error) {
	switch strings.TrimSpace(s) {
	case "", TeachBoth, "理论和实操", "理论+实操", "全部":
		return TeachBoth, nil
	case TeachTheory, "理论":
		return TeachTheory, nil
	case TeachPractice, "实操", "实训":
		return TeachPractice, nil
	}
	return "", errs.E(errs.Invalid, FieldTeacherKind, fmt.Sprintf("“%s”无法识别：请填 theory（理论）、practice（实操）或 both（两者）", s))
}

// Check normalizes and validates a teacher before saving.
func (t *Teacher) Check(today time.Time) error {
	if strings.TrimSpace(t.Name) == "" {
		return errs.E(errs.Invalid, FieldTeacherName, "请填写教师姓名")
	}
	name, err := personname.Check(t.Name) // the one name rule, as for trainees
	if err != nil {
		return errs.E(FieldTeacherName, err)
	}
	t.Name = name
	n, err := identity.ParseAt(t.IDNumber, today)
	if err != nil {
		return errs.E(errs.Invalid, FieldTeacherID, err.Error())
	}
	t.IDNumber = n.Value
	if t.Teaches, err = ParseTeaches(t.Teaches); err != nil {
		return err
	}
	for i, q := range t.Qualifications {
		if strings.TrimSpace(q.Text) == "" {
			return errs.E(errs.Invalid, FieldTeacherQualType, fmt.Sprintf("第 %d 项资质没有内容：请写明证书或学历，如“电工 三级 编号…”", i+1))
		}
	}
	return nil
}

// CanTeachTheory and CanTeachPractice say what a teacher may be counted for.
func (t Teacher) CanTeachTheory() bool   { return t.Teaches == TeachTheory || t.Teaches == TeachBoth }
func (t Teacher) CanTeachPractice() bool { return t.Teaches == TeachPractice || t.Teaches == TeachBoth }

// BestSkillLevel is the highest 职业技能等级 or 职业资格 the teacher holds
// (1 is highest), or 0 for none.
func (t Teacher) BestSkillLevel() Level {
	var best Level
	for _, q := range t.Qualifications {
		if (q.Type == QualSkillLevel || q.Type == QualVocational) && q.Level.Valid() && (best == 0 || q.Level < best) {
			best = q.Level
		}
	}
	return best
}

// TeacherRule is a region's requirement on a class's teachers.
type TeacherRule struct {
	MinTheory   int   `json:"min_theory_teachers"`   // at least N theory teachers
	MinPractice int   `json:"min_practice_teachers"` // at least N practice teachers
	MaxLevel    Level `json:"practice_max_level"`    // practice teachers need this 等级 or higher (e.g. 3 = 高级工); 0 none
}

// TeacherWarnings says where a class's teachers fall short of the rule; the
// class form shows them (a warning, not a refusal: the rule is the region's).
func TeacherWarnings(rule TeacherRule, teachers []Teacher) []string {
	var theory, practice int
	var weak []string
	for _, t := range teachers {
		if t.CanTeachTheory() {
			theory++
		}
		if t.CanTeachPractice() {
			if rule.MaxLevel.Valid() {
				if lv := t.BestSkillLevel(); lv == 0 || lv > rule.MaxLevel {
					weak = append(weak, t.Name)
					continue
				}
			}
			practice++
		}
	}
	var out []string
	if theory < rule.MinTheory {
		out = append(out, fmt.Sprintf("本地规定每班至少 %d 名理论教师，本班只有 %d 名", rule.MinTheory, theory))
	}
	if practice < rule.MinPractice {
		out = append(out, fmt.Sprintf("本地规定每班至少 %d 名实操教师，本班只有 %d 名", rule.MinPractice, practice))
	}
	if len(weak) > 0 {
		out = append(out, fmt.Sprintf("实操教师须持%s或以上职业技能等级证书：%s 未登记相应资质", rule.MaxLevel.Label(), strings.Join(weak, "、")))
	}
	return out
}

// ParseQualification reads a qualification as a clerk or a script writes
// it: "type:level:text:number" (skill_level:3:电工:2024xxxx), "type:text"
// (education:本科), or plain text (kept as other).
func ParseQualification(s string) Qualification {
	if q, ok := parseQualificationWords(s); ok {
		return q
	}
	parts := strings.Split(strings.TrimSpace(s), ":")
	q := Qualification{Type: QualOther, Text: strings.TrimSpace(s)}
	switch parts[0] {
	case QualSkillLevel, QualVocational, QualTeacher, QualEducation, QualOther:
	default:
		return q
	}
	q.Type, parts = parts[0], parts[1:]
	if len(parts) > 0 {
		if lv, err := ParseLevel(parts[0]); err == nil && (q.Type == QualSkillLevel || q.Type == QualVocational) {
			q.Level, parts = lv, parts[1:]
		}
	}
	if len(parts) > 0 {
		q.Text, parts = strings.TrimSpace(parts[0]), parts[1:]
	} else {
		q.Text = ""
	}
	if len(parts) > 0 {
		q.Number = strings.TrimSpace(strings.Join(parts, ":"))
	}
	return q
}

// Label is a qualification in the clerk's words: 职业技能等级 三级 电工（编号）.
func (q Qualification) Label() string {
	kind := map[string]string{QualSkillLevel: "职业技能等级", QualVocational: "职业资格", QualTeacher: "教师资格",
		QualEducation: "学历", QualOther: ""}[q.Type]
	parts := []string{kind}
	if q.Level.Valid() {
		parts = append(parts, q.Level.Label())
	}
	s := strings.Join(strings.Fields(strings.Join(append(parts, q.Text), " ")), " ")
	if q.Number != "" {
		s += " 编号 " + q.Number // parsed back by ParseQualification
	}
	return s
}

// qualificationWords are the words a clerk starts a qualification line with.
var qualificationWords = []struct{ word, typ string }{
	{"职业技能等级", QualSkillLevel}, {"技能等级", QualSkillLevel}, {"职业资格", QualVocational},
	{"教师资格", QualTeacher}, {"学历", QualEducation},
}

// parseQualificationWords reads the clerk's form "职业技能等级 二级 电工 S2023001"
// (type word, then optionally a level, the text and a number).
func parseQualificationWords(s string) (Qualification, bool) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return Qualification{}, false
	}
	for _, w := range qualificationWords {
		if f[0] != w.word {
			continue
		}
		q, rest := Qualification{Type: w.typ}, f[1:]
		if lv, err := ParseLevel(rest[0]); err == nil && (w.typ == QualSkillLevel || w.typ == QualVocational) {
			q.Level, rest = lv, rest[1:]
		}
		if len(rest) > 0 && rest[0] != "编号" {
			q.Text, rest = rest[0], rest[1:]
		}
		if len(rest) > 0 && rest[0] == "编号" {
			rest = rest[1:]
		}
		q.Number = strings.Join(rest, " ")
		return q, true
	}
	return Qualification{}, false
}
