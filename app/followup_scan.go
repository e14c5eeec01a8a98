package app

import (
	"fmt"
	"io"

	"trainingdesk/outcome"
	"trainingdesk/store"
)

// chooseScan picks the scanned proof (contract, licence) of the form's first
// evidence item; it is sealed by the store when the answer is saved.
func (f *followUpForm) chooseScan() {
	f.s.u.openFile(nil, f.AttachScan)
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
