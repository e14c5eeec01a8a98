package app

// English for the 补贴 screen and the claim rows of 设置 (see i18n.go).
func init() {
	for zh, en := range map[string]string{
		"补贴": "Subsidies", "计算": "Compute", "导出申领材料": "Export claim papers", "导出开班申请材料": "Export filing papers",
		"登记已提交": "Record submitted", "登记到账": "Record payment", "登记退回": "Record returned", "打开文件夹": "Open folder",
		"日期": "Date", "到账金额": "Received", "退回原因": "Return reason", "申领记录": "Claims", "申领金额与到账金额": "Claimed and received",
		"正在生成材料…": "Writing the papers…", "请先选择班级。": "Choose a class first.",
		"姓名": "Name", "证件号码": "ID number", "符合条件": "Qualified", "结业补贴": "Completion", "就业补贴": "Employment",
		"合计": "Total", "原因": "Reasons",
		"补贴规则文件": "Subsidy rules file", "补贴花名册证件号码": "ID numbers on subsidy rosters", "考核方案模板": "Assessment plan template",
	} {
		english[zh] = en
	}
}
