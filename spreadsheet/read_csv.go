package spreadsheet

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"trainingdesk/errs"
)

var utf8BOM = []byte("\xEF\xBB\xBF")

// readCSV reads a CSV saved by Excel or WPS: UTF-8 (with or without BOM) or,
// from older Chinese Excel, GBK. Row numbers are file line numbers.
func readCSV(ctx context.Context, data []byte, progress func(done, total int)) (Result, error) {
	text, err := decodeText(data)
	if err == nil {
		err = checkLines([]byte(text))
	}
	if err == nil && strings.Count(text, "\n") > 2*MaxRows+maxHeaderScan {
		// Refused before parsing (quoted line breaks inside cells are why
		// this allows twice the rows; the exact limit is checked per row).
		err = limitError(0, "文件有 %d 行以上，超过一次导入 %d 名学员的上限：请分成几个文件导入", 2*MaxRows, MaxRows)
	}
	if err != nil {
		return Result{}, err
	}
	return readDelimited(ctx, text, sniffComma(text), nil, progress)
}

// decodeText turns file bytes into UTF-8: anything that is not valid UTF-8
// is taken as GB18030, the superset of GBK that Chinese Windows writes.
func decodeText(data []byte) (string, error) {
	if enc, ok := utf16Of(data); ok {
		// Excel's "Unicode 文本" (and WPS's) is UTF-16 with a byte-order mark.
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return "", errs.Errorf(errs.Invalid, FieldFile, "无法识别文件的文字编码：请在 Excel/WPS 中另存为 .xlsx 或 “CSV UTF-8” 后重试")
		}
		data = out
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if bytes.IndexByte(data[:min(len(data), 4096)], 0) >= 0 {
		// NUL never appears in text: this is some other kind of file.
		return "", errs.Errorf(errs.Invalid, FieldFile, "这不是表格文件（内容是二进制数据）：请在 Excel/WPS 中另存为 .xlsx 或 CSV 后再导入")
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", errs.Errorf(errs.Invalid, FieldFile, "无法识别文件的文字编码：请在 Excel/WPS 中另存为 .xlsx 或 “CSV UTF-8” 后重试")
	}
	return string(out), nil
}

// sniffComma picks tab when the first line has tabs and no commas (a
// "CSV" that is really Excel's tab-separated text).
func sniffComma(text string) rune {
	line, _, _ := strings.Cut(text, "\n")
	if strings.Contains(line, "\t") && !strings.Contains(line, ",") {
		return '\t'
	}
	return ','
}

// readDelimited runs the shared checks over delimited text. fixed, when not
// nil, is the header to assume if the first non-blank line is not a header.
func readDelimited(ctx context.Context, text string, comma rune, fixed *header, progress func(done, total int)) (Result, error) {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = comma
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = true

	var (
		c       *checker
		found   []string
		scanned int
		done    int
		total   = strings.Count(text, "\n")
	)
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, _ := r.FieldPos(0)
			return Result{}, errs.Errorf(errs.Invalid, FieldFile, "第 %d 行无法读取（%v）：请检查引号是否成对，或另存为 .xlsx 后导入", line, err)
		}
		line, _ := r.FieldPos(0)
		if err := checkRow(line, done, rec); err != nil {
			return Result{}, err
		}
		if c == nil {
			if isBlankRow(rec) {
				continue
			}
			h, ok := parseHeader(rec)
			switch {
			case ok:
				c = newChecker(h, nil)
				continue
			case fixed != nil:
				c = newChecker(*fixed, nil) // no header: this line is data
			default:
				// A title line may sit above the header, as in our 花名册.
				if scanned == 0 {
					found = h.found
				}
				if scanned++; scanned >= maxHeaderScan {
					return Result{}, headerError(found)
				}
				continue
			}
		}
		if done++; done%progressEvery == 0 {
			if err := ctx.Err(); err != nil {
				return Result{}, err
			}
			progress(done, max(total, done))
		}
		c.add(line, rec)
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	if c == nil {
		return Result{}, headerError(found)
	}
	progress(done, done)
	return c.res, nil
}

// utf16Of recognises UTF-16 text: by its byte-order mark, or — without one —
// by ASCII characters alternating with NUL bytes at the start.
func utf16Of(data []byte) (encoding.Encoding, bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM), true
	}
	if len(data) < 8 {
		return nil, false
	}
	even, odd := 0, 0
	n := min(len(data), 512) &^ 1
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	switch {
	case odd > n/4 && even == 0:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), true
	case even > n/4 && odd == 0:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), true
	}
	return nil, false
}
