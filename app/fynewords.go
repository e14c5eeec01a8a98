package app

import (
	"fyne.io/fyne/v2/lang"
)

// Fyne's own Chinese words for its dialogs read 是/不 on confirmations and
// 好 on notices; clerks expect 确定/取消, as every other Windows program says.
// This overrides them for every dialog at once.
func init() {
	_ = lang.AddTranslationsForLocale([]byte(`{
	"Yes": "确定", "No": "取消", "OK": "确定", "Confirm": "确定",
	"Favourites": "常用位置", "file.parent": {"other": "上一级"}
}`), "zh_Hans")
}
