package spreadsheet

import (
	"fmt"
	"strings"

	"trainingdesk/errs"
	"trainingdesk/personname"
	"trainingdesk/training"
)

// field is a roster column the importer understands.
type field int

const (
	fName field = iota
	fID
	fIDType
	fSex
	fEthnicity
	fEducation
	fCategory
	fPhone
	fAddress
	fieldCount
)

// labels are the canonical header names, also used for pasted text without a
// header and in messages.
var labels = [fieldCount]string{"姓名", "证件号码", "证件类型", "性别", "民族", "文化程度", "人员类别", "联系电话", "户籍地址"}

// aliases maps every accepted header spelling (after normalizeHeader) to its field.
var aliases = map[string]field{
	"姓名":   fName,
	"身份证号": fID, "身份证号码": fID, "公民身份号码": fID, "证件号码": fID, "身份证件号码": fID, "证件号": fID,
	"证件类型": fIDType,
	"性别":   fSex,
	"民族":   fEthnicity,
	"文化程度": fEducation, "学历": fEducation,
	"人员类别": fCategory, "人员类型": fCategory,
	"联系电话": fPhone, "手机号": fPhone, "手机号码": fPhone, "电话": fPhone, "联系方式": fPhone,
	"户籍所在地": fAddress, "户籍地址": fAddress, "户口所在地": fAddress,
}

// declared are the fields the rules name, by column (none for 证件类型).
var declared = [fieldCount]errs.Field{personname.FieldName, training.FieldIDNumber, {}, training.FieldSex,
	training.FieldEthnicity, training.FieldEducation, training.FieldCategory, training.FieldPhone, training.FieldAddress}

// columns maps each declared field the file has to its header as written.
func (h header) columns() map[errs.Field]string {
	m := make(map[errs.Field]string)
	for f := field(0); f < fieldCount; f++ {
		if h.col[f] >= 0 && !declared[f].IsZero() {
			m[declared[f]] = h.label[f]
		}
	}
	return m
}

// pastedOrder is the template's column order, assumed for headerless paste.
var pastedOrder = []field{fName, fID, fSex, fEthnicity, fEducation, fCategory, fPhone, fAddress}

// normalizeHeader folds the decorations clerks add to headers: spaces
// anywhere, full-width characters, a "*" or "（必填）" marking required columns.
func normalizeHeader(s string) string {
	s = squeeze(clean(s))
	for changed := true; changed; {
		changed = false
		for _, deco := range []string{"*", "(必填)", "必填", ":"} {
			if t := strings.TrimSuffix(s, deco); t != s {
				s, changed = t, true
			}
			if t := strings.TrimPrefix(s, deco); t != s {
				s, changed = t, true
			}
		}
	}
	return s
}

// header maps fields to column indexes of one file.
type header struct {
	col   [fieldCount]int    // -1 when the file has no such column
	label [fieldCount]string // the header as written in the file
	found []string           // every non-blank header, for the error message
}

// parseHeader recognises the columns of a header row. ok is false unless
// both required columns (姓名, 证件号码) are present.
func parseHeader(cells []string) (h header, ok bool) {
	for f := range h.col {
		h.col[f] = -1
	}
	for i, c := range cells {
		written := strings.TrimSpace(c)
		if written == "" {
			continue
		}
		h.found = append(h.found, written)
		f, known := aliases[normalizeHeader(c)]
		if known && h.col[f] < 0 {
			h.col[f], h.label[f] = i, written
		}
	}
	return h, h.col[fName] >= 0 && h.col[fID] >= 0
}

// templateHeader is the header assumed for pasted rows without one.
func templateHeader() header {
	var h header
	for f := range h.col {
		h.col[f] = -1
	}
	for i, f := range pastedOrder {
		h.col[f], h.label[f] = i, labels[f]
	}
	return h
}

// headerError explains a header row without the required columns.
func headerError(found []string) error {
	got := "（空）"
	if len(found) > 0 {
		got = strings.Join(shortCells(found), "、")
	}
	return errs.Errorf(errs.Invalid, FieldHeader,
		"没有找到“姓名”和“证件号码”列。表头（第一个非空行）找到的是：%s。"+
			"表头应包含：姓名、证件号码（或 身份证号码/公民身份号码），可选：性别、民族、文化程度、人员类别、联系电话、户籍地址。"+
			"请修改表头后重新导入，或先下载导入模板", got)
}

// shortCells keeps an error message short whatever the header row holds:
// at most 20 cells of at most 20 characters.
func shortCells(cells []string) []string {
	out := make([]string, 0, min(len(cells), 21))
	for i, c := range cells {
		if i == 20 {
			out = append(out, fmt.Sprintf("……（共 %d 列）", len(cells)))
			break
		}
		if r := []rune(c); len(r) > 20 {
			c = string(r[:20]) + "……"
		}
		out = append(out, c)
	}
	return out
}
