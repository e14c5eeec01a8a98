package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/roster"
	"trainingdesk/spreadsheet"
)

// importer brings many trainees in at once — from an .xlsx/.csv file or
// rows pasted from Excel/WPS — always as read → preview (a dry run that
// lists every rejected row) → "导入有效行" saving the valid rows in ONE
// transaction. Cancelling at any step saves nothing. It also exports the
// 花名册 and the blank import template.
type importer struct {
	s *RosterScreen

	Progress   *widget.ProgressBar
	Preview    *importPreview // the last preview shown
	PasteEntry *deskEntry
	CheckPaste *widget.Button
	FullID     *widget.Check
	// Done says what the last import/export did, for the clerk and tests.
	Done string

	busy   sync.WaitGroup // background reads and saves, for tests to wait on
	dialog dialog.Dialog
}

func newImporter(s *RosterScreen) *importer {
	return &importer{s: s, Progress: widget.NewProgressBar()}
}

func (im *importer) wait() { im.busy.Wait() }

func (im *importer) close() {
	if im.dialog != nil {
		im.dialog.Hide()
		im.dialog = nil
	}
}

// chooseFile asks for the roster file to import.
func (im *importer) chooseFile() {
	u := im.s.u
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if rc == nil {
			return // the clerk cancelled
		}
		im.load(rc.URI().Name(), rc)
	}, u.Win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx", ".csv", ".xls", ".XLSX", ".CSV"}))
	d.SetTitleText(u.T("选择要导入的学员名单（.xlsx / .csv）"))
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// load reads a file in the background with a progress bar and a cancel
// button, then shows the dry-run preview. Nothing is saved here.
func (im *importer) load(name string, r io.Reader) {
	u := im.s.u
	classID := im.s.class.ID
	ctx, cancel := context.WithCancel(context.Background())
	im.Progress.SetValue(0)
	im.close()
	d := dialog.NewCustom(u.T("正在读取")+" "+name, u.T("取消"),
		container.NewVBox(widget.NewLabel("正在读取并检查每一行，尚未保存任何数据……"), im.Progress), u.Win)
	d.SetOnClosed(cancel)
	im.dialog = d
	d.Show()
	im.busy.Add(1)
	go func() {
		defer im.busy.Done()
		defer cancel()
		if c, ok := r.(io.Closer); ok {
			defer c.Close()
		}
		res, err := roster.Read(ctx, r, name, func(done, total int) {
			if total > 0 {
				fyne.Do(func() { im.Progress.SetValue(float64(done) / float64(total)) })
			}
		})
		var rep roster.Report
		if err == nil {
			rep, err = roster.Preview(u.Store, classID, res)
		}
		fyne.Do(func() {
			if im.dialog == d {
				im.close()
			}
			switch {
			case errors.Is(err, context.Canceled):
				im.Done = "已取消导入，没有保存任何数据。"
			case err != nil:
				u.showError(err)
			default:
				im.showPreview(u.T("导入预览")+"："+name, classID, res, rep)
			}
		})
	}()
}

// showPaste opens the 粘贴名单 box: Chinese IME in Fyne is weak, so
// pasting rows copied from Excel/WPS is a first-class way in.
func (im *importer) showPaste() {
	u := im.s.u
	classID := im.s.class.ID
	im.PasteEntry = newDeskMultiLine(u, "在此粘贴（Ctrl+V）从 Excel/WPS 复制的多行，第一行可以是表头")
	im.PasteEntry.SetMinRowsVisible(12)
	im.CheckPaste = widget.NewButton(u.T("检查并预览"), func() {
		res := spreadsheet.ParsePasted(im.PasteEntry.Text)
		rep, err := roster.Preview(u.Store, classID, res)
		if err != nil {
			u.showError(err)
			return
		}
		im.close()
		im.showPreview(u.T("粘贴名单预览"), classID, res, rep)
	})
	im.CheckPaste.Importance = widget.HighImportance
	help := widget.NewLabel("没有表头时按模板列顺序读取：姓名、证件号码、性别、民族、文化程度、人员类别、联系电话、户籍地址。检查后先预览，确认后才保存。")
	help.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(help, container.NewHBox(im.CheckPaste), nil, nil, im.PasteEntry)
	im.close()
	d := dialog.NewCustom(u.T("粘贴名单")+"："+im.s.class.Name, u.T("取消"), content, u.Win)
	d.Resize(fyne.NewSize(820, 520))
	im.dialog = d
	d.Show()
	u.Win.Canvas().Focus(im.PasteEntry)
}

