package photos

import (
	"fmt"
	"os"
	"path/filepath"

	"trainingdesk/errs"
	"trainingdesk/store"
)

// Report is what an import did: how many photos were stored and which
// files were left out, and why.
type Report struct {
	Matched   int         `json:"matched"`
	Unmatched []Unmatched `json:"unmatched"`
}

// ImportDir reads a folder of photos for a class: matched files are
// prepared and stored in one transaction; the others are listed. progress,
// when not nil, is called after each file (the GUI shows it).
func ImportDir(s *store.Store, classID, dir string, progress func(done, total int)) (Report, error) {
	rep := Report{Unmatched: []Unmatched{}}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return rep, errs.E(errs.Invalid, FieldPhoto, fmt.Sprintf("无法打开照片文件夹 %s：%v", dir, err))
	}
	var files []string
	for _, e := range entries {
		if e.Type().IsRegular() && IsPhotoFile(e.Name()) {
			files = append(files, e.Name())
		}
	}
	if len(files) == 0 {
		return rep, errs.E(errs.Invalid, FieldPhoto, "文件夹里没有 JPG 或 PNG 照片：照片请以学员身份证号或姓名命名，如 11010519491231002X.jpg")
	}
	if len(files) > MaxFiles {
		return rep, errs.E(errs.Limit, FieldPhoto, fmt.Sprintf("文件夹里有 %d 张图片，超过一次 %d 张的上限：请按班级分开文件夹", len(files), MaxFiles))
	}
	roster, err := s.Trainees(classID)
	if err != nil {
		return rep, err
	}
	matched, unmatched := Match(files, roster)
	rep.Unmatched = append(rep.Unmatched, unmatched...)
	ready := map[string][]byte{}
	done := 0
	for _, f := range files {
		done++
		if id, ok := matched[f]; ok {
			jpg, err := prepareFile(filepath.Join(dir, f))
			if err != nil {
				rep.Unmatched = append(rep.Unmatched, Unmatched{f, errs.Message(err)})
			} else {
				ready[id] = jpg
			}
		}
		if progress != nil {
			progress(done, len(files))
		}
	}
	if err := s.SavePhotos(ready); err != nil {
		return rep, err
	}
	rep.Matched = len(ready)
	return rep, nil
}

func prepareFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Prepare(f)
}
