package app

// English labels of the 结业/证书 screen.
func init() {
	for zh, en := range map[string]string{
		"保存成绩": "Save scores", "发证": "Issue", "预览样本": "Draft preview", "打印证书": "Print certificates",
		"撤销": "Revoke", "补发": "Replace", "导出验证公钥": "Export verification key", "导出核验网页": "Export verification page", "正在生成证书 PDF…": "Making certificates PDF…",
		"勾选学员后，“打印证书”只打印勾选的证书；“撤销”“补发”作用于勾选的证书。": "Tick trainees to print, revoke or replace only their certificates.",
		"姓名": "Name", "出勤率": "Attendance", "理论成绩": "Theory", "实操成绩": "Practice", "考核结果": "Result",
		"发证资格": "Eligibility", "证书": "Certificate", "不能发证的原因": "Why not eligible", "理论": "theory", "实操": "practice",
		"已发证": "certified", "可发证": "eligible", "不可发证": "not eligible", "考核合格": "passed", "人": "trainees",
		"待更正": "fix", "合格": "pass", "不合格": "fail", "合格（补考）": "pass (re-sit)", "不合格（补考）": "fail (re-sit)", "成绩已修改，请点“保存成绩”": "Changed: press Save scores",
		"临时": "provisional", "已登记": "registered", "已撤销": "revoked", "样本（无效）": "Draft (void)", "页": "pages",
		"撤销证书": "Revoke certificate", "补发证书": "Replace certificate", "撤销原因": "Reason", "补发原因": "Reason",
		"证书编号": "Number", "确定": "OK", "请先在“班级”中建班": "File a class first",
	} {
		english[zh] = en
	}
}
