package app

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/followup"
	"trainingdesk/training"
)

// exportSheet writes the 跟踪表 of the selected class (or of the class whose
// calls the queue shows first) into the output folder.
func (s *FollowUpScreen) exportSheet() {
	classID := s.u.SelectedClass()
	if len(s.calls) > 0 && (classID == "" || len(followup.OfClass(s.calls, classID)) == 0) {
		classID = s.calls[0].Class.ID
	}
	if classID == "" {
		s.Done.SetText(s.u.T("本周没有要跟踪的学员，无需导出。"))
		return
	}
	path, err := s.ExportClass(classID)
	if err != nil {
		s.u.showError(err)
		return
	}
	dialog.ShowInformation(s.u.T("导出跟踪表"), s.u.T("已保存到 ")+path+s.u.T("。用 Excel/WPS 填写后点“导入跟踪表”。"), s.u.Win)
}

// ExportClass writes a class's 跟踪表 and returns its path.
func (s *FollowUpScreen) ExportClass(classID string) (string, error) {
	c, err := s.u.Store.Class(classID)
	if err != nil {
		return "", err
	}
	calls := followup.OfClass(s.calls, classID)
	var buf bytes.Buffer
	if err := followup.WriteTemplate(&buf, calls, 20); err != nil {
		return "", err
	}
	path, err := s.u.outputPath(fmt.Sprintf("跟踪表_%s_%s.xlsx", c.Code, today().Format(training.DateLayout)))
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		return "", fmt.Errorf("无法写入 %s：%v", path, err)
	}
	s.Done.SetText(fmt.Sprintf(s.u.T("已导出跟踪表（%d 人次）：%s"), len(calls), path))
	return path, nil
}

func (s *FollowUpScreen) chooseImport() {
	s.u.openFile([]string{".xlsx", ".csv"}, func(name string, r io.Reader) {
		data, err := io.ReadAll(io.LimitReader(r, followup.MaxFileBytes+1))
		if err != nil {
			s.u.showError(err)
			return
		}
		s.ImportData(name, data)
	})
}

// ImportData previews a filled 跟踪表 (the import itself on a dry-run store)
// and offers to save its valid rows. The class is the one the sheet's
// 学员编号 belong to.
func (s *FollowUpScreen) ImportData(name string, data []byte) {
	sh, err := followup.Read(context.Background(), bytes.NewReader(data), name)
	if err != nil {
		s.u.showError(err)
		return
	}
	classID := s.classOf(sh)
	if classID == "" {
		s.u.showError(fmt.Errorf("表格里的学员编号不在任何班级中：请用“导出跟踪表”生成的表格填写"))
		return
	}
	rep, err := followup.Preview(s.u.Store, classID, sh)
	if err != nil {
		s.u.showError(err)
		return
	}
	var lines []string
	for _, e := range rep.Errors {
		lines = append(lines, fmt.Sprintf("第 %d 行 %s：%s", e.Row, e.Column, e.Message))
	}
	problems := widget.NewLabel(strings.Join(lines, "\n"))
	problems.Wrapping = fyne.TextWrapWord
	summary := widget.NewLabel(fmt.Sprintf(s.u.T("共 %d 行，可导入 %d 行，有问题 %d 行（有问题的行不导入）"), rep.Rows, rep.Valid, rep.Rows-rep.Valid))
	confirm := dialog.NewCustomConfirm(s.u.T("导入跟踪表"), s.u.T("导入有效行"), s.u.T("取消"),
		container.NewBorder(summary, nil, nil, nil, container.NewVScroll(problems)), func(ok bool) {
			if !ok {
				return
			}
			done, err := followup.Save(s.u.Store, classID, sh)
			if err != nil {
				s.u.showError(err)
				return
			}
			s.Done.SetText(fmt.Sprintf(s.u.T("已导入 %d 条就业跟踪"), done.Imported))
			s.Refresh()
		}, s.u.Win)
	confirm.Resize(fyne.NewSize(640, 420))
	confirm.Show()
	s.LastPreview = &rep
	s.confirm = confirm
}

// classOf is the class of the sheet's first row naming a known trainee by
// 学员编号, else the selected class, else the class of the first call.
func (s *FollowUpScreen) classOf(sh followup.Sheet) string {
	for _, c := range sh.Candidates {
		if c.TraineeID == "" {
			continue
		}
		if tr, err := s.u.Store.Trainee(c.TraineeID); err == nil {
			return tr.ClassID
		}
	}
	if id := s.u.SelectedClass(); id != "" {
		return id
	}
	if len(s.calls) > 0 {
		return s.calls[0].Class.ID
	}
	return ""
}
