package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// newEmptyHint is the line an empty list shows in place of rows: what to
// do first, not a blank table.
func newEmptyHint() *widget.Label {
	l := widget.NewLabel("")
	l.Alignment = fyne.TextAlignCenter
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// updateEmpty says what to do when the classes list shows nothing.
func (s *ClassesScreen) updateEmpty() {
	switch {
	case len(s.shown) > 0:
		s.EmptyHint.Hide()
		return
	case len(s.all) == 0:
		s.EmptyHint.SetText(s.u.T("还没有班级。点左上角“新建班级”开班备案（Ctrl+N）；想先熟悉操作，可用 --demo 打开演示数据。"))
	default:
		s.EmptyHint.SetText(s.u.T("没有符合筛选条件的班级。请把状态、类型、年份选回“全部”，或清空日期。"))
	}
	s.EmptyHint.Show()
}
