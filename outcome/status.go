package outcome

import (
	"strings"

	"trainingdesk/errs"
)

// Status is what a follow-up contact found.
type Status string

const (
	Employed     Status = "employed"      // 就业
	Flexible     Status = "flexible"      // 灵活就业
	SelfEmployed Status = "self_employed" // 自主创业（开业）
	FurtherStudy Status = "further_study" // 升学
	Unemployed   Status = "unemployed"    // 未就业
	Unreachable  Status = "unreachable"   // 失联
)

// Statuses lists every status in the order a clerk picks from.
var Statuses = []Status{Employed, Flexible, SelfEmployed, FurtherStudy, Unemployed, Unreachable}

// Label is the Chinese word for a status.
func (s Status) Label() string {
	switch s {
	case Employed:
		return "就业"
	case Flexible:
		return "灵活就业"
	case SelfEmployed:
		return "自主创业"
	case FurtherStudy:
		return "升学"
	case Unemployed:
		return "未就业"
	case Unreachable:
		return "失联"
	}
	return string(s)
}

// Valid reports whether s is a known status.
func (s Status) Valid() bool {
	for _, x := range Statuses {
		if x == s {
			return true
		}
	}
	return false
}

// ParseStatus accepts the English key or the Chinese label (as a clerk
// types it into a spreadsheet), with 创业/开业 as synonyms of 自主创业.
func ParseStatus(v string) (Status, error) {
	v = strings.TrimSpace(v)
	for _, s := range Statuses {
		if strings.EqualFold(v, string(s)) || v == s.Label() {
			return s, nil
		}
	}
	switch v {
	case "创业", "开业", "自主创业（开业）":
		return SelfEmployed, nil
	case "已就业":
		return Employed, nil
	}
	return "", errs.E(errs.Invalid, FieldStatus, "跟踪状态须为 就业、灵活就业、自主创业、升学、未就业 或 失联（employed、flexible、self_employed、further_study、unemployed、unreachable）")
}

// CountsAsEmployed reports whether a status counts towards 就业率 under the
// regional setting of whether 灵活就业 counts.
func (s Status) CountsAsEmployed(flexibleCounts bool) bool {
	switch s {
	case Employed, SelfEmployed:
		return true
	case Flexible:
		return flexibleCounts
	}
	return false
}

// EvidenceKind is the sort of proof behind a status.
type EvidenceKind string

const (
	Contract             EvidenceKind = "contract"              // 劳动合同
	SocialInsurance      EvidenceKind = "social_insurance"      // 社保缴费记录
	Payslip              EvidenceKind = "payslip"               // 工资流水
	License              EvidenceKind = "license"               // 营业执照
	FlexibleRegistration EvidenceKind = "flexible_registration" // 灵活就业登记
	OtherEvidence        EvidenceKind = "other"                 // 其他
)

// EvidenceKinds lists every kind of proof.
var EvidenceKinds = []EvidenceKind{Contract, SocialInsurance, Payslip, License, FlexibleRegistration, OtherEvidence}

// Label is the Chinese name of an evidence kind.
func (k EvidenceKind) Label() string {
	switch k {
	case Contract:
		return "劳动合同"
	case SocialInsurance:
		return "社保缴费记录"
	case Payslip:
		return "工资流水"
	case License:
		return "营业执照"
	case FlexibleRegistration:
		return "灵活就业登记"
	case OtherEvidence:
		return "其他证明"
	}
	return string(k)
}

// ParseEvidenceKind accepts the English key or the Chinese name.
func ParseEvidenceKind(v string) (EvidenceKind, error) {
	v = strings.TrimSpace(v)
	for _, k := range EvidenceKinds {
		if strings.EqualFold(v, string(k)) || v == k.Label() {
			return k, nil
		}
	}
	switch v {
	case "其他", "社保", "合同", "执照", "流水":
		return map[string]EvidenceKind{"其他": OtherEvidence, "社保": SocialInsurance, "合同": Contract, "执照": License, "流水": Payslip}[v], nil
	}
	return "", errs.E(errs.Invalid, FieldEvidence, "证明材料须为 劳动合同、社保缴费记录、工资流水、营业执照、灵活就业登记 或 其他（contract、social_insurance、payslip、license、flexible_registration、other）")
}

// Proves reports whether a kind of evidence proves a status: a contract,
// social insurance or payslips prove a job; a licence proves a business; a
// 灵活就业登记 (or social insurance paid as flexible worker) proves flexible
// work. "Other" is accepted for any, as the bureau's own forms allow.
func (k EvidenceKind) Proves(s Status) bool {
	if k == OtherEvidence {
		return s.CountsAsEmployed(true)
	}
	switch s {
	case Employed:
		return k == Contract || k == SocialInsurance || k == Payslip
	case SelfEmployed:
		return k == License
	case Flexible:
		return k == FlexibleRegistration || k == SocialInsurance || k == Payslip
	}
	return false
}
