package certprint

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"

	"trainingdesk/atomicfile"

	"trainingdesk/printing"
	"trainingdesk/store"
	"trainingdesk/training"
)

// ErrCancelled is returned when the clerk cancelled a print run; no file
// was written and nothing was logged.
var ErrCancelled = errors.New("已取消打印，未生成文件")

// Load gathers the printable certificates of a class in roster order:
// every certificate not revoked, or only the given numbers when any are
// given. It refuses unprintable text (see Check) before anything is drawn.
func Load(s *store.Store, classID string, numbers []string) ([]printing.CertificateData, error) {
	class, err := s.Class(classID)
	if err != nil {
		return nil, err
	}
	inst, ok, err := s.Institution()
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errors.New("尚未设置机构信息，不能打印证书。请先完成机构设置。")
	}
	settings, err := s.Settings()
	if err != nil {
		return nil, err
	}
	priv, err := s.SigningKey()
	if err != nil {
		return nil, err
	}
	certs, err := s.Certificates(classID)
	if err != nil {
		return nil, err
	}
	roster, err := s.Trainees(classID)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]training.Trainee, len(roster))
	for _, tr := range roster {
		byID[tr.ID] = tr
	}
	want := map[string]bool{}
	for _, n := range numbers {
		want[n] = true
	}
	var out []printing.CertificateData
	for _, c := range certs {
		if len(want) > 0 && !want[c.Number] {
			continue
		}
		if c.Status == training.CertRevoked {
			if len(want) > 0 {
				return nil, training.Invalid("证书状态", "证书 %s（%s）已撤销，不能打印", c.Number, c.Name)
			}
			continue
		}
		d, err := Data(Record{Certificate: c, Class: class, Trainee: byID[c.TraineeID]}, inst, settings.VerifyBaseURL, settings.CertIDStyle, priv)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	if len(out) == 0 {
		return nil, training.Invalid("证书", "%s 没有可打印的证书：请先为合格学员发证", class.Name)
	}
	return out, Check(out)
}

// WriteFile draws the certificates into one PDF at path and, unless it is a
// draft, logs the printing. The file appears only when the whole PDF was made
// (written beside it, then renamed); cancelled, when not nil, is asked once
// the pages are drawn, and a yes leaves no file and no log entry.
func WriteFile(s *store.Store, path string, list []printing.CertificateData, opt printing.CertOptions,
	progress func(done, total int), cancelled func() bool) error {
	fresh := withImages(s, list)
	var buf bytes.Buffer
	if err := printing.Certificates(&buf, list, opt, progress); err != nil {
		return err
	}
	// The cache is only a speed-up: a failure to keep it is no failure to print.
	_ = s.KeepQRImages(fresh)
	if cancelled != nil && cancelled() {
		return ErrCancelled
	}
	f, err := atomicfile.Create(path, 0o644)
	if err != nil {
		return errors.New("无法在 " + filepath.Dir(path) + " 写入文件：请换一个保存位置")
	}
	defer f.Abort()
	if _, err := f.Write(buf.Bytes()); err != nil {
		return errors.New("写入 " + path + " 失败：请检查磁盘空间或换一个保存位置")
	}
	// The printing is logged before the file appears: killed at any moment,
	// no finished PDF exists without its entry in the print log.
	logged := func() error {
		if opt.Draft {
			return nil
		}
		numbers := make([]string, len(list))
		for i, d := range list {
			numbers[i] = d.Number
		}
		return s.LogReprint(numbers, 1)
	}
	if err := f.Commit(logged); err != nil {
		return fmt.Errorf("写入 %s 失败（%v）：请检查磁盘空间或换一个保存位置", path, err)
	}
	return nil
}
