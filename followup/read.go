package followup

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"trainingdesk/errs"
	"trainingdesk/outcome"
	"trainingdesk/spreadsheet"
	"trainingdesk/store"
	"trainingdesk/training"
)

// Limits of a follow-up file; messages name them.
const (
	MaxFileBytes = 20 << 20
	MaxRows      = 10_000
	maxCell      = 500
)

// Issue is one problem in one row: spreadsheet row (header = 1), column, message.
type Issue struct {
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Message string `json:"message"`
}

// Sheet is what a follow-up file holds: rows with an answer, those that
// parse as candidates, and the problems of the others.
type Sheet struct {
	Rows       int
	Candidates []store.FollowUpCandidate
	Errors     []Issue
}

// Read reads a follow-up sheet (.xlsx, or UTF-8 .csv). Nothing is saved.
func Read(ctx context.Context, r io.Reader, name string) (sh Sheet, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = errs.E(errs.Invalid, spreadsheet.FieldFile, fmt.Sprintf("读取表格时出错（%v）：请在 Excel/WPS 中另存为 .xlsx 后重试", p))
		}
	}()
	data, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return sh, errs.E(errs.Invalid, spreadsheet.FieldFile, "读取文件 "+name+" 失败："+err.Error())
	}
	if len(data) > MaxFileBytes {
		return sh, errs.Errorf(errs.Limit, spreadsheet.FieldFile, "文件超过 %d MB，请分成几个文件导入", MaxFileBytes>>20)
	}
	var rows [][]string
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		rows, err = xlsxRows(ctx, data)
	} else {
		rows, err = csvRows(data)
	}
	if err != nil {
		return sh, err
	}
	return parseRows(rows)
}

func xlsxRows(ctx context.Context, data []byte) ([][]string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true,
		UnzipSizeLimit: 200 << 20, UnzipXMLSizeLimit: 100 << 20})
	if err != nil {
		return nil, errs.E(errs.Invalid, spreadsheet.FieldFile, "无法打开这个 Excel 文件（"+err.Error()+"）：请确认是 .xlsx 格式且没有加密")
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, errs.E(errs.Invalid, spreadsheet.FieldFile, "文件里没有工作表")
	}
	it, err := f.Rows(sheets[0])
	if err != nil {
		return nil, errs.E(errs.Invalid, spreadsheet.FieldFile, "工作表无法读取："+err.Error())
	}
	defer it.Close()
	var out [][]string
	for it.Next() {
		if len(out) > MaxRows+10 {
			return nil, errs.Errorf(errs.Limit, spreadsheet.FieldFile, "最多 %d 行，请分成几个文件导入", MaxRows)
		}
		if len(out)%500 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		cells, err := it.Columns()
		if err != nil {
			return nil, errs.E(errs.Invalid, spreadsheet.FieldFile, fmt.Sprintf("第 %d 行无法读取：%v", len(out)+1, err))
		}
		out = append(out, cells)
	}
	return out, it.Error()
}

func csvRows(data []byte) ([][]string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, errs.E(errs.Invalid, spreadsheet.FieldFile, "CSV 文件须为 UTF-8 编码：请在 Excel/WPS 中另存为 .xlsx 后导入")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	var out [][]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, errs.E(errs.Invalid, spreadsheet.FieldFile, "CSV 格式有误："+err.Error())
		}
		if len(out) > MaxRows+10 {
			return nil, errs.Errorf(errs.Limit, spreadsheet.FieldFile, "最多 %d 行，请分成几个文件导入", MaxRows)
		}
		out = append(out, rec)
	}
}

// parseRows finds the header among the first rows and reads every row that
// carries an answer.
func parseRows(rows [][]string) (Sheet, error) {
	var sh Sheet
	head := -1
	var col map[string]int
	for i := 0; i < len(rows) && i < 10; i++ {
		m := map[string]int{}
		for j, h := range rows[i] {
			m[normalize(h)] = j
		}
		_, hasStatus := m[normalize(colStatus)]
		_, hasDate := m[normalize(colDate)]
		_, hasID := m[normalize(colTraineeID)]
		_, hasNo := m[normalize(colIDNumber)]
		if hasStatus && hasDate && (hasID || hasNo) {
			head, col = i, m
			break
		}
	}
	if head < 0 {
		return sh, errs.E(errs.Invalid, spreadsheet.FieldFile, "没有找到表头：第一行须含“学员编号”或“证件号码”、“跟踪日期”和“跟踪状态”。请用“导出跟踪表”生成的表格填写")
	}
	cell := func(r []string, name string) string {
		j, ok := col[normalize(name)]
		if !ok || j >= len(r) {
			return ""
		}
		return strings.TrimSpace(r[j])
	}
	for i := head + 1; i < len(rows); i++ {
		r := rows[i]
		answered := false
		for _, c := range answerColumns {
			if cell(r, c) != "" {
				answered = true
				break
			}
		}
		if !answered {
			continue
		}
		sh.Rows++
		if sh.Rows > MaxRows {
			return sh, errs.Errorf(errs.Limit, spreadsheet.FieldFile, "最多 %d 行，请分成几个文件导入", MaxRows)
		}
		cand, issue := parseRow(i+1, func(name string) string { return cell(r, name) })
		if issue != nil {
			sh.Errors = append(sh.Errors, *issue)
			continue
		}
		sh.Candidates = append(sh.Candidates, cand)
	}
	return sh, nil
}

