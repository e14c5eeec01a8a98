package app

// English labels of the attendance screen.
func init() {
	for zh, en := range map[string]string{
		"请选择班级": "Choose a class", "点名": "Roll call", "课程表": "Timetable", "出勤统计": "Report",
		"请选择课次": "Choose a lesson", "全部出勤": "All present", "保存更改": "Save changes", "补录原因": "Reason for correction",
		"补录原因（事后补录或更正时必填）":        "Reason (needed for a later correction)",
		"扫码枪扫学员胸卡即可签到/签退，无需点击输入框": "Scan a badge to sign in/out — no need to click a field",
		"手工输入胸卡号，如 TD1:…":         "Type a badge code, e.g. TD1:…", "签到/签退": "Sign in/out",
		"导入考勤机记录…": "Import terminal log…", "本课签到表": "Sheet (lesson)", "全班签到表": "Sheet (class)",
		"打印学员胸卡": "Print badges", "课次": "Lesson", "本课": "This lesson", "请先在“课程表”中排课": "Add lessons in Timetable first",
		"按周排课": "Weekly series", "上课日": "Weekdays", "开始日期": "From", "周数": "Weeks", "时间": "Time",
		"课程内容": "Topic", "生成课程": "Create lessons", "上课日期": "Date", "学时": "Hours", "授课教师": "Teacher",
		"教师证号": "Teacher ID", "教室": "Room", "保存课程": "Save lesson", "新课程": "New lesson", "删除课程": "Delete lesson",
		"留空则按时长计算": "empty: from the times", "正在导入考勤机记录…": "Importing terminal log…",
		"考勤机记录导入结果": "Terminal log imported", "关闭": "Close", "正在生成 PDF…": "Making PDF…", "已生成": "Done",
	} {
		english[zh] = en
	}
}
