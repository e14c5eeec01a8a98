package training

import "time"

// SkillCertificate is a 职业技能等级证书 a trainee obtained through the class's
// 等级认定, issued by a 评价机构 (not by the training institution). The
// tiered subsidy mode pays more for a trainee who holds one.
type SkillCertificate struct {
	Number string    `json:"number"`
	Level  Level     `json:"level"`
	Issued time.Time `json:"issued"`
	Issuer string    `json:"issuer"` // 评价机构
	// Correction is the reason a recorded certificate was replaced.
	Correction string `json:"correction,omitempty"`
}
