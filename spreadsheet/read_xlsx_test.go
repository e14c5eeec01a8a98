package spreadsheet

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"trainingdesk/personname"
	"trainingdesk/training"
)

// A messy but realistic roster: header variants in a shuffled order, a blank
// row, full-width digits and every kind of bad row a clerk produces.
func TestReadRosterXLSXReportsEachBadRow(t *testing.T) {
	li := withCheck("11010519900101001")      // 男
	wang := withCheck("33010619850315002")    // 女
	zhao := withCheck("11010519920202003")    // 男
	unknown := withCheck("24010519800808004") // 女, unknown province
	intact := withCheck("11010519880808005")  // 男, but stored as a number
	fullWidth := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '０'
		}
		return r
	}, wang)

	head := []any{"联系电话", " 公民身份号码 *", "姓　名（必填）", "性别", "户籍所在地", "学历", "人员类型", "民族"}
	data := buildXLSX(t, "Sheet1", [][]any{
		head,
		{"13812345678", li, "李四", "男", "北京市朝阳区", "高中", "农村转移劳动者", "汉族"}, // 2 valid
		{},                         // 3 blank
		{"", badCheck(zhao), "赵六"}, // 4 bad check digit
		{"", numberCell(mustInt(intact)), "钱七"},    // 5 numeric cell, digits look whole
		{"", "5.00112198709056E+17", "孙八"},         // 6 scientific text
		{"０５７１-８８８８８８８８", fullWidth, "　王五　", "女"},  // 7 valid after folding
		{"", " " + li + " ", "李四"},                 // 8 duplicate of row 2
		{"", zhao, "赵六", "女"},                      // 9 sex contradicts number
		{"12345", wang[:17] + "0", ""},             // 10 no name, bad phone (ID checked too)
		{"", withCheck("11010519750505006"), "张3"}, // 11 digit in name
		{"", unknown, "周九"},                        // 12 valid with a warning
		{"", 1.10105e17, "吴十"},                     // 13 Excel General number cell
		{nil, nil, nil, nil, nil, nil, nil, nil},   // 14 nothing
	})

	res, err := ReadRoster(context.Background(), bytes.NewReader(data), "名单.xlsx", nil)
	if err != nil {
		t.Fatal(err)
	}
	idCol := "公民身份号码 *" // as written, stray outer spaces trimmed
	damaged := "证件号码已被 Excel 转成数字（%s），末尾几位已丢失。请把该列设置为“文本”格式后重新输入或粘贴，再导入。"
	// Only what the file alone knows is refused here; the name, the check
	// digit, sex and phone are enrolment.Check's (see roster's dry-run test).
	wantErrors := []Issue{
		// Excel's 15 significant digits: the cell shows 110105198808080000.
		{5, idCol, strings.Replace(damaged, "%s", "110105********0000", 1)},
		{6, idCol, strings.Replace(damaged, "%s", "5.00112198709056E+17", 1)},
		{8, idCol, "证件号码与第 2 行重复：同一学员只需填写一行，请删除重复的行"},
		{13, idCol, strings.Replace(damaged, "%s", "1.10105E+17", 1)},
	}
	if wang[17] == '0' { // the "bad" number above would then be valid
		t.Fatalf("pick another test number than %s", wang)
	}
	if !reflect.DeepEqual(res.Errors, wantErrors) {
		t.Errorf("errors:\n got %v\nwant %v", res.Errors, wantErrors)
	}
	if res.Rows != 11 {
		t.Errorf("Rows = %d, want 11 (blank rows not counted)", res.Rows)
	}
	if res.Column(training.FieldIDNumber) != idCol || res.Column(personname.FieldName) != "姓　名（必填）" || res.Column(training.FieldCategory) != "人员类型" {
		t.Errorf("columns as written: %v", res.Columns)
	}

	// The cells as read: trimmed, full-width folded, nothing judged yet.
	wantValid := []Row{
		{Row: 2, Category: "农村转移劳动者", Person: training.Person{Name: "李四", IDNumber: li, Sex: "男",
			Ethnicity: "汉族", Education: "高中", Phone: "13812345678", Address: "北京市朝阳区"}},
		{Row: 4, Person: training.Person{Name: "赵六", IDNumber: badCheck(zhao)}},
		{Row: 7, Person: training.Person{Name: "王五", IDNumber: wang, Sex: "女", Phone: "0571-88888888"}},
		{Row: 9, Person: training.Person{Name: "赵六", IDNumber: zhao, Sex: "女"}},
		{Row: 10, Person: training.Person{IDNumber: wang[:17] + "0", Phone: "12345"}},
		{Row: 11, Person: training.Person{Name: "张3", IDNumber: withCheck("11010519750505006")}},
		{Row: 12, Person: training.Person{Name: "周九", IDNumber: unknown}},
	}
	if !reflect.DeepEqual(res.Valid, wantValid) {
		t.Errorf("valid:\n got %+v\nwant %+v", res.Valid, wantValid)
	}
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func mustInt(s string) int64 {
	var n int64
	for _, r := range s {
		n = n*10 + int64(r-'0')
	}
	return n
}

