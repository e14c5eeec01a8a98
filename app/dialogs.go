package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

func showErrorDialog(err error, w fyne.Window) {
	dialog.ShowInformation("出错了", err.Error(), w)
}
