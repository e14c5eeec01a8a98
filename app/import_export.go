package app

import (
	"fmt"

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
	u := im.s.u
	class := im.s.class
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if w == nil {
			return
		}
		im.busy.Add(1)
		go func() {
			defer im.busy.Done()
			err := roster.Export(u.Store, class.ID, w, fullID, nil)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			fyne.Do(func() {
				if err != nil {
					u.showError(fmt.Errorf("导出花名册失败：%v（请换一个位置或文件名重试）", err))
					return
				}
				im.Done = "已导出花名册：" + w.URI().Name()
				dialog.ShowInformation(u.T("导出完成"), im.Done, u.Win)
			})
		}()
	}, u.Win)
	d.SetFileName(class.Code + "-花名册.xlsx")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// saveTemplate writes the blank import template where the clerk says.
func (im *importer) saveTemplate() {
	u := im.s.u
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if w == nil {
			return
		}
		err = spreadsheet.WriteTemplate(w)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			u.showError(fmt.Errorf("保存导入模板失败：%v", err))
			return
		}
		im.Done = "已保存导入模板：" + w.URI().Name()
		dialog.ShowInformation(u.T("下载导入模板"), im.Done+"。请按模板填写后用“导入表格”导入。", u.Win)
	}, u.Win)
	d.SetFileName("学员导入模板.xlsx")
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}
