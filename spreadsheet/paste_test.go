package spreadsheet

import (
	"reflect"
	"testing"

	"trainingdesk/training"
)

func TestParsePasted(t *testing.T) {
	li := withCheck("11010519900101001")
	wang := withCheck("33010619850315002")
	tests := []struct {
		name      string
		text      string
		wantValid []Row
		wantErrs  []Issue
	}{
		{
			name:      "with a header in its own order",
			text:      "身份证号\t姓名\t手机号\r\n" + li + "\t李四\t13812345678\r\n\r\n" + wang + "\t王五\t138\r\n",
			wantValid: []Row{{Row: 2, Person: personOf(t, "李四", li, "13812345678")}},
			wantErrs:  []Issue{{4, "手机号", "“138”格式不对：请填写 11 位手机号（如 13812345678）或带区号的固定电话（如 0571-88888888）"}},
		},
		{
			name: "without a header: template order",
			text: "李四\t" + li + "\t男\t汉族\t高中\t失业人员\t13812345678\t北京市\n王五\t" + wang + "\t男\n",
			wantValid: []Row{{Row: 1, Category: "失业人员", Person: func() (p training.Person) {
				p = personOf(t, "李四", li, "13812345678")
				p.Ethnicity, p.Education, p.Address = "汉族", "高中", "北京市"
				return p
			}()}},
			wantErrs: []Issue{{2, "性别", "填写为“男”，但证件号码显示为“女”：请核对性别或证件号码"}},
		},
		{
			name: "a cell with a line break, quoted by Excel",
			text: "李四\t" + li + "\t\t\t\t\t\t\"北京市\n朝阳区\"\n王五\t" + badCheck(wang) + "\n",
			wantValid: []Row{{Row: 1, Person: func() (p training.Person) {
				p = personOf(t, "李四", li, "")
				p.Address = "北京市\n朝阳区"
				return p
			}()}},
			wantErrs: []Issue{{3, "证件号码", identityMessage(t, badCheck(wang))}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			valid, issues := judged(ParsePasted(tt.text))
			if !reflect.DeepEqual(valid, tt.wantValid) {
				t.Errorf("valid:\n got %+v\nwant %+v", valid, tt.wantValid)
			}
			if !reflect.DeepEqual(issues, tt.wantErrs) {
				t.Errorf("errors:\n got %v\nwant %v", issues, tt.wantErrs)
			}
		})
	}
}
