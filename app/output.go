package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/desktop"
)

// Every file the app generates (certificates, samples, sign-in sheets,
// badges) goes to one place: the folder the clerk chose in 设置, remembered
// on this computer for this data directory, else DIR/打印.

func (u *UI) outputKey() string { return "outputDir:" + u.Store.Dir() }

// OutputDir is where generated files go.
func (u *UI) OutputDir() string {
	if d := u.App.Preferences().String(u.outputKey()); d != "" {
		return d
	}
	return filepath.Join(u.Store.Dir(), "打印")
}

// SetOutputDir remembers the clerk's folder ("" goes back to DIR/打印).
func (u *UI) SetOutputDir(dir string) {
	if dir == "" {
		u.App.Preferences().RemoveValue(u.outputKey())
		return
	}
	u.App.Preferences().SetString(u.outputKey(), dir)
}

// outputPath is a new file name in the output folder: an earlier file of
// the same name is kept, the new one gets the time appended.
func (u *UI) outputPath(name string) (string, error) {
	dir := u.OutputDir()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("无法创建输出文件夹 %s：%v。请在“设置”中另选输出文件夹", dir, err)
	}
	path := filepath.Join(dir, safeFileName(name))
	if _, err := os.Stat(path); err == nil {
		ext := filepath.Ext(path)
		path = strings.TrimSuffix(path, ext) + "-" + now().Format("150405") + ext
	}
	return path, nil
}

// startIn makes a file dialog open in the output folder.
func (u *UI) startIn(d interface{ SetLocation(fyne.ListableURI) }) {
	dir := u.OutputDir()
	_ = os.MkdirAll(dir, 0o700)
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
}

// Desktop hands files to the system; tests replace it.
var (
	printOrOpen = desktop.PrintOrOpen
	openPath    = desktop.Open
	openFolder  = desktop.OpenFolder
)

// deliver tells the clerk a PDF is ready and where it is saved, with 打印
// (the system's printer; without one the PDF opens instead), 打开 and
// 打开文件夹 beside it. Enter prints, Esc closes.
func (u *UI) deliver(title, path string) {
	var d dialog.Dialog
	act := func(do func()) func() { return func() { d.Hide(); do() } }
	printBtn := widget.NewButton(u.T("打印"), act(func() {
		_, msg := printOrOpen(path)
		dialog.ShowInformation(u.T("打印"), msg, u.Win)
	}))
	printBtn.Importance = widget.HighImportance
	openBtn := widget.NewButton(u.T("打开 PDF"), act(func() { u.showError(openPath(path)) }))
	folderBtn := widget.NewButton(u.T("打开文件夹"), act(func() { u.showError(openFolder(path)) }))
	closeBtn := widget.NewButton(u.T("关闭"), act(func() {}))
	where := widget.NewLabel(u.T("已保存为 PDF") + "：" + path)
	where.Wrapping = fyne.TextWrapBreak
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(where,
		container.NewHBox(printBtn, openBtn, folderBtn, closeBtn)), u.Win)
	d.Resize(fyne.NewSize(560, 180))
	lastDelivery = &Delivery{Path: path, Print: printBtn.OnTapped, Open: openBtn.OnTapped, Folder: folderBtn.OnTapped, dialog: d}
	u.answerKeys(d, printBtn.OnTapped, closeBtn.OnTapped)
	d.Show()
}

// lastDelivery is the last deliver dialog (tests tap its buttons).
var lastDelivery *Delivery

// Delivery is a "PDF ready" dialog's file and actions.
type Delivery struct {
	Path                string
	Print, Open, Folder func()
	dialog              dialog.Dialog
}

// answerKeys lets Enter and Esc answer a dialog while it is shown, then
// gives the window its own keys back.
func (u *UI) answerKeys(d dialog.Dialog, enter, esc func()) {
	c := u.Win.Canvas()
	before := c.OnTypedKey()
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			enter()
		case fyne.KeyEscape:
			esc()
		default:
			if before != nil {
				before(k)
			}
		}
	})
	d.SetOnClosed(func() { c.SetOnTypedKey(before) })
}
