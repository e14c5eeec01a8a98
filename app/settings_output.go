package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// outputRow is 设置's "输出文件夹": where certificates, samples, sign-in
// sheets and badges are saved; the choice is remembered on this computer.
type outputRow struct {
	u      *UI
	Path   *widget.Label
	Choose *widget.Button
	Reset  *widget.Button
}

func newOutputRow(u *UI) *outputRow {
	o := &outputRow{u: u, Path: widget.NewLabel("")}
	o.Path.Selectable = true
	o.Path.Wrapping = fyne.TextWrapBreak
	o.Choose = widget.NewButton(u.T("更改…"), o.choose)
	o.Reset = widget.NewButton(u.T("恢复默认"), func() { u.SetOutputDir(""); o.refresh() })
	o.refresh()
	return o
}

func (o *outputRow) content() fyne.CanvasObject {
	return container.NewVBox(widget.NewLabel(o.u.T("输出文件夹（证书、样本、签到表、胸卡）")+"："), o.Path,
		container.NewHBox(o.Choose, o.Reset, widget.NewButton(o.u.T("打开文件夹"), func() {
			o.u.showError(openFolder(o.u.OutputDir()))
		})))
}

func (o *outputRow) refresh() { o.Path.SetText(o.u.OutputDir()) }

func (o *outputRow) choose() {
	d := dialog.NewFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			o.u.showError(err)
			return
		}
		if l != nil {
			o.u.SetOutputDir(l.Path())
			o.refresh()
		}
	}, o.u.Win)
	o.u.startIn(d)
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}
