package app

import (
	"fmt"
	"io"
	"strings"

	"trainingdesk/store"
	"trainingdesk/training"
)

// showScans offers the saved teacher's qualifications for a scan and says
// which already have one.
func (s *TeachersScreen) showScans(tc training.Teacher) {
	var opts, have []string
	for i, q := range tc.Qualifications {
		opts = append(opts, fmt.Sprintf("%d. %s", i+1, q.Label()))
		if q.ScanID != "" {
			have = append(have, fmt.Sprintf("第 %d 项", i+1))
		}
	}
	s.ScanQual.Options = opts
	s.ScanQual.ClearSelected()
	if len(opts) > 0 {
		s.ScanQual.SetSelectedIndex(0)
	}
	if tc.ID == "" || len(opts) == 0 {
		s.ScanButton.Disable()
	} else {
		s.ScanButton.Enable()
	}
	switch {
	case tc.ID == "":
		s.Scans.SetText(s.u.T("保存教师后可为每项资质附扫描件（加密保存）。"))
	case len(have) == 0:
		s.Scans.SetText(s.u.T("尚未附扫描件。"))
	default:
		s.Scans.SetText("已附扫描件：" + strings.Join(have, "、"))
	}
}

// chooseScan picks a file and attaches it to the chosen qualification.
func (s *TeachersScreen) chooseScan() {
	n := s.ScanQual.SelectedIndex()
	if s.editing == "" || n < 0 {
		return
	}
	s.u.openFile(nil, func(_ string, r io.Reader) { s.attachScan(n, r) })
}

// attachScan reads at most the limit (a bigger file is refused, not cut).
func (s *TeachersScreen) attachScan(n int, r io.Reader) {
	data, err := io.ReadAll(io.LimitReader(r, store.MaxScanBytes+1))
	if err == nil {
		var tc training.Teacher
		if tc, err = s.u.Store.AttachQualificationScan(s.editing, n, data); err == nil {
			s.fill(tc)
			s.Saved.SetText(fmt.Sprintf("已为第 %d 项资质附扫描件（加密保存）。", n+1))
			s.Saved.Show()
			return
		}
	}
	s.fields.show(err)
}
