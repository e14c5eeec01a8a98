package app

// Chinese is the language of the UI on every OS; English is a setting.
// Keys are the Chinese texts themselves, so a missing translation still
// shows something a clerk can read.
var english = map[string]string{
	"班级": "Classes", "学员": "Roster", "考勤": "Attendance", "结业/证书": "Completion", "同步": "Sync", "设置": "Settings",
	"待上传": "pending", "已上传": "sent", "被退回": "quarantined", "上次成功": "last success", "数据目录": "data",
	"从未": "never", "保存": "Save", "取消": "Cancel", "新建": "New", "编辑": "Edit", "删除": "Delete", "搜索": "Search",
}

// T translates a UI text to the current language.
func (u *UI) T(zh string) string {
	if u.lang == "en" {
		if en, ok := english[zh]; ok {
			return en
		}
	}
	return zh
}
