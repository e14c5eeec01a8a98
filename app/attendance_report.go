package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/store"
	"trainingdesk/training"
)

// reportTab is 出勤统计: per trainee attended 学时, rate, result and the mark
// of every lesson; trainees under the threshold in red with a marker.
type reportTab struct {
	s *AttendanceScreen

	Summary *widget.Label
	Table   *widget.Table

	rep  store.ClassReport
	root fyne.CanvasObject
}

// Fixed columns before the one-per-lesson ones.
var reportCols = []struct {
	title string
	width float32
}{{"姓名", 110}, {"出勤学时", 90}, {"出勤率", 110}, {"考核", 90}, {"可发证", 70}}

// shortStatus fits a lesson's mark in a narrow column.
var shortStatus = map[string]string{training.Present: "出", training.Late: "迟", training.EarlyLeave: "早",
	training.Excused: "假", training.Absent: "缺", "": "—"}

func newReportTab(s *AttendanceScreen) *reportTab {
	r := &reportTab{s: s}
	r.Summary = widget.NewLabel("")
	r.Summary.Wrapping = fyne.TextWrapWord
	r.Table = widget.NewTable(
		func() (int, int) { return len(r.rep.Trainees) + 1, len(reportCols) + len(r.rep.Lessons) },
		func() fyne.CanvasObject { return widget.NewLabel("出勤学时00") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			text, danger := r.Cell(id.Row, id.Col)
			l.TextStyle.Bold = id.Row == 0
			l.Importance = widget.MediumImportance
			if danger {
				l.Importance = widget.DangerImportance
			}
			l.SetText(text)
		})
	r.Table.StickyRowCount, r.Table.StickyColumnCount = 1, 1
	for i, c := range reportCols {
		r.Table.SetColumnWidth(i, c.width)
	}
	r.root = container.NewBorder(r.Summary, nil, nil, nil, r.Table)
	return r
}

func (r *reportTab) refresh() {
	r.rep = store.ClassReport{}
	if id := r.s.class.ID; id != "" {
		rep, err := r.s.u.Store.ClassReport(id)
		if err != nil {
			r.s.u.showError(err)
		} else {
			r.rep = rep
		}
	}
	for i := range r.rep.Lessons {
		r.Table.SetColumnWidth(len(reportCols)+i, 44)
	}
	below := r.rep.AtRisk
	text := ""
	if r.rep.Class.ID != "" {
		text = fmt.Sprintf("%d 名学员，平均出勤率 %.1f%%，合格线 %.0f%%，%d 人低于合格线（红色标出）。",
			len(r.rep.Trainees), r.rep.AverageRate*100, r.rep.Rules.Threshold*100, below)
		if r.running() {
			text = fmt.Sprintf("%d 名学员，班级进行中：出勤率按至今已上的课次计，合格线 %.0f%%，%d 人至今低于合格线（红色标出）。",
				len(r.rep.Trainees), r.rep.Rules.Threshold*100, below)
		}
		if r.rep.TotalWarn != "" {
			text += "\n" + r.rep.TotalWarn
		}
	}
	r.Summary.SetText(text)
	r.Table.Refresh()
}

// Cell is the text of a table cell and whether it is shown in red: the
// whole row of a trainee under the attendance threshold, and absences.
func (r *reportTab) Cell(row, col int) (string, bool) {
	if row == 0 {
		if col < len(reportCols) {
			return reportCols[col].title, false
		}
		return fmt.Sprintf("%d", r.rep.Lessons[col-len(reportCols)].No), false
	}
	t := r.rep.Trainees[row-1]
	below := t.AtRisk
	switch col {
	case 0:
		if below {
			return "▼ " + t.Trainee.Name(), true
		}
		return t.Trainee.Name(), false
	case 1:
		return fmt.Sprintf("%s/%s", fmtHours(t.Summary.AttendedHours), fmtHours(t.Summary.TotalHours)), below
	case 2:
		rate, prefix := t.Summary.Rate, ""
		if r.running() {
			rate, prefix = t.Summary.RateSoFar, "至今 "
		}
		if below {
			return fmt.Sprintf("%s%.1f%% 不足", prefix, rate*100), true
		}
		return fmt.Sprintf("%s%.1f%%", prefix, rate*100), false
	case 3:
		return t.ResultLabel, below
	case 4:
		if t.Verdict.Eligible {
			return "是", false
		}
		return "否", below
	}
	st := t.Summary.Marks[col-len(reportCols)].Status
	return shortStatus[st], below || st == training.Absent
}

// running reports whether the class runs on the report's day: its final
// rate still counts lessons to come, so the report shows the rate so far
// (who is red is the store's attendance.AtRisk, the same as `report class`).
func (r *reportTab) running() bool {
	return r.rep.Class.ID != "" && r.rep.Status == training.Running
}
