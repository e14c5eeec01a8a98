package training

import "testing"

func TestParseQualificationReadsTheClerksWords(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Qualification
	}{
		{"职业技能等级 二级 电工 S2023001", Qualification{Type: QualSkillLevel, Level: 2, Text: "电工", Number: "S2023001"}},
		{"skill_level:3:焊工:X1", Qualification{Type: QualSkillLevel, Level: 3, Text: "焊工", Number: "X1"}},
		{"学历 本科", Qualification{Type: QualEducation, Text: "本科"}},
		{"中级电工证", Qualification{Type: QualOther, Text: "中级电工证"}},
	} {
		if got := ParseQualification(tt.in); got != tt.want {
			t.Errorf("ParseQualification(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
	if l := ParseQualification("职业技能等级 二级 电工 S1").Label(); l != "职业技能等级 "+Level(2).Label()+" 电工 编号 S1" {
		t.Errorf("Label() = %q", l)
	}
	// What the form shows is read back as the same qualification.
	for _, q := range []Qualification{{Type: QualSkillLevel, Level: 2, Text: "电工", Number: "S2023001"},
		{Type: QualEducation, Text: "本科"}, {Type: QualTeacher, Text: "中职", Number: "2015350"}} {
		if got := ParseQualification(q.Label()); got != q {
			t.Errorf("round trip of %+v gave %+v (label %q)", q, got, q.Label())
		}
	}
}

func TestTeacherWarningsFollowTheRule(t *testing.T) {
	rule := TeacherRule{MinTheory: 1, MinPractice: 1, MaxLevel: 3}
	good := []Teacher{{Name: "黄丽", Teaches: TeachTheory},
		{Name: "陈建国", Teaches: TeachPractice, Qualifications: []Qualification{{Type: QualSkillLevel, Level: 2, Text: "电工"}}}}
	if w := TeacherWarnings(rule, good); len(w) != 0 {
		t.Fatalf("a class that meets the rule is warned: %v", w)
	}
	weak := []Teacher{{Name: "黄丽", Teaches: TeachTheory}, {Name: "王强", Teaches: TeachPractice,
		Qualifications: []Qualification{{Type: QualSkillLevel, Level: 4, Text: "电工"}}}}
	if w := TeacherWarnings(rule, weak); len(w) != 2 {
		t.Fatalf("a 四级 practice teacher under a 三级 rule: want 2 warnings (count and qualification), got %v", w)
	}
}
