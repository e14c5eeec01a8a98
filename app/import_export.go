package app

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/roster"
	"trainingdesk/spreadsheet"
)

// chooseExport asks whether to include full identity numbers (masked by
// default; full numbers need a second confirmation), then where to save.
func (im *importer) chooseExport() {
	u := im.s.u
	class := im.s.class
	if class.ID == "" {
		return
	}
	im.FullID = widget.NewCheck(u.T("导出完整证件号码"), nil)
	note := widget.NewLabel("默认隐去证件号码和电话的中间部分。只有报送或存档确需时才导出完整号码，并妥善保管文件。")
	note.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(u.T("导出花名册")+"："+class.Name, u.T("选择保存位置…"), u.T("取消"),
		container.NewVBox(note, im.FullID), func(ok bool) {
			if !ok {
				return
			}
			if !im.FullID.Checked {
				im.saveRoster(false)
				return
			}
			dialog.ShowConfirm(u.T("导出完整证件号码"),
				"文件中将含有学员完整的公民身份号码，属于个人信息。确定要导出吗？", func(yes bool) {
					if yes {
						im.saveRoster(true)
					}
				}, u.Win)
		}, u.Win)
	d.Resize(fyne.NewSize(520, 240))
	d.Show()
}

func (im *importer) saveRoster(fullID bool) {
	class := im.s.class
	im.saveFile(class.Code+"-花名册.xlsx", func(w io.Writer) error {
		return roster.Export(im.s.u.Store, class.ID, w, fullID, nil)
	}, "导出完成", "导出花名册失败", "已导出花名册：%s", "")
}

// saveTemplate writes the blank import template where the clerk says.
func (im *importer) saveTemplate() {
	im.saveFile("学员导入模板.xlsx", spreadsheet.WriteTemplate,
		"下载导入模板", "保存导入模板失败", "已保存导入模板：%s", "。请按模板填写后用“导入表格”导入。")
}

// saveFile asks where to save an .xlsx and writes it in the background,
// then says where it went (done: a format for the file name) or what failed.
func (im *importer) saveFile(name string, write func(w io.Writer) error, title, failed, done, hint string) {
	u := im.s.u
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if w != nil {
			im.writeFile(w, write, title, failed, done, hint)
		}
	}, u.Win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// writeFile is saveFile once the clerk has chosen where.
func (im *importer) writeFile(w fyne.URIWriteCloser, write func(w io.Writer) error, title, failed, done, hint string) {
	u := im.s.u
	im.busy.Add(1)
	go func() {
		defer im.busy.Done()
		err := write(w)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		fyne.Do(func() {
			if err != nil {
				u.showError(fmt.Errorf("%s：%v（请换一个位置或文件名重试）", failed, err))
				return
			}
			im.Done = fmt.Sprintf(done, w.URI().Name())
			dialog.ShowInformation(u.T(title), im.Done+hint, u.Win)
		})
	}()
}
