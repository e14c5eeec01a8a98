package spreadsheet

import (
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Table is one sheet of the claim and filing packages: a title row, a
// header, the rows (every cell text, so identity and certificate numbers
// keep every character) and closing lines such as totals.
type Table struct {
	Sheet   string
	Title   string
	Headers []string
	Rows    [][]string
	Closing []string
}

// WriteTable writes t as .xlsx, streaming the rows.
func WriteTable(w io.Writer, t Table) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("生成表格“%s”时出错（%v）", t.Title, p)
		}
	}()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", t.Sheet); err != nil {
		return err
	}
	st, err := newRosterStyles(f)
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(t.Sheet)
	if err != nil {
		return err
	}
	for i, h := range t.Headers {
		wd := float64(utf8.RuneCountInString(h))*2.2 + 4
		for _, r := range t.Rows {
			if i < len(r) {
				wd = max(wd, min(float64(len(r[i]))*1.1+2, 48))
			}
		}
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(max(len(t.Headers), 1), 1)
	if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: st.title, Value: t.Title}}, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	if err := sw.MergeCell("A1", last); err != nil {
		return err
	}
	head := make([]any, len(t.Headers))
	for i, h := range t.Headers {
		head[i] = excelize.Cell{StyleID: st.head, Value: h}
	}
	if err := sw.SetRow("A2", head, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	row := 3
	for _, r := range t.Rows {
		cells := make([]any, len(r))
		for i, v := range r {
			cells[i] = excelize.Cell{StyleID: st.text, Value: v}
		}
		cell, _ := excelize.CoordinatesToCellName(1, row)
		if err := sw.SetRow(cell, cells); err != nil {
			return err
		}
		row++
	}
	for _, c := range t.Closing {
		cell, _ := excelize.CoordinatesToCellName(1, row)
		if err := sw.SetRow(cell, []any{c}); err != nil {
			return err
		}
		row++
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}
