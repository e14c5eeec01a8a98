package attendance

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"trainingdesk/errs"
)

// punchLayouts are the time formats terminals write; the contract's is first.
var punchLayouts = []string{
	"2006-01-02 15:04:05",
	"2006/01/02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02 15:04",
	"2006-1-2 15:04:05",
	"2006/1/2 15:04:05",
	"2006-01-02T15:04:05",
}

// ParsePunchCSV reads a terminal log, one `证件号码,打卡时间` a line
// (YYYY-MM-DD HH:MM:SS, read in loc; nil = local time). A header row is
// skipped; the file may be UTF-8 (with or without BOM) or GBK, as Chinese
// Windows tools save it. Lines that cannot be read are returned as
// Unmatched with the reason, so the clerk sees every line accounted for.
// The error is for a file that cannot be read at all.
func ParsePunchCSV(r io.Reader, loc *time.Location) ([]Punch, []Unmatched, error) {
	if loc == nil {
		loc = time.Local
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, nil, fmt.Errorf("读取打卡记录文件失败：%w", err)
	}
	raw = bytes.TrimPrefix(raw, []byte("\xEF\xBB\xBF"))
	if bytes.IndexByte(raw[:min(len(raw), 4096)], 0) >= 0 {
		// NUL never appears in text: this is not a CSV export.
		return nil, nil, errs.E(errs.Invalid, "这不是打卡记录 CSV 文件（内容是二进制数据）：请从考勤机导出“证件号码,打卡时间”格式的 CSV 后再导入")
	}
	if !utf8.Valid(raw) {
		dec, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
		if err != nil {
			return nil, nil, errs.E(errs.Invalid, "打卡记录文件既不是 UTF-8 也不是 GBK 编码：请用记事本另存为 UTF-8 后重试")
		}
		raw = dec
	}

	cr := csv.NewReader(bytes.NewReader(raw))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.TrimLeadingSpace = true
	cr.Comma = sniffComma(raw)

	var punches []Punch
	var bad []Unmatched
	first := true
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return nil, nil, fmt.Errorf("读取打卡记录文件失败：%w", err)
			}
			bad = append(bad, Unmatched{Line: pe.Line, Reason: "这一行无法按 CSV 读取：请检查引号"})
			continue
		}
		isFirst := first
		first = false
		if blank(rec) {
			continue
		}
		if len(rec) < 2 {
			bad = append(bad, Unmatched{Line: line, IDNumberMasked: maskID(normID(rec[0])), Reason: "缺少打卡时间：每行应为“证件号码,打卡时间”"})
			continue
		}
		id := normID(rec[0])
		at, ok := parsePunchTime(rec[1], loc)
		if isFirst && !ok && !looksLikeID(id) {
			continue // header row, e.g. 证件号码,打卡时间
		}
		switch {
		case id == "":
			bad = append(bad, Unmatched{Line: line, Reason: "缺少证件号码"})
		case !ok:
			bad = append(bad, Unmatched{Line: line, IDNumberMasked: maskID(id),
				Reason: fmt.Sprintf("打卡时间“%s”无法识别：应为 YYYY-MM-DD HH:MM:SS", strings.TrimSpace(rec[1]))})
		default:
			punches = append(punches, Punch{Line: line, IDNumber: id, At: at})
		}
	}
	return punches, bad, nil
}

func parsePunchTime(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range punchLayouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// looksLikeID: digits with perhaps a letter or two (X check digit, HK/MO
// prefixes) — not a Chinese column title.
func looksLikeID(s string) bool {
	digits := 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return digits >= 6
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// sniffComma accepts tab- or semicolon-separated logs some terminals write
// when the first line has no comma.
func sniffComma(raw []byte) rune {
	line, _, _ := bytes.Cut(raw, []byte("\n"))
	switch {
	case bytes.ContainsRune(line, ','):
		return ','
	case bytes.ContainsRune(line, '\t'):
		return '\t'
	case bytes.ContainsRune(line, ';'):
		return ';'
	}
	return ','
}
