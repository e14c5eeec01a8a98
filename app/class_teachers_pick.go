package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/training"
)

// pickTeachers lets the clerk tick the class's teachers in the register;
// the names go into 授课教师 (the store links them to the register on save).
func (f *classForm) pickTeachers() {
	list, err := f.s.u.Store.Teachers()
	if err != nil {
		f.s.u.showError(err)
		return
	}
	if len(list) == 0 {
		dialog.ShowInformation(f.s.u.T("从师资库选择"), f.s.u.T("师资库还是空的：请先在“师资”中登记教师。"), f.s.u.Win)
		return
	}
	chosen := map[string]bool{}
	for _, n := range splitNames(f.Teachers.Text) {
		chosen[n] = true
	}
	f.TeacherChecks = widget.NewCheckGroup(nil, nil)
	for _, tc := range list {
		f.TeacherChecks.Append(tc.Name + "（" + f.s.u.T(training.TeachesLabel(tc.Teaches)) + "）")
	}
	var selected []string
	for i, tc := range list {
		if chosen[tc.Name] {
			selected = append(selected, f.TeacherChecks.Options[i])
		}
	}
	f.TeacherChecks.SetSelected(selected)
	d := dialog.NewCustomConfirm(f.s.u.T("从师资库选择"), f.s.u.T("确定"), f.s.u.T("取消"),
		container.NewVScroll(f.TeacherChecks), func(ok bool) {
			if !ok {
				return
			}
			keep := map[string]bool{}
			for _, o := range f.TeacherChecks.Selected {
				keep[o] = true
			}
			var names []string
			registered := map[string]bool{}
			for i, tc := range list {
				registered[tc.Name] = true
				if keep[f.TeacherChecks.Options[i]] {
					names = append(names, tc.Name)
				}
			}
			for _, n := range splitNames(f.Teachers.Text) { // free-text names stay
				if !registered[n] {
					names = append(names, n)
				}
			}
			f.Teachers.SetText(strings.Join(names, "，"))
		}, f.s.u.Win)
	d.Resize(fyne.NewSize(420, 420))
	d.Show()
}

func splitNames(s string) []string {
	var out []string
	for _, n := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' || r == '、' }) {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// teacherWarnings adds the region's 师资 rule to the saved line.
func (f *classForm) teacherWarnings(c training.Class) string {
	warns, err := f.s.u.Store.ClassTeacherWarnings(c)
	if err != nil || len(warns) == 0 {
		return ""
	}
	return "。师资提示：" + strings.Join(warns, "；")
}
