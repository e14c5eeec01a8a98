package enrolment

import (
	"strings"
	"time"

	"trainingdesk/codes"
	"trainingdesk/errs"
	"trainingdesk/training"
)

// CheckCodes puts 民族 and 文化程度 into their code-table names (汉 → 汉族,
// 大专 → 大学专科) and checks 人员类别 against the region's list, including
// its validity window and age rules on the class's start date. Empty
// optional fields stay empty.
func CheckCodes(p *training.Person, category *string, cats *codes.Categories, on time.Time) error {
	if s := strings.TrimSpace(p.Ethnicity); s != "" {
		e, ok := codes.Ethnicity(s)
		if !ok {
			return errs.Errorf(errs.Invalid, training.FieldEthnicity, "“%s”不在 GB/T 3304 民族代码表中。可填写（也可写简称，如“汉”）：%s", s, codes.EthnicityNames())
		}
		p.Ethnicity = e.Name
	}
	if s := strings.TrimSpace(p.Education); s != "" {
		e, ok := codes.Education(s)
		if !ok {
			return errs.Errorf(errs.Invalid, training.FieldEducation, "“%s”无法识别。可填写：%s（也可写“大专”“本科”“高中”“中专”等常用说法）", s, codes.EducationNames())
		}
		p.Education = e.Name
	}
	*category = strings.TrimSpace(*category)
	if *category == "" || cats == nil {
		return nil
	}
	if c, ok := cats.Find(*category); ok {
		*category = c.Name
	}
	return cats.Check(*category, p.Birth, on)
}
