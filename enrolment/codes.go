package enrolment

import (
	"strings"
	"time"

	"trainingdesk/codes"
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
			return training.Invalid("民族", "“%s”不在 GB/T 3304 民族代码表中，请填写如“汉族”“回族”", s)
		}
		p.Ethnicity = e.Name
	}
	if s := strings.TrimSpace(p.Education); s != "" {
		e, ok := codes.Education(s)
		if !ok {
			return training.Invalid("文化程度", "“%s”无法识别，请填写如“初中”“普通高中”“大学专科”", s)
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
