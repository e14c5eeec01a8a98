package spreadsheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"unicode/utf8"

	"trainingdesk/errs"
)

// FieldFile is the file being imported, as a whole.
var (
	FieldFile   = errs.NewField("file", "文件", "File")
	FieldHeader = errs.NewField("header", "表头", "Header row")
)

// Limits on what a roster can be. A real roster is far inside them (100,000
// trainees is a whole city's year); a file outside them is refused at once,
// before it can take minutes or gigabytes (a zip bomb, a one-line CSV).
const (
	MaxFileBytes     = 32 << 20  // the file as stored
	MaxUnzippedBytes = 128 << 20 // an .xlsx unpacked
	MaxRows          = 100_000   // data rows
	MaxColumns       = 100
	MaxCellChars     = 500     // one cell, in characters
	maxLineBytes     = 1 << 20 // one CSV line (quoted line breaks make a line longer than a row)
)

func limitError(row int, format string, args ...any) error {
	if row > 0 {
		return errs.E(errs.Limit, FieldFile, errs.Row(row), fmt.Sprintf(format, args...))
	}
	return errs.E(errs.Limit, FieldFile, fmt.Sprintf(format, args...))
}

func fileTooLarge() error {
	return limitError(0, "文件超过 %d MB，不像花名册：请只保留学员名单（每个文件最多 %d 行），或分成几个文件导入", MaxFileBytes>>20, MaxRows)
}

// checkZip refuses an .xlsx whose parts unpack to more than the limit
// (sizes as the zip declares them; reading more than declared fails).
func checkZip(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil // excelize names the damage
	}
	var total uint64
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > MaxUnzippedBytes {
			return limitError(0, "这个 Excel 文件解压后超过 %d MB，不像花名册（可能是损坏或恶意的文件）：请只保留学员名单后另存为 .xlsx 再导入", MaxUnzippedBytes>>20)
		}
	}
	return nil
}

// checkRow refuses a row with too many columns or an over-long cell, and a
// file with too many rows (dataRows counts the rows read so far).
func checkRow(row, dataRows int, cells []string) error {
	if dataRows > MaxRows {
		return limitError(row, "超过 %d 行：一次最多导入 %d 名学员，请分成几个文件导入", MaxRows, MaxRows)
	}
	if len(cells) > MaxColumns {
		last := len(cells)
		for last > 0 && cells[last-1] == "" {
			last--
		}
		if last > MaxColumns {
			return limitError(row, "第 %d 行有 %d 列，超过 %d 列的上限：请删去多余的列后再导入", row, last, MaxColumns)
		}
	}
	for i, c := range cells {
		if len(c) > MaxCellChars && utf8.RuneCountInString(c) > MaxCellChars {
			return limitError(row, "第 %d 行第 %d 列超过 %d 个字：请检查这一格的内容（花名册的每一格都不会这么长）", row, i+1, MaxCellChars)
		}
	}
	return nil
}

// checkLines refuses text with a line longer than any roster line.
func checkLines(data []byte) error {
	line := 1
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			i = len(data)
		}
		if i > maxLineBytes {
			return limitError(line, "第 %d 行超过 %d KB，不像花名册：请确认文件是学员名单（每人一行）", line, maxLineBytes>>10)
		}
		if i == len(data) {
			break
		}
		data, line = data[i+1:], line+1
	}
	return nil
}
