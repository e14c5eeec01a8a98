package spreadsheet

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

const (
	templateSheet = "学员名单"
	helpSheet     = "说明"
	templateRows  = 1000 // rows pre-formatted as text
)

// templateHeaders are the import template's columns, in pastedOrder.
var templateHeaders = []string{"姓名*", "证件号码*", "性别", "民族", "文化程度", "人员类别", "联系电话", "户籍地址"}

var templateWidths = []float64{12, 24, 8, 10, 12, 16, 16, 40}

// helpLines is the 说明 sheet: how to fill the template without Excel
// damaging the identity numbers.
var helpLines = []string{
	"学员名单导入说明",
	"1. 在“学员名单”工作表中每行填写一名学员，第一行表头请勿修改或删除。",
	"2. 带 * 的列必须填写：姓名、证件号码（居民身份证、港澳台居民居住证或外国人永久居留身份证号码，18位）。",
	"3. 证件号码列已设置为“文本”格式。从其他表格粘贴时请用“选择性粘贴 → 值”，否则 Excel 会把号码变成 1.10105E+17 这样的数字，末尾几位会丢失。",
	"4. 性别、出生日期由证件号码自动读出；若填写了性别，须与证件号码一致。",
	"5. 联系电话填写 11 位手机号，或带区号的固定电话（如 0571-88888888）。",
	"6. 民族填写全称（如 汉族）；文化程度如 初中、高中、中专、大专、本科。",
	"7. 同一证件号码在一个文件中只能出现一次。",
	// One cell, not a table row, so the importer never mistakes it for data.
	"示例：姓名 张三，证件号码 11010519491231002X，性别 男，民族 汉族，文化程度 高中，人员类别 农村转移劳动者，联系电话 13812345678，户籍地址 北京市朝阳区某某街道1号",
}

// WriteTemplate writes a blank import template (.xlsx): the expected
// headers, the ID and phone columns formatted as text for the first 1,000
// rows, a 男/女 drop-down, and a 说明 sheet with instructions and an example.
func WriteTemplate(w io.Writer) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("生成导入模板时出错（%v）", p)
		}
	}()
	t, err := NewTemplate(templateSheet)
	if err != nil {
		return err
	}
	f, head, text := t.File, t.Head, t.Text
	defer f.Close()
	if err := f.SetSheetRow(templateSheet, "A1", &templateHeaders); err != nil {
		return err
	}
	if err := f.SetCellStyle(templateSheet, "A1", "H1", head); err != nil {
		return err
	}
	for i, wd := range templateWidths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(templateSheet, col, col, wd); err != nil {
			return err
		}
	}
	// Text format on whole columns (new cells) and on the first rows (cells
	// some spreadsheet programs look at instead of the column default).
	for _, col := range []string{"B", "G"} {
		if err := f.SetColStyle(templateSheet, col, text); err != nil {
			return err
		}
		if err := f.SetCellStyle(templateSheet, col+"2", fmt.Sprintf("%s%d", col, templateRows+1), text); err != nil {
			return err
		}
	}
	sex := excelize.NewDataValidation(true)
	sex.Sqref = fmt.Sprintf("C2:C%d", templateRows+1)
	if err := sex.SetDropList([]string{"男", "女"}); err != nil {
		return err
	}
	if err := f.AddDataValidation(templateSheet, sex); err != nil {
		return err
	}
	if err := f.SetPanes(templateSheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := f.AddComment(templateSheet, excelize.Comment{Cell: "B1", Author: "TrainingDesk",
		Text: "18位证件号码。本列已设为文本格式，粘贴时请用“选择性粘贴 → 值”。例：11010519491231002X"}); err != nil {
		return err
	}
	if err := writeHelp(f); err != nil {
		return err
	}
	return f.Write(w)
}

func writeHelp(f *excelize.File) error {
	if _, err := f.NewSheet(helpSheet); err != nil {
		return err
	}
	if err := f.SetColWidth(helpSheet, "A", "A", 110); err != nil {
		return err
	}
	for i, line := range helpLines {
		if err := f.SetCellStr(helpSheet, fmt.Sprintf("A%d", i+1), line); err != nil {
			return err
		}
	}
	return nil
}
