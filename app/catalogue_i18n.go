package app

// English for 师资, the occupation picker, photos and the verification page
// (see i18n.go).
func init() {
	for zh, en := range map[string]string{
		"师资": "Teachers", "登记教师": "Register teacher", "教师姓名": "Name", "教师身份证号": "ID number", "电话": "Phone",
		"授课类型": "Teaches", "用工方式": "Employment", "专职": "Full-time", "资质": "Qualifications", "执教履历": "Teaching record",
		"从师资库选…": "From register…", "从师资库选择": "Choose from the register", "确定": "OK",
		"选择职业（职业分类大典 2022）": "Choose occupation (2022 catalogue)", "工种": "Trade",
		"导入照片": "Import photos", "正在导入照片…": "Importing photos…", "导出核验网页": "Export verification page",
		"师资库还是空的：点“登记教师”，填写姓名、身份证号、授课类型和资质。班级的授课教师从这里选。": "The register is empty: click Register teacher and fill in name, ID number, what they teach and qualifications. Classes choose their teachers here.",
		"保存后，这里列出此教师任教的班级和课次（来自班级和课程表）。":                 "After saving, the classes and lessons this teacher gave are listed here.",
	} {
		english[zh] = en
	}
}