func TestReadRosterHeaderProblems(t *testing.T) {
	id := withCheck("11010519900101001")
	tests := []struct {
		name     string
		rows     [][]any
		wantErr  []string // fragments of the error; nil means success
		wantRows int
	}{
		{"missing ID column", [][]any{{"姓名", "性别", "电话"}, {"李四", "男", "13812345678"}},
			[]string{"表头", "姓名、性别、电话", "证件号码"}, 0},
		{"empty sheet", [][]any{}, []string{"（空）"}, 0},
		{"title row above header, header after blank rows", [][]any{{}, {"2024001 电工培训班 学员花名册"}, {}, {"序号", "姓名", "身份证号"}, {"1", "李四", id}},
			nil, 1},
		{"row with only a pre-filled 序号 is blank", [][]any{{"序号", "姓名", "身份证号码"}, {"1", "李四", id}, {"2"}, {"3"}},
			nil, 1},
		{"header variants with half-width marks", [][]any{{"姓名*", "证件号码(必填)", "手机号码", "户口所在地", "人员类别"}, {"李四", id, "13812345678", "杭州", "失业人员"}},
			nil, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := buildXLSX(t, "Sheet1", tt.rows)
			res, err := ReadRoster(context.Background(), bytes.NewReader(data), "a.xlsx", nil)
			if tt.wantErr == nil {
				if err != nil || len(res.Errors) != 0 || len(res.Valid) != tt.wantRows {
					t.Fatalf("got %d valid, errors %v, err %v; want %d valid", len(res.Valid), res.Errors, err, tt.wantRows)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want one mentioning %q", tt.wantErr)
			}
			for _, frag := range tt.wantErr {
				if !strings.Contains(err.Error(), frag) {
					t.Errorf("error %q does not mention %q", err, frag)
				}
			}
		})
	}
}

