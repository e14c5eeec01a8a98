package spreadsheet

import (
	"context"
	"fmt"
	"strings"
)

// ParsePasted parses rows pasted from Excel/WPS (tab-separated). The first
// line may be a header; without one the template's column order is assumed:
// 姓名, 证件号码, 性别, 民族, 文化程度, 人员类别, 联系电话, 户籍地址.
// Row numbers are the pasted line numbers.
func ParsePasted(text string) (res Result) {
	defer func() {
		if p := recover(); p != nil {
			res = Result{Errors: []Issue{{Row: 1, Message: fmt.Sprintf("无法识别粘贴的内容（%v）：请从 Excel/WPS 中重新复制后粘贴", p)}}}
		}
	}()
	text = strings.ReplaceAll(strings.TrimPrefix(text, "\ufeff"), "\r\n", "\n")
	fixed := templateHeader()
	res, err := readDelimited(context.Background(), text, '\t', &fixed, func(int, int) {})
	if err != nil {
		// Only malformed quoting gets here; report it on the header's terms.
		return Result{Errors: []Issue{{Row: 1, Column: "", Message: err.Error()}}}
	}
	return res
}
