package spreadsheet

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"trainingdesk/errs"
)

// maxHeaderScan is how many non-blank rows may precede the header (a title
// row such as our own 花名册's, notes above the table).
const maxHeaderScan = 10

// progressEvery throttles progress callbacks and cancellation checks.
const progressEvery = 200

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
)

// ReadRoster reads an .xlsx (also an .xls re-saved as .xlsx) or .csv roster
// (UTF-8 with or without BOM, or GBK). name decides the format by extension;
// the content is sniffed when the extension says nothing useful. progress
// may be nil. Cancelling ctx stops early and returns ctx.Err().
func ReadRoster(ctx context.Context, r io.Reader, name string, progress func(done, total int)) (res Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = errs.Errorf(errs.Invalid, FieldFile, "读取表格时出错（%v）：请确认文件没有损坏，可在 Excel/WPS 中另存为 .xlsx 后重试", p)
		}
	}()
	if progress == nil {
		progress = func(int, int) {}
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return Result{}, fmt.Errorf("读取文件 %s 失败：%w", name, err)
	}
	if len(data) > MaxFileBytes {
		return Result{}, fileTooLarge()
	}
	switch format(name, data) {
	case "xlsx":
		return readXLSX(ctx, data, progress)
	case "xls":
		return Result{}, errs.Errorf(errs.Invalid, FieldFile, "这是旧版 Excel 97-2003（.xls）文件，无法直接读取：请在 Excel/WPS 中打开，“另存为” .xlsx 格式后再导入")
	default:
		return readCSV(ctx, data, progress)
	}
}

// format decides how to read the file: the extension first, then the bytes
// (an .xls may really be an .xlsx or a CSV renamed by another program).
func format(name string, data []byte) string {
	switch {
	case bytes.HasPrefix(data, zipMagic):
		return "xlsx"
	case bytes.HasPrefix(data, oleMagic):
		return "xls"
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".xlsm":
		return "xlsx" // not a zip: excelize reports it as damaged
	}
	return "csv"
}
