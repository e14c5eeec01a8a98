package app

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/attendance"
	"trainingdesk/errs"
	"trainingdesk/paperwork"
	"trainingdesk/printing"
	"trainingdesk/sheets"
	"trainingdesk/store"
	"trainingdesk/training"
)

// chooseLog asks for a terminal's check-in log and imports it in the
// background; the whole file is one transaction, so there is nothing half
// done to cancel.
func (m *markingTab) chooseLog() {
	c := m.s.class
	if c.ID == "" {
		m.s.u.showError(errs.Errorf(errs.Invalid, training.FieldClass, "请先在上方选择班级"))
		return
	}
	m.s.u.openFile([]string{".csv", ".txt", ".CSV", ".TXT"}, func(name string, r io.Reader) {
		raw, err := io.ReadAll(r)
		if err != nil {
			m.s.u.showError(fmt.Errorf("无法读取 %s：%v", name, err))
			return
		}
		m.previewLog(c.ID, name, raw)
	})
}

// previewLog runs the import on the store's DryRun face (the very import,
// rolled back) and asks before doing it for real: what the clerk confirms
// is exactly what will be saved.
func (m *markingTab) previewLog(classID, name string, raw []byte) {
	u := m.s.u
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(u.T("正在检查考勤机记录…"), bar, u.Win)
	wait.Show()
	go func() {
		rep, err := u.Store.DryRun().ImportPunches(classID, bytes.NewReader(raw))
		fyne.Do(func() {
			wait.Hide()
			if err != nil {
				u.showError(err)
				return
			}
			m.LastPreview = "预览（尚未保存）—— " + punchText(name, rep)
			text := widget.NewLabel(m.LastPreview)
			text.Wrapping = fyne.TextWrapWord
			scroll := container.NewVScroll(text)
			scroll.SetMinSize(fyne.NewSize(620, 360))
			dialog.ShowCustomConfirm(u.T("考勤机记录导入预览"), u.T("导入"), u.T("取消"), scroll, func(ok bool) {
				if !ok {
					return
				}
				wait.Show()
				go func() {
					rep, err := u.Store.ImportPunches(classID, bytes.NewReader(raw))
					fyne.Do(func() {
						wait.Hide()
						m.imported(name, rep, err)
					})
				}()
			}, u.Win)
		})
	}()
}

// ImportLog imports a terminal log synchronously and shows the result
// (the file dialog's path, and tests).
func (m *markingTab) ImportLog(name string, r io.Reader) (store.PunchReport, error) {
	rep, err := m.s.u.Store.ImportPunches(m.s.class.ID, r)
	m.imported(name, rep, err)
	return rep, err
}

// imported shows what an import did: counts, marks kept, and every punch
// that found no lesson, so none is silently dropped.
func (m *markingTab) imported(name string, rep store.PunchReport, err error) {
	if err != nil {
		m.s.u.showError(err)
		return
	}
	m.loadRows()
	m.LastImport = punchText(name, rep)
	text := widget.NewLabel(m.LastImport)
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(620, 360))
	dialog.ShowCustom(m.s.u.T("考勤机记录导入结果"), m.s.u.T("关闭"), scroll, m.s.u.Win)
}

// printSheet makes the 签到表 of the lesson shown (or of every lesson) and
// opens it in the system's PDF viewer.
func (m *markingTab) printSheet(all bool) {
	c := m.s.class
	if c.ID == "" || (!all && m.lessonID == "") {
		m.s.u.showError(errs.Errorf(errs.Invalid, attendance.FieldLesson, "请先选择班级和课次"))
		return
	}
	lessons := []training.Lesson{m.lesson}
	name := fmt.Sprintf("签到表-%s-第%d课.pdf", c.Code, m.lesson.No)
	if all {
		lessons, name = m.lessons, "签到表-"+c.Code+".pdf"
	}
	m.makePDF(name, func(w io.Writer) (string, error) {
		d, err := sheets.SignIn(m.s.u.Store, c, lessons)
		if err != nil {
			return "", err
		}
		return d.StandInNotice(), printing.SignInSheet(w, d)
	})
}

// printBadges makes the class's badges (QR: TD1:<trainee id>).
func (m *markingTab) printBadges() {
	c := m.s.class
	if c.ID == "" {
		m.s.u.showError(errs.Errorf(errs.Invalid, training.FieldClass, "请先在上方选择班级"))
		return
	}
	m.makePDF("学员胸卡-"+c.Code+".pdf", func(w io.Writer) (string, error) {
		d, err := sheets.Badges(m.s.u.Store, c)
		if err != nil {
			return "", err
		}
		return d.StandInNotice(), printing.Badges(w, d)
	})
}

// makePDF draws in the background, writes the file into the output folder
// and offers to print or open it. draw's notice (names printed with a
// stand-in) is shown over that offer, so the clerk reads it first.
func (m *markingTab) makePDF(name string, draw func(w io.Writer) (notice string, err error)) {
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(m.s.u.T("正在生成 PDF…"), bar, m.s.u.Win)
	wait.Show()
	go func() {
		var notice string
		path, err := writePDF(m.s.u.OutputDir(), name, func(w io.Writer) (err error) {
			notice, err = draw(w)
			return err
		})
		fyne.Do(func() {
			wait.Hide()
			if err != nil {
				m.s.u.showError(err)
				return
			}
			m.LastPDF, m.LastNotice = path, notice
			m.s.u.deliver(m.s.u.T("已生成 PDF"), path)
			if notice != "" {
				dialog.ShowInformation(m.s.u.T("请手写补全姓名"), notice, m.s.u.Win)
			}
		})
	}()
}

// writePDF draws the whole PDF in memory first: a failure leaves no file.
func writePDF(dir, name string, draw func(w io.Writer) error) (path string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("生成 PDF 时出错：%v", r)
		}
	}()
	var buf bytes.Buffer
	if err := draw(&buf); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", fmt.Errorf("无法创建文件夹 %s：%v", dir, err)
	}
	name = paperwork.SafeName(name) // a class code like ../../x stays inside dir
	path = filepath.Join(dir, name)
	if _, err := os.Stat(path); err == nil {
		path = filepath.Join(dir, strings.TrimSuffix(name, ".pdf")+"-"+time.Now().Format("150405")+".pdf")
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		return "", fmt.Errorf("无法写入 %s：%v", path, err)
	}
	return path, nil
}

// punchText is what an import did or, in a preview, would do: counts,
// marks kept, and every punch that found no lesson.
func punchText(name string, rep store.PunchReport) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s：%d 条打卡对应到课程，保存 %d 条考勤。\n", name, rep.Matched, rep.Saved)
	for _, k := range rep.Kept {
		fmt.Fprintf(&b, "保留 第%d课 %s（%s）：%s\n", k.LessonNo, k.Name, training.StatusLabel(k.Status), k.Reason)
	}
	if len(rep.Unmatched) > 0 {
		fmt.Fprintf(&b, "\n%d 条未能对应，请核对：\n", len(rep.Unmatched))
	}
	for _, u := range rep.Unmatched {
		at := ""
		if !u.At.IsZero() {
			at = u.At.Format("2006-01-02 15:04")
		}
		fmt.Fprintf(&b, "第 %d 行  %s  %s  %s\n", u.Line, u.IDNumberMasked, at, u.Reason)
	}
	return b.String()
}
