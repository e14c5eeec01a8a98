package certprint

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"trainingdesk/atomicfile"
	"trainingdesk/certificate"
	"trainingdesk/errs"
	"trainingdesk/printing"
	"trainingdesk/store"
	"trainingdesk/training"
)

// ErrCancelled is returned when the clerk cancelled a print run; no file
// was written and nothing was logged.
var ErrCancelled = errors.New("已取消打印，未生成文件")

// Batch is what a print run draws, and who it leaves out.
type Batch struct {
	Pages []printing.CertificateData
	// Skipped are certificates whose name cannot be printed: reported,
	// never blocking the others.
	Skipped []Skipped
}

// Skipped is a certificate left out of a print run, and why.
type Skipped struct {
	Number, Name string
	Err          error
}

// Note is the Chinese lines naming who was left out ("" when nobody).
func (b Batch) Note() string {
	var lines []string
	for _, k := range b.Skipped {
		who := k.Name
		if k.Number != "" {
			who += "（编号 " + k.Number + "）"
		}
		lines = append(lines, fmt.Sprintf("未打印 %s：%s", who, errs.Message(k.Err)))
	}
	return strings.Join(lines, "\n")
}

// NamePrintable is the one question "can this name be printed on a
// certificate?", asked of the printing package (whose fonts and outlines
// decide) before a number is spent and before a page is drawn.
func NamePrintable(name string) error { return printing.CheckName(name) }

// Issue numbers the class's certificates, leaving out (and reporting) the
// trainees whose name cannot be printed. GUI and command line both call it.
func Issue(s *store.Store, classID string) (store.Issued, error) {
	return s.IssueCertificates(classID, NamePrintable)
}

// Load gathers the class's certificates to print in roster order: every
// certificate not revoked, or only the given numbers when any are given.
// A name that cannot be printed leaves its certificate out (Batch.Skipped);
// other unprintable text, and a placeholder verification URL, refuse the
// whole run before anything is drawn.
func Load(s *store.Store, classID string, numbers []string) (Batch, error) {
	src, err := gather(s, classID)
	if err != nil {
		return Batch{}, err
	}
	if err := certificate.ReadyToIssue(src.settings.VerifyBaseURL); err != nil {
		return Batch{}, err
	}
	certs, err := s.Certificates(classID)
	if err != nil {
		return Batch{}, err
	}
	want := map[string]bool{}
	for _, n := range numbers {
		want[n] = true
	}
	var picked []training.Certificate
	for _, c := range certs {
		if len(want) > 0 && !want[c.Number] {
			continue
		}
		if c.Status == training.CertRevoked {
			if len(want) > 0 {
				return Batch{}, errs.Errorf(errs.Conflict, certificate.FieldStatus, "证书 %s（%s）已撤销，不能打印", c.Number, c.Name)
			}
			continue
		}
		picked = append(picked, c)
	}
	return src.batch(picked, nil, false)
}

// LoadSample is the 样本 of a class: the certificates already issued and
// those the eligible trainees would get now (store.PreviewCertificates: no
// number is used), each QR code signed as a sample, so it verifies as 样本
// and never as a certificate. It works before anything is issued.
func LoadSample(s *store.Store, classID string) (Batch, error) {
	src, err := gather(s, classID)
	if err != nil {
		return Batch{}, err
	}
	certs, err := s.Certificates(classID)
	if err != nil {
		return Batch{}, err
	}
	var picked []training.Certificate
	for _, c := range certs {
		if c.Status != training.CertRevoked {
			picked = append(picked, c)
		}
	}
	pre, err := s.PreviewCertificates(classID, NamePrintable)
	if err != nil {
		return Batch{}, err
	}
	var skipped []Skipped
	for _, u := range pre.Unprintable {
		skipped = append(skipped, Skipped{Name: u.Name, Err: u.Err})
	}
	return src.batch(append(picked, pre.Certificates...), skipped, true)
}

// source is what every page of a class needs.
type source struct {
	store    *store.Store // for each trainee's photo
	class    training.Class
	inst     training.Institution
	settings store.Settings
	priv     ed25519.PrivateKey
	byID     map[string]training.Trainee
}

func gather(s *store.Store, classID string) (source, error) {
	src := source{store: s}
	var err error
	if src.class, err = s.Class(classID); err != nil {
		return src, err
	}
	inst, ok, err := s.Institution()
	if err != nil {
		return src, err
	}
	if !ok {
		return src, errors.New("尚未设置机构信息，不能打印证书。请先完成机构设置。")
	}
	src.inst = inst
	if src.settings, err = s.Settings(); err != nil {
		return src, err
	}
	if src.priv, err = s.SigningKey(); err != nil {
		return src, err
	}
	roster, err := s.Trainees(classID)
	if err != nil {
		return src, err
	}
	src.byID = make(map[string]training.Trainee, len(roster))
	for _, tr := range roster {
		src.byID[tr.ID] = tr
	}
	return src, nil
}

// batch turns certificates into pages, leaving out unprintable names.
func (src source) batch(certs []training.Certificate, skipped []Skipped, sample bool) (Batch, error) {
	b := Batch{Skipped: skipped}
	for _, c := range certs {
		if err := NamePrintable(c.Name); err != nil {
			b.Skipped = append(b.Skipped, Skipped{Number: c.Number, Name: c.Name, Err: err})
			continue
		}
		d, err := Data(Record{Certificate: c, Class: src.class, Trainee: src.byID[c.TraineeID], Sample: sample},
			src.inst, src.settings.VerifyBaseURL, src.settings.CertIDStyle, src.priv)
		if err != nil {
			return Batch{}, err
		}
		if d.Photo, err = src.store.Photo(c.TraineeID); err != nil {
			return Batch{}, err
		}
		b.Pages = append(b.Pages, d)
	}
	if len(b.Pages) == 0 {
		msg := fmt.Sprintf("%s 没有可打印的证书：请先为合格学员发证", src.class.Name)
		if sample {
			msg = fmt.Sprintf("%s 还没有合格学员，无法预览样本：见“不能发证的原因”", src.class.Name)
		}
		if note := b.Note(); note != "" {
			msg += "\n" + note
		}
		return b, errs.Errorf(errs.Invalid, certificate.FieldCertificate, "%s", msg)
	}
	return b, Check(b.Pages)
}

// WriteFile draws the certificates into one PDF at path and, unless it is a
// draft, logs the printing. The file appears only when the whole PDF was made
// (written beside it, then renamed); cancelled, when not nil, is asked once
// the pages are drawn, and a yes leaves no file and no log entry.
func WriteFile(s *store.Store, path string, list []printing.CertificateData, opt printing.CertOptions,
	progress func(done, total int), cancelled func() bool) error {
	var fresh []store.QRImage
	if !opt.Draft { // a 样本's codes are not the certificates': keep them out of the cache
		fresh = withImages(s, list)
	}
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
