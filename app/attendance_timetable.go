package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/attendance"
	"trainingdesk/errs"
	"trainingdesk/training"
)

// timetableTab is the class's 课程表: the list, a weekly series maker and
// the form for one lesson.
type timetableTab struct {
	s *AttendanceScreen

	List      *widget.List
	TotalWarn *widget.Label

	// Weekly series (按周排课), filled for the class seriesFor.
	seriesFor string
	Weekdays  *widget.CheckGroup
	RecFrom   *widget.Entry
	RecWeeks  *widget.Entry
	RecStart  *widget.Entry
	RecEnd    *widget.Entry
	RecTopic  *widget.Entry
	RecCreate *widget.Button

	// One lesson.
	Date, Start, End, Hours, Topic, Teacher, TeacherID, Room *widget.Entry
	Save, New, Delete                                        *widget.Button
	FormTitle                                                *widget.Label

	lessons []training.Lesson
	editing string // lesson id in the form, "" for a new one
	root    fyne.CanvasObject
}

var weekdayBoxes = []string{"周一", "周二", "周三", "周四", "周五", "周六", "周日"}

func newTimetableTab(s *AttendanceScreen) *timetableTab {
	u := s.u
	t := &timetableTab{s: s}
	t.TotalWarn = widget.NewLabel("")
	t.TotalWarn.Importance = widget.DangerImportance
	t.TotalWarn.Wrapping = fyne.TextWrapWord
	t.List = widget.NewList(func() int { return len(t.lessons) },
		func() fyne.CanvasObject {
			return widget.NewLabel("第99课 00-00 周一 00:00–00:00 课程内容课程内容")
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l := t.lessons[i]
			text := fmt.Sprintf("%s  %s学时", lessonLabel(l), fmtHours(l.Hours))
			if l.Teacher != "" {
				text += "  " + l.Teacher
			}
			o.(*widget.Label).SetText(text)
		})
	t.List.OnSelected = func(i widget.ListItemID) { t.load(t.lessons[i]) }

	t.Weekdays = widget.NewCheckGroup(weekdayBoxes, nil)
	t.Weekdays.Horizontal = true
	t.RecFrom = widget.NewEntry()
	t.RecFrom.PlaceHolder = "YYYY-MM-DD"
	withCalendar(t.RecFrom)
	t.RecWeeks = widget.NewEntry()
	t.RecWeeks.SetText("4")
	t.RecStart, t.RecEnd = widget.NewEntry(), widget.NewEntry()
	t.RecStart.SetText("09:00")
	t.RecEnd.SetText("12:00")
	t.RecTopic = widget.NewEntry()
	t.RecCreate = widget.NewButton(u.T("生成课程"), t.createSeries)
	t.RecCreate.Importance = widget.HighImportance
	series := widget.NewCard(u.T("按周排课"), "", widget.NewForm(
		widget.NewFormItem(u.T("上课日"), t.Weekdays),
		widget.NewFormItem(u.T("开始日期"), t.RecFrom),
		widget.NewFormItem(u.T("周数"), t.RecWeeks),
		widget.NewFormItem(u.T("时间"), container.NewGridWithColumns(3, t.RecStart, widget.NewLabel("至"), t.RecEnd)),
		widget.NewFormItem(u.T("课程内容"), t.RecTopic),
		widget.NewFormItem("", t.RecCreate),
	))

	t.Date, t.Start, t.End, t.Hours = widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	t.Topic, t.Teacher, t.TeacherID, t.Room = widget.NewEntry(), widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	// "如 09:00": a grey 09:00 looked like a value already filled in.
	t.Date.PlaceHolder, t.Start.PlaceHolder, t.End.PlaceHolder = "YYYY-MM-DD", "如 09:00", "如 12:00"
	withCalendar(t.Date)
	t.Hours.PlaceHolder = u.T("留空则按时长计算")
	t.Save = widget.NewButton(u.T("保存课程"), t.save)
	t.Save.Importance = widget.HighImportance
	t.New = widget.NewButton(u.T("新课程"), func() { t.load(training.Lesson{}) })
	t.Delete = widget.NewButton(u.T("删除课程"), t.confirmDelete)
	t.Delete.Importance = widget.DangerImportance
	t.FormTitle = widget.NewLabelWithStyle(u.T("新课程"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	one := widget.NewCard("", "", container.NewVBox(t.FormTitle, widget.NewForm(
		widget.NewFormItem(u.T("上课日期"), t.Date),
		widget.NewFormItem(u.T("时间"), container.NewGridWithColumns(3, t.Start, widget.NewLabel("至"), t.End)),
		widget.NewFormItem(u.T("学时"), t.Hours),
		widget.NewFormItem(u.T("课程内容"), t.Topic),
		widget.NewFormItem(u.T("授课教师"), t.Teacher),
		widget.NewFormItem(u.T("教师证号"), t.TeacherID),
		widget.NewFormItem(u.T("教室"), t.Room),
	), container.NewHBox(t.Save, t.New, t.Delete)))

	right := container.NewVScroll(container.NewVBox(series, one))
	split := container.NewHSplit(container.NewBorder(t.TotalWarn, nil, nil, nil, t.List), right)
	split.Offset = 0.55
	t.root = split
	return t
}

func (t *timetableTab) refresh() {
	c := t.s.class
	t.lessons = nil
	if c.ID != "" {
		var err error
		if t.lessons, err = t.s.u.Store.Lessons(c.ID); err != nil {
			t.s.u.showError(err)
		}
	}
	t.List.UnselectAll()
	t.List.Refresh()
	t.TotalWarn.SetText(attendance.CheckTotal(c.Hours, t.lessons))
	if t.TotalWarn.Text == "" {
		t.TotalWarn.Hide()
	} else {
		t.TotalWarn.Show()
	}
	if t.seriesFor != c.ID { // another class: nothing of the last one's series stays
		t.seriesFor = c.ID
		t.Weekdays.SetSelected(nil)
		t.RecTopic.SetText("")
		t.RecFrom.SetText("")
		if !c.Start.IsZero() {
			t.RecFrom.SetText(c.Start.Format(training.DateLayout))
		}
	}
	t.load(training.Lesson{})
}

// load puts a lesson in the form (a zero lesson: a new one).
func (t *timetableTab) load(l training.Lesson) {
	t.editing = l.ID
	date := ""
	if !l.Date.IsZero() {
		date = l.Date.Format(training.DateLayout)
	}
	hours := ""
	if l.Hours > 0 {
		hours = fmtHours(l.Hours)
	}
	t.Date.SetText(date)
	t.Start.SetText(l.Start)
	t.End.SetText(l.End)
	t.Hours.SetText(hours)
	t.Topic.SetText(l.Topic)
	t.Teacher.SetText(l.Teacher)
	t.TeacherID.SetText(l.TeacherID)
	t.Room.SetText(l.Room)
	if l.ID == "" {
		t.FormTitle.SetText(t.s.u.T("新课程"))
		t.Delete.Disable()
	} else {
		t.FormTitle.SetText(fmt.Sprintf("第 %d 课", l.No))
		t.Delete.Enable()
	}
}

// formLesson reads the form; 学时 left empty are computed from the times.
func (t *timetableTab) formLesson() (training.Lesson, error) {
	l := training.Lesson{ID: t.editing, Start: strings.TrimSpace(t.Start.Text), End: strings.TrimSpace(t.End.Text),
		Topic: strings.TrimSpace(t.Topic.Text), Teacher: strings.TrimSpace(t.Teacher.Text),
		TeacherID: strings.TrimSpace(t.TeacherID.Text), Room: strings.TrimSpace(t.Room.Text)}
	var err error
	if l.Date, err = training.ParseDate(training.FieldLessonDate, t.Date.Text); err != nil {
		return l, err
	}
	if h := strings.TrimSpace(t.Hours.Text); h != "" {
		if l.Hours, err = strconv.ParseFloat(h, 64); err != nil || l.Hours <= 0 {
			return l, errs.Errorf(errs.Invalid, training.FieldHours, "“%s”不是大于 0 的数字；留空则按时长计算", h)
		}
	} else if l.Hours, err = attendance.LessonHours(l.Start, l.End, t.s.rules().Rules()); err != nil {
		return l, err
	}
	return l, nil
}

func (t *timetableTab) save() {
	c := t.s.class
	if c.ID == "" {
		t.s.u.showError(errs.Errorf(errs.Invalid, training.FieldClass, "请先在上方选择班级"))
		return
	}
	l, err := t.formLesson()
	if err == nil {
		if l.ID == "" {
			_, err = t.s.u.Store.AddLessons(c.ID, []training.Lesson{l})
		} else {
			_, err = t.s.u.Store.UpdateLesson(l)
		}
	}
	if err != nil {
		t.s.u.showError(err)
		return
	}
	t.refresh()
}

// createSeries makes a lesson on every ticked weekday for the weeks given.
func (t *timetableTab) createSeries() {
	c := t.s.class
	if c.ID == "" {
		t.s.u.showError(errs.Errorf(errs.Invalid, training.FieldClass, "请先在上方选择班级"))
		return
	}
	from, err := training.ParseDate(attendance.FieldFrom, t.RecFrom.Text)
	if err != nil {
		t.s.u.showError(err)
		return
	}
	weeks, err := strconv.Atoi(strings.TrimSpace(t.RecWeeks.Text))
	if err != nil {
		t.s.u.showError(errs.Errorf(errs.Invalid, attendance.FieldWeeks, "“%s”不是整数", t.RecWeeks.Text))
		return
	}
	var days []time.Weekday
	for _, d := range t.Weekdays.Selected {
		for i, name := range weekdayBoxes {
			if d == name {
				days = append(days, time.Weekday((i+1)%7))
			}
		}
	}
	lessons, err := attendance.Recurring(c.ID, from, weeks, days, strings.TrimSpace(t.RecStart.Text), strings.TrimSpace(t.RecEnd.Text),
		strings.TrimSpace(t.RecTopic.Text), t.s.rules().Rules())
	if err == nil && strings.TrimSpace(t.RecTopic.Text) == "" {
		err = errs.Errorf(errs.Invalid, training.FieldTopic, "请填写，例如“实操训练”")
	}
	if err == nil {
		_, err = t.s.u.Store.AddLessons(c.ID, lessons)
	}
	if err != nil {
		t.s.u.showError(err)
		return
	}
	t.refresh()
}

func (t *timetableTab) confirmDelete() {
	if t.editing == "" {
		return
	}
	id := t.editing
	dialog.ShowConfirm(t.s.u.T("删除课程"), t.FormTitle.Text+"：删除后后面的课次会重新编号。已有考勤的课程不能删除。确定删除？", func(ok bool) {
		if !ok {
			return
		}
		if err := t.s.u.Store.DeleteLessons(t.s.class.ID, []string{id}); err != nil {
			t.s.u.showError(err)
			return
		}
		t.refresh()
	}, t.s.u.Win)
}
