package sync

import "fmt"

// fieldLabels names the wire fields as the clerk knows them.
var fieldLabels = map[string]string{
	"kind":             "记录类型",
	"id":               "记录编号",
	"version":          "记录版本",
	"op":               "操作类型",
	"code":             "班级编号",
	"name":             "名称",
	"occupation":       "职业（工种）",
	"occupation_code":  "职业编码",
	"level":            "职业技能等级",
	"type":             "培训类型",
	"start":            "开始日期/时间",
	"end":              "结束日期/时间",
	"hours":            "学时",
	"class_id":         "所属班级",
	"person.name":      "学员姓名",
	"person.id_number": "公民身份号码",
	"date":             "上课日期",
	"lesson_id":        "课程",
	"trainee_id":       "学员",
	"status":           "考勤状态",
	"number":           "证书编号",
}

// FieldLabel is the Chinese name of a wire field (the field itself when unknown).
func FieldLabel(field string) string {
	if l, ok := fieldLabels[field]; ok {
		return l
	}
	return field
}

// retryNote ends every hint the clerk can act on.
const retryNote = "，记录将自动重新上传"

// Hint turns the bureau's rejection into a Chinese hint for the clerk that
// names the field to fix.
func Hint(code, field, message string) string {
	label := FieldLabel(field)
	detail := ""
	if message != "" {
		detail = "（" + message + "）"
	}
	switch code {
	case CodeInvalidID:
		return "证件号码校验失败：请核对学员的公民身份号码后保存" + retryNote
	case CodeMissingField:
		return fmt.Sprintf("缺少“%s”：请补填后保存%s", label, retryNote)
	case CodeInvalidValue:
		return fmt.Sprintf("“%s”不符合要求%s：请改正后保存%s", label, detail, retryNote)
	case CodeMissingParent:
		return fmt.Sprintf("人社局尚未收到它的%s：请先处理被退回的%s记录，本记录随后自动上传", label, label)
	case CodeBadData:
		if field != "" {
			return fmt.Sprintf("“%s”格式不对%s：请重新编辑并保存%s", label, detail, retryNote)
		}
		return "记录数据格式不对" + detail + "：请重新编辑并保存" + retryNote + "；仍不行请联系技术支持"
	case CodeUnknownKind, CodeBadOp:
		return "人社局不接受这类记录" + detail + "：请联系技术支持升级程序"
	}
	if message != "" {
		return "人社局退回了这条记录：" + message + "。请按提示改正后保存" + retryNote
	}
	return "人社局退回了这条记录（" + code + "）：请联系技术支持"
}
