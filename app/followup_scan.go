package app

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"trainingdesk/outcome"
	"trainingdesk/store"
)

// chooseScan picks the scanned proof (contract, licence) of the form's first
// evidence item; it is sealed by the store when the answer is saved.
func (f *followUpForm) chooseScan() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		defer rc.Close()
		f.AttachScan(rc.URI().Name(), rc)
	}, f.s.u.Win)
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// AttachScan keeps the file for Save. It reads one byte past the limit so a
// bigger file is refused by the store's rule, not silently cut.
func (f *followUpForm) AttachScan(name string, r io.Reader) {
	data, err := io.ReadAll(io.LimitReader(r, outcome.MaxScanBytes+1))
	if err != nil {
		f.Error.SetText(fmt.Sprintf(f.s.u.T("无法读取扫描件 %s：%v"), name, err))
		return
	}
	f.scan = &store.ScanFile{Item: 0, Name: name, Data: data}
	f.ScanLabel.SetText(fmt.Sprintf(f.s.u.T("%s（%d KB，保存时加密）"), name, (len(data)+1023)/1024))
}

// scans is what Save hands the store: the picked file, if any.
func (f *followUpForm) scans() []store.ScanFile {
	if f.scan == nil {
		return nil
	}
	return []store.ScanFile{*f.scan}
}