// parseRow turns one row into a candidate; the first unreadable cell is
// the row's problem (the store judges the rest).
func parseRow(row int, cell func(string) string) (store.FollowUpCandidate, *Issue) {
	c := store.FollowUpCandidate{Row: row, TraineeID: cell(colTraineeID), IDNumber: cell(colIDNumber)}
	bad := func(column string, err error) (store.FollowUpCandidate, *Issue) {
		return c, &Issue{Row: row, Column: column, Message: errs.Message(err)}
	}
	for _, name := range templateColumns {
		if n := utf8.RuneCountInString(cell(name)); n > maxCell {
			return bad(name, errs.Errorf(errs.Limit, spreadsheet.FieldFile, "最多 %d 个字", maxCell))
		}
	}
	if c.TraineeID == "" && c.IDNumber == "" {
		return bad(colTraineeID, errs.E(errs.Invalid, outcome.FieldTrainee, "请填写学员编号或证件号码"))
	}
	e := &c.Entry
	var err error
	if v := cell(colStatus); v == "" {
		return bad(colStatus, errs.E(errs.Invalid, outcome.FieldStatus, "请填写跟踪状态"))
	} else if e.Status, err = outcome.ParseStatus(v); err != nil {
		return bad(colStatus, err)
	}
	dates := []struct {
		name  string
		field errs.Field
		dst   *time.Time
	}{{colDate, outcome.FieldDate, &e.Date}, {colStart, outcome.FieldStart, &e.Start}}
	for _, d := range dates {
		if v := cell(d.name); v != "" {
			if *d.dst, err = parseDate(d.field, v); err != nil {
				return bad(d.name, err)
			}
		}
	}
	e.Employer, e.EmployerUSCC, e.Job, e.Note = cell(colEmployer), cell(colEmpUSCC), cell(colJob), cell(colNote)
	if v := cell(colContract); v != "" {
		if e.ContractMonths, err = strconv.Atoi(v); err != nil {
			return bad(colContract, errs.E(errs.Invalid, outcome.FieldContractMonths, "合同期限须为整数（月）"))
		}
	}
	if e.MonthlyWageFen, err = outcome.ParseYuan(cell(colWage)); err != nil {
		return bad(colWage, err)
	}
	refs := splitList(cell(colRef))
	for i, k := range splitList(cell(colEvidence)) {
		kind, err := outcome.ParseEvidenceKind(k)
		if err != nil {
			return bad(colEvidence, err)
		}
		ev := outcome.Evidence{Kind: kind}
		if i < len(refs) {
			ev.Ref = refs[i]
		}
		e.Evidence = append(e.Evidence, ev)
	}
	if e.Business, err = parseBusiness(cell); err != nil {
		return bad(columnOf(err), err)
	}
	return c, nil
}

func parseBusiness(cell func(string) string) (*outcome.Business, error) {
	name, uscc, reg, emp, op := cell(colBizName), cell(colBizUSCC), cell(colRegistered), cell(colEmployees), cell(colOperating)
	if name == "" && uscc == "" && reg == "" && emp == "" && op == "" {
		return nil, nil
	}
	b := &outcome.Business{Name: name, USCC: uscc}
	var err error
	if reg != "" {
		if b.Registered, err = parseDate(outcome.FieldRegistered, reg); err != nil {
			return nil, err
		}
	}
	if emp != "" {
		n, err := strconv.Atoi(emp)
		if err != nil {
			return nil, errs.E(errs.Invalid, outcome.FieldEmployees, "带动就业人数须为整数")
		}
		b.Employees = &n
	}
	if op != "" {
		v, err := outcome.ParseYesNo(outcome.FieldOperating, op)
		if err != nil {
			return nil, err
		}
		b.Operating = &v
	}
	return b, nil
}

// columnOf is the sheet column of a field error.
func columnOf(err error) string {
	if f := errs.FieldOf(err); !f.IsZero() {
		return f.Label()
	}
	return ""
}

// parseDate reads a date cell: text as clerks write it, or an Excel date
// serial (a cell formatted as a date).
func parseDate(field errs.Field, v string) (time.Time, error) {
	if n, err := strconv.ParseFloat(v, 64); err == nil && n > 20000 && n < 80000 {
		t, err := excelize.ExcelDateToTime(n, false)
		if err == nil {
			return training.Day(t), nil
		}
	}
	return outcome.ParseDay(field, v)
}

func splitList(v string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(v, func(r rune) bool { return r == '、' || r == ',' || r == '，' || r == ';' || r == '；' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
