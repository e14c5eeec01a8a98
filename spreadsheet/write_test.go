package spreadsheet

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"trainingdesk/training"
)

func sampleClass() (training.Class, []training.Trainee) {
	class := training.Class{Code: "2024-DG-001", Name: "电工（五级）培训班", Start: date(2024, 3, 1)}
	people := []struct{ name, id17, eth, edu, cat, phone, addr string }{
		{"李四", "11010519900101001", "汉族", "高中", "农村转移劳动者", "13812345678", "北京市朝阳区"},
		{"王五", "33010619850315002", "回族", "大专", "失业人员", "0571-88888888", "杭州市西湖区"},
		{"阿依古丽·买买提", "65010220000229002", "维吾尔族", "初中", "", "", ""},
	}
	var ts []training.Trainee
	for _, p := range people {
		id := withCheck(p.id17)
		ts = append(ts, training.Trainee{Category: p.cat, Person: training.Person{
			Name: p.name, IDNumber: id, IDType: "居民身份证", Ethnicity: p.eth, Education: p.edu, Phone: p.phone, Address: p.addr,
			Sex: map[bool]string{true: "男", false: "女"}[(id[16]-'0')%2 == 1], Birth: birthOf(id),
		}})
	}
	return class, ts
}

func birthOf(id string) time.Time {
	t, _ := time.Parse("20060102", id[6:14])
	return t
}

func TestWriteRosterRoundTrip(t *testing.T) {
	class, trainees := sampleClass()
	var buf bytes.Buffer
	if err := WriteRoster(&buf, class, trainees, true, nil); err != nil {
		t.Fatal(err)
	}
	res, err := ReadRoster(context.Background(), bytes.NewReader(buf.Bytes()), "花名册.xlsx", nil)
	if err != nil {
		t.Fatal(err)
	}
	valid, issues := judged(res)
	if len(issues) != 0 {
		t.Fatalf("re-import errors: %v", issues)
	}
	var got []training.Trainee
	for _, r := range valid {
		got = append(got, training.Trainee{Person: r.Person, Category: r.Category})
	}
	if !reflect.DeepEqual(got, trainees) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, trainees)
	}
	if res.Valid[0].Row != 3 {
		t.Errorf("first trainee on row %d, want 3 (title, header, data)", res.Valid[0].Row)
	}

	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("花名册")
	if !strings.Contains(rows[0][0], "2024-DG-001") || !strings.Contains(rows[0][0], "电工（五级）培训班") {
		t.Errorf("title = %q, want class code and name", rows[0][0])
	}
	if want := []string{"序号", "姓名", "性别", "出生日期", "年龄", "证件号码", "民族", "文化程度", "人员类别", "联系电话", "户籍地址"}; !reflect.DeepEqual(rows[1], want) {
		t.Errorf("headers = %q", rows[1])
	}
	// 年龄 is counted on the class's first day: born 1990-01-01 → 34 on 2024-03-01;
	// born 2000-02-29 → 24 on 2024-03-01.
	if rows[2][4] != "34" || rows[4][4] != "24" || rows[2][3] != "1990-01-01" {
		t.Errorf("birth/age cells = %q %q %q", rows[2][3], rows[2][4], rows[4][4])
	}
	assertTextFormat(t, f, "花名册", "F3")
}

func TestWriteRosterMasked(t *testing.T) {
	class, trainees := sampleClass()
	var buf bytes.Buffer
	if err := WriteRoster(&buf, class, trainees, false, nil); err != nil {
		t.Fatal(err)
	}
	cells := allCells(t, buf.Bytes())
	for _, c := range cells {
		for _, tr := range trainees {
			if strings.Contains(c, tr.Person.IDNumber) {
				t.Errorf("cell %q holds a full ID number", c)
			}
			if tr.Person.Phone != "" && strings.Contains(c, tr.Person.Phone) {
				t.Errorf("cell %q holds a full phone number", c)
			}
			if strings.Contains(c, tr.Person.Birth.Format("2006-01-02")) {
				t.Errorf("cell %q: a full birth date beside a masked number rebuilds it", c)
			}
		}
	}
	joined := strings.Join(cells, "|")
	for _, want := range []string{"110105********0010", "138****5678"} {
		if !strings.Contains(joined, want) {
			t.Errorf("masked roster lacks %q", want)
		}
	}
}

func TestWriteRosterProgress(t *testing.T) {
	class, trainees := sampleClass()
	var calls [][2]int
	if err := WriteRoster(&bytes.Buffer{}, class, trainees, false, func(d, n int) { calls = append(calls, [2]int{d, n}) }); err != nil {
		t.Fatal(err)
	}
	if len(calls) == 0 || calls[len(calls)-1] != [2]int{3, 3} {
		t.Errorf("progress = %v, want to end at 3/3", calls)
	}
}

func TestWriteTemplate(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTemplate(&buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !reflect.DeepEqual(got, []string{"学员名单", "说明"}) {
		t.Errorf("sheets = %q", got)
	}
	rows, _ := f.GetRows("学员名单")
	if want := []string{"姓名*", "证件号码*", "性别", "民族", "文化程度", "人员类别", "联系电话", "户籍地址"}; len(rows) == 0 || !reflect.DeepEqual(rows[0], want) {
		t.Errorf("headers = %q", rows)
	}
	for _, cell := range []string{"B2", "B500", "B1001", "G2"} {
		assertTextFormat(t, f, "学员名单", cell)
	}
	help, _ := f.GetRows("说明")
	if len(help) < 3 || !strings.Contains(help[3][0], "文本") {
		t.Errorf("说明 sheet does not explain the text format: %q", help)
	}

	// The template imports cleanly as an empty roster, and once filled in,
	// as the people typed in it.
	res, err := ReadRoster(context.Background(), bytes.NewReader(buf.Bytes()), "模板.xlsx", nil)
	if err != nil || res.Rows != 0 {
		t.Fatalf("blank template: rows %d, err %v", res.Rows, err)
	}
	id := withCheck("11010519900101001")
	_ = f.SetCellStr("学员名单", "A2", "李四")
	_ = f.SetCellStr("学员名单", "B2", id)
	var filled bytes.Buffer
	if err := f.Write(&filled); err != nil {
		t.Fatal(err)
	}
	res, err = ReadRoster(context.Background(), bytes.NewReader(filled.Bytes()), "模板.xlsx", nil)
	if err != nil || len(res.Valid) != 1 || res.Valid[0].Person.IDNumber != id || len(res.Errors) != 0 {
		t.Fatalf("filled template: %+v, err %v", res, err)
	}
}

// assertTextFormat checks a cell carries the "@" (text) number format, the
// only thing that stops Excel turning an ID into 1.10105E+17.
func assertTextFormat(t *testing.T, f *excelize.File, sheet, cell string) {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.NumFmt != 49 {
		t.Errorf("%s!%s number format = %d, want 49 (text, \"@\")", sheet, cell, st.NumFmt)
	}
}
