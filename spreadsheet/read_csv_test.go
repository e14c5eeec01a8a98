package spreadsheet

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"trainingdesk/errs"
)

func TestReadRosterCSVEncodings(t *testing.T) {
	li := withCheck("11010519900101001")
	wang := withCheck("33010619850315002")
	text := "姓名,身份证号码,性别,民族,联系电话\r\n" +
		"李四," + li + ",男,汉族,13812345678\r\n" +
		",,,,\r\n" + // Excel writes blank rows like this
		"王五,'" + wang + ",女,回族,0571-88888888\r\n" +
		"赵六,1.10105E+17,男,汉族,\r\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	wantValid := []string{"2 李四 " + li + " 汉族", "4 王五 " + wang + " 回族"}
	wantErrors := []Issue{{5, "身份证号码", excelDamaged("1.10105E+17")}}

	tests := []struct {
		name, file string
		data       []byte
	}{
		{"UTF-8 with BOM", "名单.csv", append([]byte("\xEF\xBB\xBF"), text...)},
		{"UTF-8 without BOM", "名单.csv", []byte(text)},
		{"GBK from Chinese Excel", "名单.csv", []byte(gbk)},
		{"GBK with an unknown extension", "名单.txt", []byte(gbk)},
		{"UTF-16 (Excel's Unicode text, tab-separated)", "名单.txt", utf16(t, strings.ReplaceAll(text, ",", "\t"), unicode.LittleEndian, unicode.UseBOM)},
		{"UTF-16 big-endian", "名单.csv", utf16(t, text, unicode.BigEndian, unicode.UseBOM)},
		{"UTF-16 without a byte-order mark", "名单.csv", utf16(t, text, unicode.LittleEndian, unicode.IgnoreBOM)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ReadRoster(context.Background(), bytes.NewReader(tt.data), tt.file, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range res.Valid {
				got = append(got, strings.Join([]string{itoa(r.Row), r.Person.Name, r.Person.IDNumber, r.Person.Ethnicity}, " "))
			}
			if !reflect.DeepEqual(got, wantValid) {
				t.Errorf("valid = %q, want %q", got, wantValid)
			}
			if !reflect.DeepEqual(res.Errors, wantErrors) {
				t.Errorf("errors = %v, want %v", res.Errors, wantErrors)
			}
			if res.Rows != 3 {
				t.Errorf("Rows = %d, want 3", res.Rows)
			}
		})
	}
}

func TestReadRosterCSVMissingHeader(t *testing.T) {
	data := []byte("李四,110105199001010010\n")
	_, err := ReadRoster(context.Background(), bytes.NewReader(data), "a.csv", nil)
	if errs.FieldOf(err) != FieldHeader || !strings.Contains(err.Error(), "李四、110105199001010010") || !strings.Contains(err.Error(), "应包含：姓名、证件号码") {
		t.Fatalf("err = %v, want the headers found and the expected ones", err)
	}
}

func itoa(n int) string {
	s := ""
	for {
		s = string(rune('0'+n%10)) + s
		if n /= 10; n == 0 {
			return s
		}
	}
}

func TestReadRosterCSVTitleLineAboveHeader(t *testing.T) {
	id := withCheck("11010519900101001")
	data := []byte("2024-DG-001 电工培训班 学员花名册,,\n序号,姓名,证件号码\n1,李四," + id + "\n")
	res, err := ReadRoster(context.Background(), bytes.NewReader(data), "花名册.csv", nil)
	if err != nil || len(res.Valid) != 1 || res.Valid[0].Row != 3 {
		t.Fatalf("valid %+v, err %v; want 李四 on row 3", res.Valid, err)
	}
}

func TestABinaryFileIsRefusedAsNotASpreadsheet(t *testing.T) {
	data := append([]byte("姓名,证件号码\n"), 0, 1, 2, 0xff, 0xfe, 0)
	_, err := ReadRoster(context.Background(), bytes.NewReader(data), "photo.jpg", nil)
	if errs.FieldOf(err) != FieldFile || !strings.Contains(err.Error(), "不是表格文件") {
		t.Fatalf("binary file: %v", err)
	}
}

func utf16(t *testing.T, text string, order unicode.Endianness, bom unicode.BOMPolicy) []byte {
	t.Helper()
	out, err := unicode.UTF16(order, bom).NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(out)
}
