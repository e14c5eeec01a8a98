package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/demo"
)

// firstRun is the welcome dialog of an empty data directory: set up the
// institution, or open the demo data to try the program first.
type firstRun struct {
	u          *UI
	Form       *institutionForm
	SaveButton *widget.Button
	DemoButton *widget.Button
	dialog     dialog.Dialog
	Done       bool
}

// showFirstRun asks for the institution's details or offers the demo data.
func (u *UI) showFirstRun() {
	r := &firstRun{u: u}
	r.Form = newInstitutionForm(u, r.save)
	r.SaveButton = widget.NewButton(u.T("保存并开始使用"), r.save)
	r.SaveButton.Importance = widget.HighImportance
	r.DemoButton = widget.NewButton(u.T("打开演示数据"), r.openDemo)
	intro := widget.NewLabel("欢迎使用 TrainingDesk。请先填写本培训机构的信息（证书、报表和上报人社部门都要用到），" +
		"或先打开演示数据看看：演示数据含 3 个班级、60 名学员。")
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(intro, container.NewHBox(r.SaveButton, widget.NewSeparator(), r.DemoButton), nil, nil,
		container.NewVScroll(r.Form.Content()))
	r.dialog = dialog.NewCustomWithoutButtons(u.T("机构信息设置"), content, u.Win)
	r.dialog.Resize(fyne.NewSize(660, 560))
	u.Settings.FirstRun = r
	r.dialog.Show()
}

func (r *firstRun) save() {
	if !r.Form.save() {
		return
	}
	r.finish()
}

// openDemo seeds the demo school and shows it.
func (r *firstRun) openDemo() {
	if err := demo.Seed(r.u.Store, 60, now()); err != nil {
		r.Form.fields.show(err)
		return
	}
	r.u.Classes.index.rebuild()
	r.finish()
}

func (r *firstRun) finish() {
	r.Done = true
	r.dialog.Hide()
	r.u.refreshStatus()
	r.u.Classes.Refresh()
	r.u.Settings.Refresh()
}
