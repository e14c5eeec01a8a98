package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/store"
	"trainingdesk/training"
)

// AttendanceScreen is 考勤: the class's timetable, marking one lesson (by
// hand, by badge scanner, from a terminal log), printing sign-in sheets and
// badges, and the attendance report.
type AttendanceScreen struct {
	u *UI

	ClassSelect *widget.Select
	Sections    *container.AppTabs
	Timetable   *timetableTab
	Marking     *markingTab
	Report      *reportTab

	classes []training.Class
	class   training.Class // the class shown ("" ID before a choice)
	root    fyne.CanvasObject
}

func newAttendanceScreen(u *UI) *AttendanceScreen {
	s := &AttendanceScreen{u: u}
	s.ClassSelect = widget.NewSelect(nil, s.classChosen)
	s.ClassSelect.PlaceHolder = u.T("请选择班级")
	s.Timetable = newTimetableTab(s)
	s.Marking = newMarkingTab(s)
	s.Report = newReportTab(s)
	s.Sections = container.NewAppTabs(
		container.NewTabItem(u.T("点名"), s.Marking.root),
		container.NewTabItem(u.T("课程表"), s.Timetable.root),
		container.NewTabItem(u.T("出勤统计"), s.Report.root),
	)
	s.Sections.OnSelected = func(*container.TabItem) { s.refreshSection() }
	top := container.NewBorder(nil, nil, widget.NewLabel(u.T("班级")+"："), nil, s.ClassSelect)
	s.root = container.NewBorder(top, nil, nil, nil, s.Sections)
	return s
}

func (s *AttendanceScreen) Content() fyne.CanvasObject { return s.root }

// Refresh reloads the class list, follows the class chosen elsewhere and
// listens for badge scans while this screen is shown.
func (s *AttendanceScreen) Refresh() {
	classes, class, err := s.u.pickClass(s.ClassSelect, runningClass)
	if err != nil {
		s.u.showError(err)
		return
	}
	s.classes, s.class = classes, class
	s.Marking.listen()
	s.refreshSection()
}

func (s *AttendanceScreen) classChosen(label string) {
	for _, c := range s.classes {
		if classLabel(c) == label && c.ID != s.class.ID {
			s.class = c
			s.u.SelectClass(c.ID)
			s.Marking.lessonID = ""
			s.refreshSection()
		}
	}
}

// refreshSection reloads only the part on show: the others reload when
// picked, so a class of 60 × 40 never redraws three views at once.
func (s *AttendanceScreen) refreshSection() {
	switch s.Sections.SelectedIndex() {
	case 0:
		s.Marking.refresh()
	case 1:
		s.Timetable.refresh()
	case 2:
		s.Report.refresh()
	}
}

// shown reports whether the attendance screen is the one on show.
func (s *AttendanceScreen) shown() bool {
	return s.u.Tabs.SelectedIndex() == tabAttendance
}

func (s *AttendanceScreen) rules() store.Settings {
	st, _ := s.u.Store.Settings()
	return st
}
