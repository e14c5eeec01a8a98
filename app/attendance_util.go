package app

import (
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"

	"trainingdesk/training"
)

// dayOf is the calendar day of t as lessons record it (training.Day).
func dayOf(t time.Time) time.Time { return training.Day(t) }

var weekdayNames = []string{"周日", "周一", "周二", "周三", "周四", "周五", "周六"}

func lessonLabel(l training.Lesson) string {
	return fmt.Sprintf("第%d课  %s %s  %s–%s  %s", l.No, l.Date.Format("01-02"), weekdayNames[l.Date.Weekday()], l.Start, l.End, l.Topic)
}

func fmtHours(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }

// statusChoices are the select's options: the five statuses, then "未记录"
// for a trainee nobody has marked yet.
var statusChoices = []string{"出勤", "迟到", "早退", "请假", "缺勤"}

const notMarked = "未记录"

// statusOf is the status a select's label stands for ("" for 未记录).
func statusOf(label string) string {
	st, _ := training.ParseStatus(label)
	return st
}

func clockText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(time.Local).Format("15:04")
}

// cellGap is the space between the cells of a fixedCols row.
const cellGap = 4

// fixedCols lays out a row in columns of fixed widths; the last column
// takes what is left.
type fixedCols []float32

func (c fixedCols) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w, h := float32(0), float32(0)
	for i, o := range objs {
		ms := o.MinSize()
		if i < len(c) {
			w += c[i]
		} else {
			w += ms.Width
		}
		h = max(h, ms.Height)
	}
	return fyne.NewSize(w, h)
}

func (c fixedCols) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for i, o := range objs {
		w := size.Width - x
		if i < len(c) && i < len(objs)-1 {
			w = c[i]
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(max(w-cellGap, 0), size.Height))
		x += w
	}
}
