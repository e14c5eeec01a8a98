package spreadsheet

import "github.com/xuri/excelize/v2"

// Template is a fresh workbook for a sheet the clerk fills in: its one
// sheet renamed, a bold shaded style for the header row and a text style
// for columns Excel must not turn into numbers (IDs, phones).
type Template struct {
	File       *excelize.File
	Head, Text int
}

// NewTemplate starts a template workbook whose one sheet is named sheet.
// The caller closes t.File.
func NewTemplate(sheet string) (t Template, err error) {
	t.File = excelize.NewFile()
	defer func() {
		if err != nil {
			t.File.Close()
		}
	}()
	if err = t.File.SetSheetName("Sheet1", sheet); err != nil {
		return t, err
	}
	if t.Head, err = t.File.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}}); err != nil {
		return t, err
	}
	t.Text, err = t.File.NewStyle(&excelize.Style{NumFmt: 49})
	return t, err
}
