package spreadsheet

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"trainingdesk/identity"
	"trainingdesk/training"
)

// rosterHeaders are the 花名册 columns, in print order.
var rosterHeaders = []string{"序号", "姓名", "性别", "出生日期", "年龄", "证件号码", "民族", "文化程度", "人员类别", "联系电话", "户籍地址"}

var rosterWidths = []float64{6, 10, 6, 12, 6, 22, 8, 10, 14, 15, 36}

const rosterSheet = "花名册"

// WriteRoster writes the class roster (花名册) as .xlsx: a title row (class
// code and name), then one row per trainee. ID numbers and phones are
// masked unless fullID; the ID column is text so Excel keeps all 18
// characters. 年龄 is the age on the class's first day (today if unset).
func WriteRoster(w io.Writer, class training.Class, trainees []training.Trainee, fullID bool, progress func(done, total int)) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("生成花名册时出错（%v）", p)
		}
	}()
	if progress == nil {
		progress = func(int, int) {}
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", rosterSheet); err != nil {
		return err
	}
	st, err := newRosterStyles(f)
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(rosterSheet)
	if err != nil {
		return err
	}
	for i, wd := range rosterWidths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(rosterHeaders), 1)
	title := strings.TrimSpace(class.Code+" "+class.Name) + " 学员花名册"
	if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: st.title, Value: title}}, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	if err := sw.MergeCell("A1", last); err != nil {
		return err
	}
	head := make([]any, len(rosterHeaders))
	for i, h := range rosterHeaders {
		if i == 3 && !fullID {
			h = "出生年份" // identity.BirthShown: a masked number is never beside its birth date
		}
		head[i] = excelize.Cell{StyleID: st.head, Value: h}
	}
	if err := sw.SetRow("A2", head, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}

	on := class.Start
	if on.IsZero() {
		on = time.Now()
	}
	for i, t := range trainees {
		cell, _ := excelize.CoordinatesToCellName(1, i+3)
		if err := sw.SetRow(cell, rosterRow(i+1, t, on, fullID, st)); err != nil {
			return err
		}
		if (i+1)%progressEvery == 0 {
			progress(i+1, len(trainees))
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	progress(len(trainees), len(trainees))
	return f.Write(w)
}

func rosterRow(no int, t training.Trainee, on time.Time, fullID bool, st rosterStyles) []any {
	p := t.Person
	id, phone, style := p.IDNumber, p.Phone, identity.StyleFull
	if !fullID {
		id, phone, style = identity.Mask(id), identity.MaskPhone(phone), identity.StyleMasked
	}
	birth, age := identity.BirthShown(p.Birth, style), any("")
	if !p.Birth.IsZero() {
		age = ageOn(p.Birth, on)
	}
	values := []any{no, p.Name, p.Sex, birth, age, id, p.Ethnicity, p.Education, t.Category, phone, p.Address}
	row := make([]any, len(values))
	for i, v := range values {
		style := st.cell
		if i == 5 || i == 9 { // 证件号码, 联系电话: text, or Excel mangles them
			style = st.text
		}
		row[i] = excelize.Cell{StyleID: style, Value: v}
	}
	return row
}

// ageOn is the age in whole years on the given day.
func ageOn(birth, on time.Time) int {
	age := on.Year() - birth.Year()
	if on.Month() < birth.Month() || (on.Month() == birth.Month() && on.Day() < birth.Day()) {
		age--
	}
	return age
}

type rosterStyles struct{ title, head, cell, text int }

func newRosterStyles(f *excelize.File) (rosterStyles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	center := &excelize.Alignment{Horizontal: "center", Vertical: "center"}
	var st rosterStyles
	var err error
	for _, s := range []struct {
		id    *int
		style *excelize.Style
	}{
		{&st.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 16}, Alignment: center}},
		{&st.head, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: center, Border: border,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}}},
		{&st.cell, &excelize.Style{Border: border, Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&st.text, &excelize.Style{Border: border, NumFmt: 49, Alignment: &excelize.Alignment{Vertical: "center"}}},
	} {
		if *s.id, err = f.NewStyle(s.style); err != nil {
			return st, err
		}
	}
	return st, nil
}
