package app

// English labels of the classes, roster, import and settings screens
// (i18n.go's map is shared; each screen adds its own words).
func init() {
	for zh, en := range map[string]string{
		"新建班级": "New class", "新建班级（开班备案）": "New class", "班级信息": "Class", "学员名单": "Roster",
		"班级编号": "Code", "班级名称": "Name", "开班日期": "Start", "结业日期": "End", "学时": "Hours", "人数": "Trainees", "状态": "Status",
		"添加学员": "Add trainee", "学员信息": "Trainee", "粘贴名单": "Paste rows", "导入表格": "Import file", "导出花名册": "Export roster",
		"下载导入模板": "Import template", "请选择班级": "Choose a class", "序号": "No.", "姓名": "Name", "证件号码": "ID number",
		"性别": "Sex", "年龄": "Age", "人员类别": "Category", "联系电话": "Phone", "导入有效行": "Import valid rows",
		"导出完整证件号码": "Export full ID numbers", "机构信息": "Institution", "数据与备份": "Data and backup", "地区规则": "Regional rules",
		"保存机构信息": "Save institution", "校验审计日志": "Check audit log", "保存规则": "Save rules", "立即备份": "Back up now", "打开演示数据": "Open demo data",
		"保存并开始使用": "Save and start", "机构信息设置": "Institution setup", "检查并预览": "Check and preview",
		"查找学员：姓名、拼音或证件号尾号（Ctrl+F）": "Find trainee: name, pinyin or ID tail (Ctrl+F)",
	} {
		english[zh] = en
	}
}