// importPreview lists what a dry run found and offers to save the valid rows.
type importPreview struct {
	Summary       *widget.Label
	Issues        *widget.Table
	Detail        *widget.Label
	ConfirmButton *widget.Button
	CancelButton  *widget.Button
	Lines         []string // one per issue: "第 3 行 证件号码：…"

	issues []previewIssue
}

type previewIssue struct {
	row          int
	column, text string
	warning      bool
}

func (im *importer) showPreview(title, classID string, res spreadsheet.Result, rep roster.Report) {
	u := im.s.u
	p := &importPreview{}
	for _, e := range rep.Errors {
		p.issues = append(p.issues, previewIssue{row: e.Row, column: e.Column, text: e.Message})
	}
	for _, w := range rep.Warnings {
		p.issues = append(p.issues, previewIssue{row: w.Row, column: w.Column, text: "提示：" + w.Message, warning: true})
	}
	for _, i := range p.issues {
		p.Lines = append(p.Lines, fmt.Sprintf("第 %d 行 %s：%s", i.row, i.column, i.text))
	}
	p.Summary = widget.NewLabel(fmt.Sprintf("共 %d 行：可导入 %d 行，有问题 %d 行（不会导入），提示 %d 条。尚未保存任何数据。",
		rep.Rows, rep.Valid, rep.Rejected(), len(rep.Warnings)))
	p.Summary.Wrapping = fyne.TextWrapWord
	p.Detail = widget.NewLabel("点选一行查看完整说明。请在原表格中修改有问题的行后再导入它们。")
	p.Detail.Wrapping = fyne.TextWrapWord
	p.Issues = p.newTable()
	var d dialog.Dialog
	p.ConfirmButton = widget.NewButton(fmt.Sprintf("%s（%d 行）", u.T("导入有效行"), rep.Valid), func() { im.save(d, p, classID, res) })
	p.ConfirmButton.Importance = widget.HighImportance
	if rep.Valid == 0 {
		p.ConfirmButton.Disable()
	}
	p.CancelButton = widget.NewButton(u.T("取消"), func() {
		im.Done = "已取消导入，没有保存任何数据。"
		im.close()
	})
	var center fyne.CanvasObject = p.Issues
	if len(p.issues) == 0 {
		center = widget.NewLabel("所有行都通过了检查。")
	}
	content := container.NewBorder(p.Summary,
		container.NewVBox(widget.NewSeparator(), p.Detail, container.NewHBox(p.ConfirmButton, p.CancelButton)), nil, nil, center)
	d = dialog.NewCustomWithoutButtons(title, content, u.Win)
	d.Resize(fyne.NewSize(900, 560))
	im.Preview = p
	im.dialog = d
	d.Show()
}

var previewColumns = []column{{"行号", 56}, {"列", 90}, {"问题", 680}}

func (p *importPreview) newTable() *widget.Table {
	t := widget.NewTable(func() (int, int) { return len(p.issues), len(previewColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row >= len(p.issues) {
				return
			}
			i, l := p.issues[id.Row], o.(*widget.Label)
			l.Importance = widget.DangerImportance
			if i.warning {
				l.Importance = widget.WarningImportance
			}
			switch id.Col {
			case 0:
				l.SetText(fmt.Sprint(i.row))
			case 1:
				l.SetText(i.column)
			case 2:
				l.SetText(i.text)
			}
			l.Refresh()
		})
	setColumns(t, previewColumns, func(s string) string { return s })
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(p.Lines) {
			p.Detail.SetText(p.Lines[id.Row])
		}
	}
	return t
}

// save enrols the valid rows in one transaction, in the background.
func (im *importer) save(d dialog.Dialog, p *importPreview, classID string, res spreadsheet.Result) {
	u := im.s.u
	p.ConfirmButton.Disable()
	p.CancelButton.Disable()
	p.Detail.SetText("正在保存（一次性全部保存，不会只存一半）……")
	im.busy.Add(1)
	go func() {
		defer im.busy.Done()
		rep, saved, err := roster.Save(u.Store, classID, res)
		fyne.Do(func() {
			if im.dialog == d {
				im.close()
			}
			if err != nil {
				im.Done = "导入失败，没有保存任何数据：" + err.Error()
				u.showError(errors.New(im.Done))
				return
			}
			im.s.saved(saved...)
			im.Done = fmt.Sprintf("已导入 %d 人；未导入 %d 行。", rep.Imported, rep.Rows-rep.Imported)
			dialog.ShowInformation(u.T("导入完成"), im.Done, u.Win)
		})
	}()
}
