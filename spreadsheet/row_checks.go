package spreadsheet

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/personname"
	"trainingdesk/training"
)

// checker applies the per-row rules shared by every input format.
type checker struct {
	h       header
	numeric numericFunc    // nil for text input, which has no cell types
	seen    map[string]int // normalized ID number → first row holding it
	res     Result

	sawNumber bool  // some ID cell proved to be an Excel number
	pending   []int // rows accepted with an ID that might be a number cell
}

// numericFunc reports whether the cell at (row, col) is stored as a number;
// only a real spreadsheet knows.
type numericFunc func(row, col int) bool

func newChecker(h header, numeric numericFunc) *checker {
	return &checker{h: h, numeric: numeric, seen: make(map[string]int)}
}

func (c *checker) cell(cells []string, f field) string {
	i := c.h.col[f]
	if i < 0 || i >= len(cells) {
		return ""
	}
	return clean(cells[i])
}

// blank reports a row with nothing in any recognised column (a row holding
// only a pre-filled 序号 counts as blank too).
func (c *checker) blank(cells []string) bool {
	for f := field(0); f < fieldCount; f++ {
		if c.cell(cells, f) != "" {
			return false
		}
	}
	return true
}

func (c *checker) fail(row int, f field, format string, args ...any) {
	c.res.Errors = append(c.res.Errors, Issue{Row: row, Column: c.h.label[f], Message: fmt.Sprintf(format, args...)})
}

// add checks one data row; blank rows are ignored and not counted.
func (c *checker) add(row int, cells []string) {
	if c.blank(cells) {
		return
	}
	c.res.Rows++
	before := len(c.res.Errors)

	p := training.Person{
		Name:      c.cell(cells, fName),
		Ethnicity: c.cell(cells, fEthnicity),
		Education: c.cell(cells, fEducation),
		Address:   c.cell(cells, fAddress),
	}
	if name, err := personname.Check(p.Name); err != nil {
		c.fail(row, fName, "姓名%s", errs.Message(err))
	} else {
		p.Name = name
	}

	num, idOK := c.checkID(row, cells)
	if idOK {
		p.IDNumber, p.IDType, p.Sex, p.Birth = num.Value, string(num.Kind), num.Sex, num.Birth
	}
	c.checkSex(row, cells, num, idOK)
	p.Phone = c.checkPhone(row, cells)

	if len(c.res.Errors) > before {
		return
	}
	for _, w := range num.Warnings {
		c.res.Warnings = append(c.res.Warnings, Issue{Row: row, Column: c.h.label[fID], Message: w})
	}
	c.res.Valid = append(c.res.Valid, Row{Row: row, Person: p, Category: c.cell(cells, fCategory)})
}

// An 18-digit number in a number cell shows at most 15 significant digits,
// so it ends in "000". Asking the workbook for a cell type costs one parse of
// the whole sheet, so it is asked only for such IDs: at once when the ID is
// also invalid (the likely case), and for valid-looking ones only at finish,
// and only if the sheet did turn out to hold number cells. A 15-digit legacy
// number survives a number cell intact and is allowed.
func mayBeNumberCell(raw string) bool {
	return len(raw) > 15 && allDigits(raw) && strings.HasSuffix(raw, "000")
}

// excelDamaged is the message for an ID Excel has stored as a number.
func excelDamaged(shown string) string {
	return fmt.Sprintf("证件号码已被 Excel 转成数字（%s），末尾几位已丢失。请把该列设置为“文本”格式后重新输入或粘贴，再导入。", shown)
}

func (c *checker) checkID(row int, cells []string) (identity.Number, bool) {
	raw := squeeze(c.cell(cells, fID))
	// A leading apostrophe is how people force text in Excel and CSV.
	raw = strings.TrimLeft(raw, "'‘’`")
	switch {
	case raw == "":
		c.fail(row, fID, "证件号码为空：请填写学员的公民身份号码")
		return identity.Number{}, false
	case looksLikeScientific(raw):
		c.fail(row, fID, "%s", excelDamaged(raw))
		return identity.Number{}, false
	}
	num, err := identity.Parse(raw)
	suspect := c.numeric != nil && mayBeNumberCell(raw)
	if suspect && err != nil && c.numeric(row, c.h.col[fID]) {
		c.sawNumber = true
		c.fail(row, fID, "%s", excelDamaged(identity.Mask(raw)))
		return identity.Number{}, false
	}
	if err != nil {
		c.fail(row, fID, "%s", err.Error())
		return identity.Number{}, false
	}
	if first, dup := c.seen[num.Value]; dup {
		c.fail(row, fID, "证件号码与第 %d 行重复：同一学员只需填写一行，请删除重复的行", first)
		return num, false
	}
	c.seen[num.Value] = row
	if suspect {
		c.pending = append(c.pending, row)
	}
	return num, true
}

// finish re-checks the rows accepted with a suspicious ID once the sheet is
// known to hold number cells: a damaged number can pass the check digit by
// chance (1 in 11), and must not be imported as someone's ID.
func (c *checker) finish() Result {
	if !c.sawNumber || len(c.pending) == 0 {
		return c.res
	}
	bad := make(map[int]bool)
	for _, row := range c.pending {
		if c.numeric(row, c.h.col[fID]) {
			bad[row] = true
		}
	}
	if len(bad) == 0 {
		return c.res
	}
	valid := c.res.Valid[:0]
	for _, r := range c.res.Valid {
		if !bad[r.Row] {
			valid = append(valid, r)
			continue
		}
		c.fail(r.Row, fID, "%s", excelDamaged(identity.Mask(r.Person.IDNumber)))
	}
	c.res.Valid = valid
	warnings := c.res.Warnings[:0]
	for _, w := range c.res.Warnings {
		if !bad[w.Row] {
			warnings = append(warnings, w)
		}
	}
	c.res.Warnings = warnings
	sort.SliceStable(c.res.Errors, func(i, j int) bool { return c.res.Errors[i].Row < c.res.Errors[j].Row })
	return c.res
}

func (c *checker) checkSex(row int, cells []string, num identity.Number, idOK bool) {
	written := c.cell(cells, fSex)
	if written == "" {
		return
	}
	sex := ""
	switch strings.ToUpper(written) {
	case "男", "男性", "M", "MALE":
		sex = "男"
	case "女", "女性", "F", "FEMALE":
		sex = "女"
	default:
		c.fail(row, fSex, "性别“%s”无法识别：请填写“男”或“女”", written)
		return
	}
	if idOK && num.Sex != "" && sex != num.Sex {
		c.fail(row, fSex, "性别填写为“%s”，但证件号码显示为“%s”：请核对性别或证件号码", sex, num.Sex)
	}
}

var (
	mobile   = regexp.MustCompile(`^1[0-9]{10}$`)
	landline = regexp.MustCompile(`^0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?$`)
)

// checkPhone accepts a mobile number (spaces, dashes and +86 tolerated) or a
// landline with its area code, and returns it tidied.
func (c *checker) checkPhone(row int, cells []string) string {
	written := c.cell(cells, fPhone)
	if written == "" {
		return ""
	}
	p := squeeze(written)
	p = strings.TrimPrefix(p, "+86")
	if digits := strings.ReplaceAll(p, "-", ""); mobile.MatchString(digits) {
		return digits
	}
	if landline.MatchString(p) {
		return p
	}
	c.fail(row, fPhone, "联系电话“%s”格式不对：请填写 11 位手机号（如 13812345678）或带区号的固定电话（如 0571-88888888）", written)
	return ""
}