func TestReadRosterOtherSheetAndBadFiles(t *testing.T) {
	id := withCheck("11010519900101001")
	// An .xls re-saved as .xlsx but still named .xls, whose first sheet is a
	// cover page: the roster sheet is found by its header.
	wb := excelize.NewFile()
	_ = wb.SetSheetName("Sheet1", "封面")
	_ = wb.SetCellStr("封面", "A1", "2024 年第一期 电工培训班")
	_, _ = wb.NewSheet("学员")
	_ = wb.SetSheetRow("学员", "A1", &[]string{"姓名", "证件号码"})
	_ = wb.SetSheetRow("学员", "A2", &[]string{"李四", id})
	var buf bytes.Buffer
	if err := wb.Write(&buf); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	res, err := ReadRoster(context.Background(), bytes.NewReader(data), "renamed.xls", nil)
	if err != nil || len(res.Valid) != 1 || res.Valid[0].Row != 2 {
		t.Fatalf(".xlsx named .xls: valid %+v, err %v", res.Valid, err)
	}

	tests := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"real .xls", "old.xls", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), "另存为” .xlsx"},
		{"broken .xlsx", "x.xlsx", []byte("not a zip"), "无法打开这个 Excel 文件"},
		{"truncated zip", "x.xlsx", data[:len(data)/2], "无法打开这个 Excel 文件"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadRoster(context.Background(), bytes.NewReader(tt.data), tt.file, nil)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestReadRosterCancelled(t *testing.T) {
	rows := [][]any{{"姓名", "证件号码"}}
	for i := 0; i < 1000; i++ {
		rows = append(rows, []any{"李四", withCheck("110105199001010" + twoDigits(i%100))})
	}
	data := buildXLSX(t, "Sheet1", rows)

	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	_, err := ReadRoster(ctx, bytes.NewReader(data), "a.xlsx", func(done, total int) {
		calls++
		cancel() // the clerk presses 取消 at the first progress report
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if calls != 1 {
		t.Errorf("progress called %d times after cancel, want the import to stop at once", calls)
	}

	if _, err := ReadRoster(ctx, bytes.NewReader(data), "a.xlsx", nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("already-cancelled ctx: err = %v", err)
	}
}

func twoDigits(i int) string { return string(rune('0'+i/10)) + string(rune('0'+i%10)) }

func TestReadRosterProgressReachesTotal(t *testing.T) {
	rows := [][]any{{"姓名", "证件号码"}}
	for i := 0; i < 450; i++ {
		rows = append(rows, []any{"李四", withCheck("11010519900101" + twoDigits(i/10) + string(rune('0'+i%10)))})
	}
	data := buildXLSX(t, "Sheet1", rows)
	var last [2]int
	res, err := ReadRoster(context.Background(), bytes.NewReader(data), "a.xlsx", func(done, total int) {
		if done > total {
			t.Errorf("progress %d/%d overshoots", done, total)
		}
		last = [2]int{done, total}
	})
	if err != nil || len(res.Valid) != 450 {
		t.Fatalf("valid %d, errors %v, err %v", len(res.Valid), res.Errors, err)
	}
	if last != [2]int{450, 450} {
		t.Errorf("last progress = %v, want [450 450]", last)
	}
}

// validEndingIn000 finds a valid number whose last three characters are
// "000": exactly what a damaged number cell shows, yet it passes the check.
func validEndingIn000(t *testing.T, skip int) string {
	t.Helper()
	for day := 1; day <= 28; day++ {
		for seq := 0; seq < 10; seq++ {
			id := withCheck(fmt.Sprintf("11010519900%d%02d%d00", 1+seq%9, day, seq))
			if id[17] == '0' {
				if skip == 0 {
					return id
				}
				skip--
			}
		}
	}
	t.Fatal("no valid number ending in 000 found")
	return ""
}

// A damaged number that happens to pass the check digit is still rejected
// once the sheet is known to hold number cells; the same digits typed as
// text are kept.
func TestReadRosterNumberCellPassingCheckDigit(t *testing.T) {
	lucky, typed := validEndingIn000(t, 0), validEndingIn000(t, 1)
	data := buildXLSX(t, "Sheet1", [][]any{
		{"姓名", "证件号码"},
		{"钱七", numberCell(mustInt(lucky))},                // 2: passes the check, but a number cell
		{"李四", typed},                                     // 3: text, kept
		{"孙八", numberCell(mustInt("110105198808080000"))}, // 4: fails the check: proves the sheet has number cells
	})
	res, err := ReadRoster(context.Background(), bytes.NewReader(data), "a.xlsx", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Issue{
		{2, "证件号码", excelDamaged(lucky[:6] + "********" + lucky[14:])},
		{4, "证件号码", excelDamaged("110105********0000")},
	}
	if !reflect.DeepEqual(res.Errors, want) {
		t.Errorf("errors:\n got %v\nwant %v", res.Errors, want)
	}
	if len(res.Valid) != 1 || res.Valid[0].Person.IDNumber != typed {
		t.Errorf("valid = %+v, want only row 3", res.Valid)
	}
}
