package sync_test

import (
	"strings"
	"testing"

	tdsync "trainingdesk/sync"
)

func TestHintNamesTheFieldToFix(t *testing.T) {
	cases := []struct {
		code, field, message string
		want                 []string
	}{
		{tdsync.CodeInvalidID, "person.id_number", "", []string{"公民身份号码", "自动重新上传"}},
		{tdsync.CodeMissingField, "occupation", "", []string{"职业（工种）", "补填"}},
		{tdsync.CodeInvalidValue, "level", "职业技能等级须为 1-5", []string{"职业技能等级", "1-5", "改正"}},
		{tdsync.CodeInvalidValue, "hours", "学时须大于 0", []string{"学时"}},
		{tdsync.CodeMissingParent, "class_id", "", []string{"所属班级"}},
		{tdsync.CodeBadData, "", "", []string{"格式"}},
		{"province_specific", "", "该职业不在补贴目录内", []string{"该职业不在补贴目录内"}},
	}
	for _, c := range cases {
		h := tdsync.Hint(c.code, c.field, c.message)
		for _, w := range c.want {
			if !strings.Contains(h, w) {
				t.Errorf("Hint(%q,%q) = %q, want it to contain %q", c.code, c.field, h, w)
			}
		}
	}
}
