package app

import (
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// fileDialogSize fits long Chinese folder names.
var fileDialogSize = fyne.NewSize(820, 560)

// openFile asks for a file (of the given extensions; none: any) and hands
// it to use, closing it after: a cancel does nothing, a file that cannot be
// opened is shown as an error.
func (u *UI) openFile(exts []string, use func(name string, r io.Reader)) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if rc == nil {
			return
		}
		defer rc.Close()
		use(rc.URI().Name(), rc)
	}, u.Win)
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	d.Resize(fileDialogSize)
	d.Show()
}

// pickPath asks for a file and gives its path (the file is not read: a
// setting that names a file).
func (u *UI) pickPath(set func(path string)) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		rc.Close()
		set(rc.URI().Path())
	}, u.Win)
	d.Resize(fileDialogSize)
	d.Show()
}
