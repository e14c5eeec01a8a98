package outcome

import (
	"trainingdesk/errs"

	"trainingdesk/training"
)

// Fields a clerk can correct on a follow-up entry or a withdrawal.
var (
	FieldDate           = errs.NewField("date", "跟踪日期", "Contact date")
	FieldStatus         = errs.NewField("status", "跟踪状态", "Status")
	FieldEmployer       = errs.NewField("employer", "就业单位", "Employer")
	FieldEmployerUSCC   = errs.NewField("employer_uscc", "单位统一社会信用代码", "Employer USCC")
	FieldStart          = errs.NewField("start", "入职日期", "Start date")
	FieldJob            = errs.NewField("job", "岗位", "Job")
	FieldContractMonths = errs.NewField("contract_months", "合同期限（月）", "Contract months")
	FieldWage           = errs.NewField("wage", "月工资", "Monthly wage")
	FieldEvidence       = errs.NewField("evidence", "证明材料", "Evidence")
	FieldEvidenceRef    = errs.NewField("evidence_ref", "证明编号", "Evidence reference")
	FieldScan           = errs.NewField("scan", "证明扫描件", "Evidence scan")
	FieldBusinessName   = errs.NewField("business_name", "企业名称", "Business name")
	FieldBusinessUSCC   = errs.NewField("business_uscc", "企业统一社会信用代码", "Business USCC")
	FieldRegistered     = errs.NewField("registered", "登记日期", "Registration date")
	FieldEmployees      = errs.NewField("employees", "带动就业人数", "Employees")
	FieldOperating      = errs.NewField("operating", "是否仍在经营", "Still operating")
	FieldNote           = errs.NewField("note", "备注", "Note")
	FieldTrainee        = training.FieldTrainee

	FieldWithdrawDate   = errs.NewField("withdraw_date", "退学日期", "Withdrawal date")
	FieldWithdrawReason = errs.NewField("withdraw_reason", "退学原因", "Withdrawal reason")

	FieldSettings = errs.NewField("outcome_settings", "就业跟踪设置", "Follow-up settings")
)
