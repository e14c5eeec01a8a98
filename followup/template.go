package followup

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"trainingdesk/identity"
	"trainingdesk/outcome"
	"trainingdesk/spreadsheet"
	"trainingdesk/store"
	"trainingdesk/training"
)

const sheetName = "就业跟踪"

// WriteTemplate writes the follow-up sheet for calls (the due list): one row
// per call with the trainee's 学员编号 (not identifying), name, masked ID,
// checkpoint and due day; the answer columns are text-formatted, with drop
// lists for the status and 是否仍在经营. blank adds empty rows for contacts
// outside the list.
func WriteTemplate(w io.Writer, calls []store.DueCall, blank int) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("生成跟踪表时出错（%v）", p)
		}
	}()
	t, err := spreadsheet.NewTemplate(sheetName)
	if err != nil {
		return err
	}
	f, head, text := t.File, t.Head, t.Text
	defer f.Close()
	header := make([]any, len(templateColumns))
	for i, c := range templateColumns {
		header[i] = c
	}
	if err := f.SetSheetRow(sheetName, "A1", &header); err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(len(templateColumns))
	if err := f.SetCellStyle(sheetName, "A1", last+"1", head); err != nil {
		return err
	}
	rows := len(calls) + blank
	if err := f.SetCellStyle(sheetName, "A2", fmt.Sprintf("%s%d", last, rows+1), text); err != nil {
		return err
	}
	for i, c := range calls {
		row := []any{c.Trainee.ID, c.Trainee.Name(), identity.Mask(c.Trainee.Person.IDNumber),
			fmt.Sprintf("结业后%d个月", c.Checkpoint.Months), c.Checkpoint.Due.Format(training.DateLayout)}
		if err := f.SetSheetRow(sheetName, fmt.Sprintf("A%d", i+2), &row); err != nil {
			return err
		}
	}
	for i, c := range templateColumns {
		col, _ := excelize.ColumnNumberToName(i + 1)
		width := float64(4 + 2*len([]rune(c)))
		if c == colTraineeID {
			width = 24
		}
		if err := f.SetColWidth(sheetName, col, col, width); err != nil {
			return err
		}
	}
	var labels []string
	for _, s := range outcome.Statuses {
		labels = append(labels, s.Label())
	}
	if err := dropList(f, colStatus, rows, labels); err != nil {
		return err
	}
	if err := dropList(f, colOperating, rows, []string{"是", "否"}); err != nil {
		return err
	}
	var kinds []string
	for _, k := range outcome.EvidenceKinds {
		kinds = append(kinds, k.Label())
	}
	if err := f.AddComment(sheetName, excelize.Comment{Cell: cellOf(colEvidence, 1), Author: "TrainingDesk",
		Text: "可填多项，用顿号分隔：" + strings.Join(kinds, "、") + "。证明编号按同样顺序填写。"}); err != nil {
		return err
	}
	if err := f.AddComment(sheetName, excelize.Comment{Cell: cellOf(colDate, 1), Author: "TrainingDesk",
		Text: "联系学员的日期，格式 2026-06-20。没联系上的请填“失联”；未填跟踪状态和日期的行不导入。"}); err != nil {
		return err
	}
	if err := f.SetPanes(sheetName, &excelize.Panes{Freeze: true, YSplit: 1, XSplit: 2, TopLeftCell: "C2", ActivePane: "bottomRight"}); err != nil {
		return err
	}
	return f.Write(w)
}

func cellOf(column string, row int) string {
	for i, c := range templateColumns {
		if c == column {
			name, _ := excelize.CoordinatesToCellName(i+1, row)
			return name
		}
	}
	return "A1"
}

func dropList(f *excelize.File, column string, rows int, values []string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = cellOf(column, 2) + ":" + cellOf(column, rows+1)
	if err := dv.SetDropList(values); err != nil {
		return err
	}
	return f.AddDataValidation(sheetName, dv)
}

// OfClass keeps the calls of one class (a sheet is imported into one class).
func OfClass(calls []store.DueCall, classID string) []store.DueCall {
	var out []store.DueCall
	for _, c := range calls {
		if c.Class.ID == classID {
			out = append(out, c)
		}
	}
	return out
}
