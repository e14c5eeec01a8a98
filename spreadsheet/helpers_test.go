package spreadsheet

import (
	"bytes"
	"sort"
	"testing"

	"github.com/xuri/excelize/v2"

	"trainingdesk/enrolment"
	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/training"
)

// withCheck completes 17 digits with their MOD 11-2 check character, so the
// tests can make valid numbers for any birth date and sex.
func withCheck(first17 string) string {
	weights := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(first17[i]-'0') * weights[i]
	}
	return first17 + string("10X98765432"[sum%11])
}

// badCheck returns id with a wrong last character.
func badCheck(id string) string {
	last := byte('0')
	if id[17] == '0' {
		last = '1'
	}
	return id[:17] + string(last)
}

// identityMessage is what identity says about a bad number: the importer must
// pass it through unchanged.
func identityMessage(t *testing.T, id string) string {
	t.Helper()
	_, err := identity.Parse(id)
	if err == nil {
		t.Fatalf("test number %s unexpectedly valid", id)
	}
	return err.Error()
}

// numberCell marks a cell to be written as an Excel number with format "0",
// so its text shows all digits but its type is numeric.
type numberCell int64

// buildXLSX writes rows (starting at A1) to an .xlsx in memory. Strings are
// text cells; numberCell and float64 values become numeric cells.
func buildXLSX(t testing.TB, sheet string, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if sheet != "Sheet1" {
		if err := f.SetSheetName("Sheet1", sheet); err != nil {
			t.Fatal(err)
		}
	}
	zeroFmt, err := f.NewStyle(&excelize.Style{NumFmt: 1})
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		for c, v := range row {
			if v == nil {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			switch v := v.(type) {
			case string:
				err = f.SetCellStr(sheet, ref, v)
			case numberCell:
				err = f.SetCellInt(sheet, ref, int64(v))
				if err == nil {
					err = f.SetCellStyle(sheet, ref, ref, zeroFmt)
				}
			default:
				err = f.SetCellValue(sheet, ref, v)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// allCells returns every non-empty cell value of every sheet.
func allCells(t *testing.T, data []byte) []string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			for _, c := range row {
				if c != "" {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// personOf is the Person the importer should build for a valid number.
func personOf(t *testing.T, name, id, phone string) training.Person {
	t.Helper()
	n, err := identity.Parse(id)
	if err != nil {
		t.Fatal(err)
	}
	return training.Person{Name: name, IDType: string(n.Kind), IDNumber: n.Value, Sex: n.Sex, Birth: n.Birth, Phone: phone}
}

// judged is what the import makes of a reading: every row read goes through
// enrolment.Check (as the store does), and its refusals join the file's
// own, named by the column as written.
func judged(res Result) (valid []Row, issues []Issue) {
	issues = append(issues, res.Errors...)
	for _, r := range res.Valid {
		p := r.Person
		if _, err := enrolment.Check(&p); err != nil {
			issues = append(issues, Issue{Row: r.Row, Column: res.Column(errs.FieldOf(err)), Message: errs.Message(err)})
			continue
		}
		r.Person = p
		valid = append(valid, r)
	}
	sort.SliceStable(issues, func(i, j int) bool { return issues[i].Row < issues[j].Row })
	return valid, issues
}
