package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/certificate"
	"trainingdesk/errs"
)

// firstRun is the welcome dialog of an empty data directory: set up the
// institution, or open the demo data to try the program first.
type firstRun struct {
	u          *UI
	Form       *institutionForm
	VerifyURL  *deskEntry // 证书查验网址: may be left empty until certificates are issued
	URLError   *widget.Label
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
	r.VerifyURL = newDeskEntry(u, "如 https://rsj.example.gov.cn/zs（可暂不填，发证前须填写）")
	r.VerifyURL.OnSubmitted = func(string) { r.save() }
	r.URLError = errorLabel()
	urlHint := widget.NewLabel(u.T("证书查验网址：印在每张证书二维码里的网址，手机扫码核验证书时打开。即本机构放置“证书核验网页”（设置 → 导出核验网页，一个可放在任何网站上的静态网页）的地址，如 https://本机构网站/verify.html，或人社部门提供的查验网址；未填写时可以录入和打印签到表，但不能发正式证书。"))
	urlHint.Wrapping = fyne.TextWrapWord
	urlHint.Importance = widget.LowImportance
	urlBox := container.NewVBox(widget.NewSeparator(), widget.NewLabel(u.T("证书查验网址")), r.VerifyURL, r.URLError, urlHint)
	content := container.NewBorder(intro, container.NewHBox(r.SaveButton, widget.NewSeparator(), r.DemoButton), nil, nil,
		container.NewVScroll(container.NewVBox(r.Form.Content(), urlBox)))
	r.dialog = dialog.NewCustomWithoutButtons(u.T("机构信息设置"), content, u.Win)
	r.dialog.Resize(fyne.NewSize(660, 560))
	u.Settings.FirstRun = r
	r.dialog.Show()
}

// save checks the verification URL (when given), then saves the
// institution and the URL.
func (r *firstRun) save() {
	r.URLError.Hide()
	url := strings.TrimSpace(r.VerifyURL.Text)
	if url != "" {
		if err := certificate.ReadyToIssue(url); err != nil {
			r.URLError.SetText(errs.Message(err))
			r.URLError.Show()
			return
		}
	}
	if !r.Form.save() {
		return
	}
	if url != "" {
		st, err := r.u.Store.Settings()
		if err == nil {
			st.VerifyBaseURL = url
			err = r.u.Store.SaveSettings(st)
		}
		if err != nil {
			r.URLError.SetText(errs.Message(err))
			r.URLError.Show()
			return
		}
	}
	r.finish()
}

// openDemo opens the demo school in its own directory; the clerk's data
// directory stays empty, so the next start asks again.
func (r *firstRun) openDemo() {
	if err := r.u.openDemo(); err != nil {
		r.Form.fields.show(err)
		return
	}
	r.finish()
}

func (r *firstRun) finish() {
	r.Done = true
	r.dialog.Hide()
	r.u.refreshStatus()
	r.u.Classes.Refresh()
	r.u.Settings.Refresh()
}
