package app

import (
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/dialog"
)

// fileURL is a local file as a file:// URL on every OS: a Windows path
// (C:\打印\证书.pdf) needs a leading slash to become file:///C:/打印/证书.pdf.
func fileURL(path string) *url.URL {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return &url.URL{Scheme: "file", Path: p}
}

// openFile shows a printed PDF in the system viewer, or says where it was
// saved when no viewer answers.
func (u *UI) openFile(path string) {
	if err := u.App.OpenURL(fileURL(path)); err != nil {
		dialog.ShowInformation(u.T("已生成"), "已保存到 "+path+"，请用 PDF 阅读器打开。", u.Win)
	}
}
