package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/photos"
)

// choosePhotoFolder asks for the folder of photos (named by ID number or
// name) and imports it for the selected class.
func (s *RosterScreen) choosePhotoFolder() {
	if s.class.ID == "" {
		dialog.ShowInformation(s.u.T("导入照片"), s.u.T("请先选择班级。"), s.u.Win)
		return
	}
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		s.importPhotos(dir.Path(), nil)
	}, s.u.Win)
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// importPhotos reads the folder off the UI thread with a progress bar and
// then says what was imported and which files were left out.
func (s *RosterScreen) importPhotos(dir string, done func()) {
	bar := widget.NewProgressBar()
	wait := dialog.NewCustomWithoutButtons(s.u.T("正在导入照片…"), bar, s.u.Win)
	wait.Show()
	classID, className := s.class.ID, s.class.Name
	go func() {
		rep, err := photos.ImportDir(s.u.Store, classID, dir, func(n, total int) {
			fyne.Do(func() { bar.SetValue(float64(n) / float64(total)) })
		})
		fyne.Do(func() {
			wait.Hide()
			s.PhotoReport = &rep
			if err != nil {
				s.u.showError(err)
			} else {
				msg := fmt.Sprintf("已为 %s 导入 %d 张照片（裁成一寸，加密保存）。", className, rep.Matched)
				if len(rep.Unmatched) > 0 {
					var lines []string
					for i, u := range rep.Unmatched {
						if i == 20 {
							lines = append(lines, fmt.Sprintf("……另有 %d 个文件", len(rep.Unmatched)-20))
							break
						}
						lines = append(lines, u.File+"："+u.Reason)
					}
					msg += "\n未导入：\n" + strings.Join(lines, "\n")
				}
				dialog.ShowInformation(s.u.T("导入照片"), msg, s.u.Win)
			}
			if s.selected >= 0 && s.selected < len(s.list) {
				s.showPhoto(s.list[s.selected].ID)
			}
			if done != nil {
				done()
			}
		})
	}()
}

// showPhoto shows a trainee's photo beside the form (one small decrypt on
// selection), or hides the frame when there is none.
func (s *RosterScreen) showPhoto(traineeID string) {
	jpg, err := s.u.Store.Photo(traineeID)
	if err != nil || jpg == nil {
		s.Photo.Resource = nil
		s.Photo.Hide()
		return
	}
	s.Photo.Resource = fyne.NewStaticResource("photo-"+traineeID+".jpg", jpg)
	s.Photo.Show()
	s.Photo.Refresh()
}
