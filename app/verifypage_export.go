package app

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"trainingdesk/certprint"
)

// verifyPageHint says what the exported page is for, in the clerk's words.
const verifyPageHint = "请把它上传到机构网站上“证书查验网址”所指的位置（如 https://本机构网站/verify.html）。" +
	"手机扫描证书二维码即打开该网页，在手机上离线核验，不经过任何服务器。撤销或补发证书后请重新导出并替换。"

// askVerifyPage saves the offline verification page (certificates
// verify-page) where the clerk chooses.
func (u *UI) askVerifyPage() {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if w != nil {
			u.writeVerifyPage(w, func(err error) {
				if err != nil {
					u.showError(err)
					return
				}
				dialog.ShowInformation(u.T("导出核验网页"), "已导出证书核验网页："+w.URI().Name()+"\n"+verifyPageHint, u.Win)
			})
		}
	}, u.Win)
	d.SetFileName("verify.html")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".html"}))
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// writeVerifyPage writes the page off the UI thread (the revoked list grows
// with the certificates) and reports back on it.
func (u *UI) writeVerifyPage(w io.WriteCloser, done func(error)) {
	go func() {
		err := certprint.WriteVerifyPage(u.Store, w)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			err = fmt.Errorf("导出核验网页失败：%v（请换一个位置或文件名重试）", err)
		}
		fyne.Do(func() { done(err) })
	}()
}
