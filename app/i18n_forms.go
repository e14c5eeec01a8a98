package app

// English for the labels of the class, trainee, institution and settings
// forms and the shared column headings.
func init() {
	for zh, en := range map[string]string{
		"班级编号": "Class code", "班级名称": "Class name", "职业（工种）": "Occupation", "职业编码": "Occupation code",
		"职业技能等级": "Skill level", "培训类型": "Training type", "开班日期": "Start date", "结业日期": "End date",
		"学时": "Hours", "授课教师": "Teachers", "培训地点": "Site", "考核方式": "Assessment",
		"姓名": "Name", "证件号码": "ID number", "性别": "Sex", "民族": "Ethnicity", "文化程度": "Education",
		"人员类别": "Category", "联系电话": "Phone", "户籍地址": "Registered address",
		"机构名称": "Institution", "统一社会信用代码": "Unified social credit code", "办学许可证号": "School licence no.",
		"地址": "Address", "联系人": "Contact", "机构代码（证书编号用）": "Code for certificate numbers", "起始日期": "From", "截止日期": "To",
		"序号": "No.", "考勤": "Attendance", "签到": "Sign in", "签退": "Sign out", "来源": "Source",
		"每学时分钟数": "Minutes per hour", "迟到容差（分钟）": "Late tolerance (min)", "早退容差（分钟）": "Early-leave tolerance (min)",
		"出勤率要求（%）": "Attendance needed (%)", "合格分数": "Pass mark", "考核科目": "Assessed parts",
		"开班备案提前天数": "Filing days before start", "证书编号规则": "Certificate number pattern",
		"证书上证件号码": "ID on certificates", "证书查验网址": "Verification URL", "人员类别设置文件": "Category file",
		"界面语言": "Language",
	} {
		if _, ok := english[zh]; !ok { // a screen's own wording wins
			english[zh] = en
		}
	}
}
