package spreadsheet

import (
	"bytes"
	"context"
	"errors"

	"github.com/xuri/excelize/v2"

	"trainingdesk/errs"
)

// readXLSX streams the first sheet that has a roster header, so a
// 10,000-row file never sits in memory as a cell tree.
func readXLSX(ctx context.Context, data []byte, progress func(done, total int)) (Result, error) {
	if err := checkZip(data); err != nil {
		return Result{}, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: MaxUnzippedBytes})
	if err != nil {
		return Result{}, errs.Errorf(errs.Invalid, FieldFile, "无法打开这个 Excel 文件（%v）：请确认是 .xlsx 格式且没有加密，可在 Excel/WPS 中另存为 .xlsx 后重试", err)
	}
	defer f.Close()

	var firstFound []string
	for i, sheet := range f.GetSheetList() {
		res, found, err := readSheet(ctx, f, sheet, progress)
		if !errors.Is(err, errNoHeader) {
			return res, err
		}
		if i == 0 {
			firstFound = found
		}
	}
	return Result{}, headerError(firstFound)
}

var errNoHeader = errors.New("no roster header")

// readSheet imports one sheet, or returns errNoHeader and the first
// non-blank row when the sheet holds no roster.
func readSheet(ctx context.Context, f *excelize.File, sheet string, progress func(done, total int)) (Result, []string, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return Result{}, nil, errs.Errorf(errs.Invalid, FieldFile, "工作表“%s”无法读取（%v）：请在 Excel/WPS 中另存为 .xlsx 后重试", sheet, err)
	}
	defer rows.Close()

	var (
		c          *checker
		firstFound []string
		headerRow  int
		scanned    int
		total      = lastRow(f, sheet)
		done       int
	)
	for n := 1; rows.Next(); n++ {
		cells, err := rows.Columns()
		if err != nil {
			return Result{}, nil, errs.Errorf(errs.Invalid, FieldFile, "第 %d 行无法读取（%v）：请在 Excel/WPS 中另存为 .xlsx 后重试", n, err)
		}
		if err := checkRow(n, done, cells); err != nil {
			return Result{}, nil, err
		}
		if c == nil {
			if isBlankRow(cells) {
				continue
			}
			h, ok := parseHeader(cells)
			if scanned == 0 {
				firstFound = h.found
			}
			if ok {
				c, headerRow = newChecker(h, func(row, col int) bool { return isNumberCell(f, sheet, col, row) }), n
				total -= headerRow
				continue
			}
			if scanned++; scanned >= maxHeaderScan {
				break
			}
			continue
		}
		if done++; done%progressEvery == 0 {
			if err := ctx.Err(); err != nil {
				return Result{}, nil, err
			}
			progress(done, max(total, done))
		}
		c.add(n, cells)
	}
	if err := rows.Error(); err != nil {
		return Result{}, nil, errs.Errorf(errs.Invalid, FieldFile, "工作表“%s”无法读取（%v）：请在 Excel/WPS 中另存为 .xlsx 后重试", sheet, err)
	}
	if c == nil {
		return Result{}, firstFound, errNoHeader
	}
	if err := ctx.Err(); err != nil {
		return Result{}, nil, err
	}
	res := c.finish()
	progress(done, done)
	return res, nil, nil
}

// isNumberCell asks excelize for the stored cell type: an ID in a number
// cell has lost digits even when a "0" number format shows all 18.
func isNumberCell(f *excelize.File, sheet string, col, row int) bool {
	ref, err := excelize.CoordinatesToCellName(col+1, row)
	if err != nil {
		return false
	}
	t, err := f.GetCellType(sheet, ref)
	return err == nil && (t == excelize.CellTypeNumber || t == excelize.CellTypeUnset)
}

// lastRow reads the sheet's declared dimension, for progress; 0 if unknown.
func lastRow(f *excelize.File, sheet string) int {
	ref, err := f.GetSheetDimension(sheet)
	if err != nil || ref == "" {
		return 0
	}
	_, row, err := excelize.SplitCellName(lastPart(ref))
	if err != nil {
		return 0
	}
	return row
}

func lastPart(ref string) string {
	for i := len(ref) - 1; i >= 0; i-- {
		if ref[i] == ':' {
			return ref[i+1:]
		}
	}
	return ref
}

func isBlankRow(cells []string) bool {
	for _, c := range cells {
		if clean(c) != "" {
			return false
		}
	}
	return true
}
