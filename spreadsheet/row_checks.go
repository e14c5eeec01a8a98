package spreadsheet

import (
	"fmt"
	"sort"
	"strings"

	"trainingdesk/identity"
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
	return &checker{h: h, numeric: numeric, seen: make(map[string]int), res: Result{Columns: h.columns()}}
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

// add reads one data row; blank rows are ignored and not counted. The row's
// values are parsed, not judged: the name, the identity number, sex and
// phone are enrolment.Check's to accept or refuse (the store runs it on
// every row, in the preview as in the import). Only what the file alone
// knows is refused here: an ID Excel has turned into a number, and a
// person written twice in the file.
func (c *checker) add(row int, cells []string) {
	if c.blank(cells) {
		return
	}
	c.res.Rows++
	id, ok := c.checkID(row, cells)
	if !ok {
		return
	}
	c.res.Valid = append(c.res.Valid, Row{Row: row, Category: c.cell(cells, fCategory), Person: training.Person{
		Name:      c.cell(cells, fName),
		IDNumber:  id,
		Sex:       c.cell(cells, fSex),
		Ethnicity: c.cell(cells, fEthnicity),
		Education: c.cell(cells, fEducation),
		Phone:     c.cell(cells, fPhone),
		Address:   c.cell(cells, fAddress),
	}})
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

// checkID reads the ID cell (blanks inside removed, a leading apostrophe
// dropped) and refuses it only for what the file alone knows: Excel has
// turned it into a number, or an earlier row holds the same person.
func (c *checker) checkID(row int, cells []string) (string, bool) {
	raw := squeeze(c.cell(cells, fID))
	// A leading apostrophe is how people force text in Excel and CSV.
	raw = strings.TrimLeft(raw, "'‘’`")
	if raw == "" {
		return "", true // enrolment.Check asks for it
	}
	if looksLikeScientific(raw) {
		c.fail(row, fID, "%s", excelDamaged(raw))
		return "", false
	}
	num, err := identity.Parse(raw)
	suspect := c.numeric != nil && mayBeNumberCell(raw)
	if suspect && err != nil && c.numeric(row, c.h.col[fID]) {
		c.sawNumber = true
		c.fail(row, fID, "%s", excelDamaged(identity.Mask(raw)))
		return "", false
	}
	key := identity.Normalize(raw)
	if err == nil {
		key = num.Value
	}
	if first, dup := c.seen[key]; dup {
		c.fail(row, fID, "证件号码与第 %d 行重复：同一学员只需填写一行，请删除重复的行", first)
		return "", false
	}
	c.seen[key] = row
	if suspect && err == nil {
		c.pending = append(c.pending, row)
	}
	return raw, true
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
	sort.SliceStable(c.res.Errors, func(i, j int) bool { return c.res.Errors[i].Row < c.res.Errors[j].Row })
	return c.res
}
