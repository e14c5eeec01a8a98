package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// Every list that can be empty says, in its place, what to do first (the
// classes list's own hints are in classes_empty.go).

// noClassHint is what a place that works on one class says before a class
// is chosen.
const noClassHint = "还没有选班级：在上方选择班级；还没有班级时，先到“班级”点“新建班级”开班备案。"

// overList lays hint across the middle of list (full width, so the text
// wraps on the list's width, not on one character's).
func overList(list fyne.CanvasObject, hint *widget.Label) fyne.CanvasObject {
	return container.NewStack(list, container.NewVBox(layout.NewSpacer(), container.NewPadded(hint), layout.NewSpacer()))
}

// sayEmpty shows zh (in the UI's language) on hint, or hides it for "".
func (u *UI) sayEmpty(hint *widget.Label, zh string) {
	if zh == "" {
		hint.Hide()
		return
	}
	hint.SetText(u.T(zh))
	hint.Show()
}

func (s *RosterScreen) updateEmpty() {
	switch {
	case s.class.ID == "":
		s.u.sayEmpty(s.EmptyHint, noClassHint)
	case len(s.list) == 0:
		s.u.sayEmpty(s.EmptyHint, "这个班还没有学员。点“导入表格”导入花名册（Excel/WPS，格式见“下载导入模板”），或在表格里选中整行复制后点“粘贴名单”；也可点“添加学员”逐个录入。")
	default:
		s.u.sayEmpty(s.EmptyHint, "")
	}
}

// updateEmpty of 考勤's 点名: a class, then lessons, then trainees.
func (m *markingTab) updateEmpty() {
	switch {
	case m.s.class.ID == "":
		m.s.u.sayEmpty(m.EmptyHint, noClassHint)
	case len(m.lessons) == 0:
		m.s.u.sayEmpty(m.EmptyHint, "这个班还没有课程。先到上方“课程表”用“按周排课”一次排好，或逐课添加；排好后在这里点名、打印签到表。")
	case len(m.Rows) == 0 && m.lessonID != "":
		m.s.u.sayEmpty(m.EmptyHint, "这个班还没有学员：先在“学员”中导入花名册，再点名。")
	default:
		m.s.u.sayEmpty(m.EmptyHint, "")
	}
}

func (s *CompletionScreen) updateEmpty() {
	switch {
	case s.class.ID == "":
		s.u.sayEmpty(s.EmptyHint, noClassHint)
	case len(s.Rows) == 0:
		s.u.sayEmpty(s.EmptyHint, "这个班还没有学员：先在“学员”中导入花名册。考勤和成绩录入后，这里列出每人的发证资格，合格者可发证、打印证书。")
	default:
		s.u.sayEmpty(s.EmptyHint, "")
	}
}

// updateEmpty of 同步: the batch log says why it is empty while nothing has
// ever been queued (pending records are explained by the state line).
func (s *SyncScreen) updateEmpty(queued int) {
	if len(s.shownLog) == 0 && queued == 0 {
		s.u.sayEmpty(s.EmptyHint, "还没有要上传的记录。新建班级、录入学员和考勤后，记录会自动排队，每分钟上传一次；每次上传的批次列在这里。")
		return
	}
	s.u.sayEmpty(s.EmptyHint, "")
}

func (s *ClaimsScreen) updateEmpty() {
	switch {
	case s.class.ID == "":
		s.u.sayEmpty(s.EmptyHint, noClassHint)
	case s.Shown.Report.Class.ID != "" && len(s.Shown.Report.Trainees) == 0: // computed, nobody to pay
		s.u.sayEmpty(s.EmptyHint, "这个班还没有学员：先在“学员”中导入花名册。结业后选好日期点“计算”，这里列出每人的结业和就业补贴。")
	default:
		s.u.sayEmpty(s.EmptyHint, "")
	}
}

func (s *FollowUpScreen) updateEmpty() {
	if len(s.calls) == 0 {
		s.u.sayEmpty(s.EmptyHint, "本周没有要跟踪的学员。班级结业后，到了“设置”→“就业跟踪设置”的节点（如结业后第 3、6 个月）的学员会列在这里，逐个电话回访后点“记录…”。")
		return
	}
	s.u.sayEmpty(s.EmptyHint, "")
}

func (s *StatsScreen) updateEmpty() {
	if len(s.report.Classes) == 0 {
		s.u.sayEmpty(s.EmptyHint, "还没有结业的班级。班级结业后，这里按结业年份统计合格率、证书取得率和就业率，并可打印报告。")
		return
	}
	s.u.sayEmpty(s.EmptyHint, "")
}
