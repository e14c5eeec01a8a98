package store

import (
	"trainingdesk/errs"
	"trainingdesk/occupation"
)

// Fields of the catalogue and 师资 settings.
var (
	FieldOccupationsFile = errs.NewField("occupations_file", "职业目录补充文件", "Occupations file")
	FieldMinTheory       = errs.NewField("min_theory_teachers", "每班理论教师至少", "Theory teachers per class (min)")
	FieldMinPractice     = errs.NewField("min_practice_teachers", "每班实操教师至少", "Practice teachers per class (min)")
	FieldPracticeLevel   = errs.NewField("practice_max_level", "实操教师最低等级", "Practice teachers' level")
)

// checkCatalogueSettings is the part of Settings.Check about occupations
// and teachers.
func checkCatalogueSettings(st Settings) []error {
	var problems []error
	if st.OccupationsFile != "" {
		if _, err := occupation.Load(st.OccupationsFile); err != nil {
			problems = append(problems, errs.E(errs.Invalid, FieldOccupationsFile, err))
		}
	}
	r := st.TeacherRule
	if r.MinTheory < 0 || r.MinTheory > 20 {
		problems = append(problems, errs.Errorf(errs.Invalid, FieldMinTheory, "请填写 0 到 20 之间的人数（0：不要求）"))
	}
	if r.MinPractice < 0 || r.MinPractice > 20 {
		problems = append(problems, errs.Errorf(errs.Invalid, FieldMinPractice, "请填写 0 到 20 之间的人数（0：不要求）"))
	}
	if r.MaxLevel < 0 || r.MaxLevel > 5 {
		problems = append(problems, errs.Errorf(errs.Invalid, FieldPracticeLevel, "请选择一级到五级，或不要求"))
	}
	return problems
}
