package printing

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"trainingdesk/personname"
	"trainingdesk/training"
)

// SheetData is a class's printable 签到表. With one lesson it is that
// lesson's sheet; with several, each lesson starts on its own page; with
// none, the lesson lines are left blank to fill in by hand.
type SheetData struct {
	Institution, ClassCode, ClassName string
	Lessons                           []SheetLesson
	Trainees                          []SheetTrainee
}

// SheetLesson is the lesson a sheet is for.
type SheetLesson struct {
	No                         int
	Date                       time.Time
	Start, End, Topic, Teacher string
}

// SheetTrainee is one row; IDMasked is already masked by the caller.
type SheetTrainee struct{ Name, IDMasked string }

// Portrait A4 geometry of the sheet (mm).
const (
	sheetMargin  = 15
	sheetWidth   = 210 - 2*sheetMargin
	sheetHeaderH = 62 // title, institution, class, lesson: reserved so every page holds the same rows
	sheetRowH    = 9.5
	sheetFooterY = 297 - 22
)

var sheetCols = []struct {
	title string
	w     float64
}{{"序号", 14}, {"姓名", 40}, {"证件号码", 56}, {"签到", 35}, {"签退", 35}}

// SignInSheet writes the sign-in sheet(s), the header repeated on every page.
func SignInSheet(w io.Writer, s SheetData) error {
	if len(s.Trainees) == 0 {
		return fmt.Errorf("签到表：%w，该班级还没有学员", errNothing)
	}
	if err := checkAll("培训机构", s.Institution, training.FieldClassCode, s.ClassCode, training.FieldClassName, s.ClassName); err != nil {
		return err
	}
	for i, l := range s.Lessons {
		if err := checkAll(fmt.Sprintf("第%d课 课程内容", l.No), l.Topic, fmt.Sprintf("第%d课 授课教师", l.No), l.Teacher,
			fmt.Sprintf("第%d课 时间", l.No), l.Start+l.End); err != nil {
			return fmt.Errorf("第 %d 节课：%w", i+1, err)
		}
	}
	trainees := make([]SheetTrainee, len(s.Trainees))
	for i, t := range s.Trainees {
		t.Name, _ = StandIn(t.Name)
		trainees[i] = t
		if err := checkAll(personname.FieldName, t.Name, training.FieldIDNumber, t.IDMasked); err != nil {
			return fmt.Errorf("第 %d 名学员：%w", i+1, err)
		}
	}
	lessons := s.Lessons
	if len(lessons) == 0 {
		lessons = []SheetLesson{{}} // blank lines to fill by hand
	}
	perPage := int((sheetFooterY - 8 - sheetMargin - sheetHeaderH - sheetRowH) / sheetRowH)
	pages := (len(s.Trainees) + perPage - 1) / perPage
	return render(w, "P", func(pdf *gofpdf.Fpdf) error {
		pdf.SetTitle("签到表 "+s.ClassCode, true)
		for _, l := range lessons {
			for p := 0; p < pages; p++ {
				pdf.AddPage()
				sheetHeader(pdf, s, l)
				from := p * perPage
				to := min(from+perPage, len(s.Trainees))
				sheetTable(pdf, trainees[from:to], from)
				sheetFooter(pdf, p+1, pages)
			}
		}
		return nil
	})
}

func sheetHeader(pdf *gofpdf.Fpdf, s SheetData, l SheetLesson) {
	pdf.SetTextColor(20, 20, 20)
	pdf.SetFontSize(20)
	spaced(pdf, 105, sheetMargin+9, "签到表", 4)
	y := float64(sheetMargin + 14)
	textBox(pdf, sheetMargin, y, sheetWidth, 10, "培训机构："+s.Institution, 11, 8, 2, "L")
	y += 10
	textBox(pdf, sheetMargin, y, sheetWidth, 7, "班级："+strings.TrimSpace(s.ClassCode+"　"+s.ClassName), 11, 8, 1, "L")
	y += 7
	blank := "________________"
	no, date, span, topic, teacher := blank[:8], blank, blank, blank, blank[:12]
	if l.No > 0 {
		no = strconv.Itoa(l.No)
	}
	if !l.Date.IsZero() {
		date = cnDate(l.Date)
	}
	if l.Start != "" || l.End != "" {
		span = l.Start + "—" + l.End
	}
	if l.Topic != "" {
		topic = l.Topic
	}
	if l.Teacher != "" {
		teacher = l.Teacher
	}
	textBox(pdf, sheetMargin, y, sheetWidth, 7, "课次：第 "+no+" 课　　日期："+date+"　　时间："+span, 11, 8, 1, "L")
	y += 7
	textBox(pdf, sheetMargin, y, sheetWidth*0.68, 10, "课程内容："+topic, 11, 8, 2, "L")
	textBox(pdf, sheetMargin+sheetWidth*0.7, y, sheetWidth*0.3, 10, "授课教师："+teacher, 11, 8, 2, "L")
}

func sheetTable(pdf *gofpdf.Fpdf, rows []SheetTrainee, offset int) {
	y := float64(sheetMargin + sheetHeaderH)
	x := float64(sheetMargin)
	pdf.SetDrawColor(40, 40, 40)
	pdf.SetLineWidth(0.3)
	pdf.SetFillColor(235, 235, 235)
	pdf.SetFontSize(11)
	for _, c := range sheetCols {
		pdf.Rect(x, y, c.w, sheetRowH, "FD")
		DrawCell(pdf, x, y, c.w, sheetRowH, c.title, "C")
		x += c.w
	}
	for i, t := range rows {
		y += sheetRowH
		cells := []string{strconv.Itoa(offset + i + 1), t.Name, t.IDMasked, "", ""}
		x = sheetMargin
		for j, c := range sheetCols {
			pdf.Rect(x, y, c.w, sheetRowH, "D")
			if cells[j] != "" {
				textBox(pdf, x+1, y, c.w-2, sheetRowH, cells[j], 11, 7, 1, "C")
			}
			x += c.w
		}
	}
}

func sheetFooter(pdf *gofpdf.Fpdf, page, pages int) {
	pdf.SetFontSize(10)
	DrawCell(pdf, sheetMargin, sheetFooterY, sheetWidth*0.75, 6, "授课教师签字：________________　　班主任签字：________________", "L")
	DrawCell(pdf, sheetMargin+sheetWidth*0.75, sheetFooterY, sheetWidth*0.25, 6, fmt.Sprintf("第 %d / %d 页", page, pages), "R")
}
