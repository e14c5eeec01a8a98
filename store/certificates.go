package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"trainingdesk/attendance"
	"trainingdesk/certificate"
	"trainingdesk/errs"
	"trainingdesk/training"
)

var (
	// ErrRevoked: the QR code is genuine but the certificate was revoked.
	// The command line exits 2 on it.
	ErrRevoked = errors.New("该证书已被撤销，不再有效")
	// ErrSuperseded: the QR code is genuine but from a copy issued before the
	// latest 补发; the lost copy is void.
	ErrSuperseded = errors.New("这是补发前的旧证书，已作废（持证人持有的是补发后的新证）")
	// ErrUnknownCertificate: the signature is good but this data directory
	// never issued the number (another device's data, or a deleted record).
	ErrUnknownCertificate = errors.New("证书编号不在本机构的发证记录中")
	// ErrNameMismatch: the signature is good but the name it was issued to is
	// not the name on record.
	ErrNameMismatch = errors.New("证书上的姓名与发证记录不符")
	// ErrSample is a genuine signature on a 样本 (draft preview): never a certificate.
	ErrSample = errors.New("这是证书样本（预览稿），不是证书")
)

// serialKey is the meta key of the counter a number pattern draws from: one
// counter per year when the pattern shows the year, else one for all time,
// so a number is never handed out twice.
func serialKey(pattern string, year int) []byte {
	if strings.TrimSpace(pattern) == "" || strings.Contains(pattern, "{year}") {
		return []byte(string(mCertSerial) + "/" + strconv.Itoa(year))
	}
	return []byte(string(mCertSerial) + "/all")
}

// Issued is what numbering certificates did: the certificates numbered, and
// the eligible trainees left without one because their name cannot be
// printed (each with the reason). One such name never blocks the class.
type Issued struct {
	Certificates []training.Certificate
	Unprintable  []Unprintable
}

// Unprintable is an eligible trainee whose name the printer cannot draw.
type Unprintable struct {
	TraineeID, Name string
	Err             error
}

// NameCheck says whether a name can be printed on a certificate (nil: yes).
// The faces pass certprint's, which asks the printing package; nil here
// means every name is printable.
type NameCheck func(name string) error

// IssueCertificates numbers a certificate for every eligible trainee of the
// class who has none, in roster order — except those whose name cannot be
// printed, who are reported and not numbered, so no number is spent on a
// certificate that cannot exist on paper. The counter is advanced in the
// same transaction as the certificates are written, so a failure anywhere
// leaves neither a certificate nor a gap in the numbers. Real certificates
// need a real verification URL (certificate.CheckVerifyURL).
func (s *Store) IssueCertificates(classID string, printable NameCheck) (Issued, error) {
	settings, err := s.Settings()
	if err != nil {
		return Issued{}, err
	}
	if err := certificate.ReadyToIssue(settings.VerifyBaseURL); err != nil {
		return Issued{}, err
	}
	return s.issue(classID, printable)
}

// PreviewCertificates is IssueCertificates rehearsed in a transaction that
// is rolled back (DryRun): who would get which number now, and who would be
// left out; no number is used. It needs no verification URL: a 样本's QR
// code never verifies as a certificate.
func (s *Store) PreviewCertificates(classID string, printable NameCheck) (Issued, error) {
	return s.DryRun().issue(classID, printable)
}

func (s *Store) issue(classID string, printable NameCheck) (Issued, error) {
	settings, err := s.Settings()
	if err != nil {
		return Issued{}, err
	}
	inst, ok, err := s.Institution()
	if err != nil {
		return Issued{}, err
	}
	if !ok {
		return Issued{}, errors.New("尚未设置机构信息，不能发证。请先在“设置”中填写机构名称与统一社会信用代码。")
	}
	var out Issued
	err = s.update(func(t *tx) error {
		out = Issued{}
		if err := t.checkClassIntegrity(classID); err != nil {
			return err
		}
		roster, err := t.eligibleWithoutCertificate(classID, settings.Rules())
		if err != nil || len(roster) == 0 {
			return err
		}
		year := t.now.Year()
		key := serialKey(settings.CertPattern, year)
		var serial int
		if _, err := t.getMeta(key, &serial); err != nil {
			return err
		}
		for _, tr := range roster {
			if printable != nil {
				if err := printable(tr.Name()); err != nil {
					out.Unprintable = append(out.Unprintable, Unprintable{TraineeID: tr.ID, Name: tr.Name(), Err: err})
					continue
				}
			}
			serial++
			number, err := certificate.FormatNumber(settings.CertPattern, inst.Code, year, serial)
			if err != nil {
				return err
			}
			if t.records(training.KindCertificate).Get([]byte(number)) != nil {
				return errs.Errorf(errs.Exists, certificate.FieldPattern, "编号 %s 已被使用：请检查编号规则（去掉 {year} 后流水号会接着已发的编号）", number)
			}
			c := training.Certificate{ID: number, Number: number, ClassID: classID, TraineeID: tr.ID, Name: tr.Name(),
				IssuedAt: t.now, Status: training.CertProvisional, Version: 1, UpdatedAt: t.now}
			if err := t.index(ixTraineeCert).Put([]byte(tr.ID), []byte(number)); err != nil {
				return err
			}
			if err := t.index(ixClassCerts).Put([]byte(classID+"|"+number), nil); err != nil {
				return err
			}
			if err := t.put("发放证书", training.KindCertificate, number, c.Version, c); err != nil {
				return err
			}
			out.Certificates = append(out.Certificates, c)
		}
		if len(out.Certificates) == 0 {
			return nil
		}
		return t.putMeta("证书流水号", key, serial)
	})
	if err != nil {
		return Issued{}, err
	}
	return out, nil
}

// eligibleWithoutCertificate applies the same rules as ClassReport, inside
// the writing transaction, so nobody's attendance or result can change
// between the check and the numbering.
func (t *tx) eligibleWithoutCertificate(classID string, rules attendance.Rules) ([]training.Trainee, error) {
	rep, err := t.classReport(classID, rules)
	if err != nil {
		return nil, err
	}
	var out []training.Trainee
	for _, line := range rep.Trainees {
		if line.Verdict.Eligible && line.Certificate == nil {
			out = append(out, line.Trainee)
		}
	}
	return out, nil
}

// Certificates lists every certificate of a class, revoked ones included,
// in roster order.
func (s *Store) Certificates(classID string) ([]training.Certificate, error) {
	var out []training.Certificate
	err := s.view(func(t *tx) error {
		prefix := []byte(classID + "|")
		c := t.index(ixClassCerts).Cursor()
		for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
			var cert training.Certificate
			if ok, err := t.get(training.KindCertificate, string(k[len(prefix):]), &cert); err != nil {
				return err
			} else if ok {
				out = append(out, cert)
			}
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].TraineeID != out[j].TraineeID {
			return out[i].TraineeID < out[j].TraineeID
		}
		return out[i].IssuedAt.Before(out[j].IssuedAt)
	})
	return out, err
}

// CertificateByNumber finds one certificate.
func (s *Store) CertificateByNumber(number string) (training.Certificate, error) {
	var c training.Certificate
	err := s.view(func(t *tx) error {
		var err error
		c, err = t.certificate(number)
		return err
	})
	return c, err
}

func (t *tx) certificate(number string) (training.Certificate, error) {
	var c training.Certificate
	number = strings.TrimSpace(number)
	ok, err := t.get(training.KindCertificate, number, &c)
	if err != nil {
		return c, err
	}
	if !ok || number == "" {
		return c, errs.Errorf(errs.NotFound, certificate.FieldNumber, "找不到编号为“%s”的证书，请核对编号", number)
	}
	return c, nil
}

// RevokeCertificate withdraws a certificate (撤销). The reason is required
// and goes to the record and the audit log; the bureau hears of it. The
// trainee's result may then be corrected and a new certificate issued.
func (s *Store) RevokeCertificate(number, reason string) (training.Certificate, error) {
	return s.changeCertificate(number, reason, certificate.FieldRevokeReason, "姓名录入错误", "撤销证书", func(t *tx, c *training.Certificate) error {
		if c.Status == training.CertRevoked {
			return errs.Errorf(errs.Conflict, certificate.FieldStatus, "证书 %s 已于此前撤销（原因：%s）", c.Number, c.RevokeReason)
		}
		c.Status, c.RevokeReason = training.CertRevoked, strings.TrimSpace(reason)
		if string(t.index(ixTraineeCert).Get([]byte(c.TraineeID))) == c.Number {
			return t.index(ixTraineeCert).Delete([]byte(c.TraineeID))
		}
		return nil
	})
}

// ReplaceCertificate records a 补发: same number, one more replacement, so
// the new copy prints marked 补发 and the lost copy's QR code stops verifying.
func (s *Store) ReplaceCertificate(number, reason string) (training.Certificate, error) {
	return s.changeCertificate(number, reason, certificate.FieldReplaceReason, "原证遗失", "补发证书", func(_ *tx, c *training.Certificate) error {
		if c.Status == training.CertRevoked {
			return errs.Errorf(errs.Conflict, certificate.FieldStatus, "证书 %s 已撤销，不能补发", c.Number)
		}
		if c.Replacement >= 63 {
			return errs.Errorf(errs.Limit, certificate.FieldReplacement, "证书 %s 已补发 %d 次，不能再补发", c.Number, c.Replacement)
		}
		c.Replacement++
		return nil
	})
}

// changeCertificate is revoke and replace: a reason is required (field and
// example name it), change edits the certificate in the transaction, and the
// new version is queued for the bureau with the reason in the audit log.
func (s *Store) changeCertificate(number, reason string, field errs.Field, example, action string, change func(t *tx, c *training.Certificate) error) (training.Certificate, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return training.Certificate{}, errs.Errorf(errs.Invalid, field, "请填写%s，例如“%s”", field.Label(), example)
	}
	var c training.Certificate
	err := s.update(func(t *tx) error {
		var err error
		if c, err = t.certificate(number); err != nil {
			return err
		}
		if err := change(t, &c); err != nil {
			return err
		}
		c.Version++
		c.UpdatedAt = t.now
		return t.put(action+"："+reason, training.KindCertificate, c.Number, c.Version, c)
	})
	return c, err
}

// Reprint is one printing of a certificate: who, when, how many copies.
type Reprint struct {
	Number string    `json:"number"`
	At     time.Time `json:"at"`
	Who    string    `json:"who"`
	Copies int       `json:"copies"`
}

// LogReprint records that certificates were printed. It is audited but not
// sent to the bureau: printing changes no record.
func (s *Store) LogReprint(numbers []string, copies int) error {
	if copies < 1 {
		copies = 1
	}
	return s.update(func(t *tx) error {
		ix := t.index(ixReprints)
		for _, n := range numbers {
			if _, err := t.certificate(n); err != nil {
				return err
			}
			seq, err := ix.NextSequence()
			if err != nil {
				return err
			}
			e := Reprint{Number: n, At: t.now, Who: t.s.who, Copies: copies}
			raw, err := json.Marshal(e)
			if err != nil {
				return err
			}
			if err := ix.Put(append([]byte(n+"|"), u64(seq)...), raw); err != nil {
				return err
			}
			if err := t.note(fmt.Sprintf("打印证书 %d 份", copies), string(training.KindCertificate), n, digest(raw)); err != nil {
				return err
			}
		}
		return nil
	})
}

// Reprints lists the printings of one certificate, oldest first.
func (s *Store) Reprints(number string) ([]Reprint, error) {
	var out []Reprint
	err := s.view(func(t *tx) error {
		prefix := []byte(number + "|")
		c := t.index(ixReprints).Cursor()
		for k, v := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = c.Next() {
			if len(k) != len(prefix)+8 { // another number that starts with this one and "|"
				continue
			}
			var r Reprint
			if err := jsonUnmarshal(v, &r); err != nil {
				return err
			}
			out = append(out, r)
		}
		return nil
	})
	return out, err
}

// VerifyCertificate checks what a scanner read from a certificate's QR code
// (the URL or the bare payload): the signature under this institution's key,
// then the record. A good signature on a revoked certificate gives
// ErrRevoked; on a copy replaced since, ErrSuperseded.
func (s *Store) VerifyCertificate(text string) (training.Certificate, certificate.Payload, error) {
	pub, err := s.PublicKey()
	if err != nil {
		return training.Certificate{}, certificate.Payload{}, err
	}
	p, err := certificate.Verify(text, pub)
	if err != nil {
		return training.Certificate{}, p, err
	}
	if p.Status == certificate.StatusSample {
		return training.Certificate{}, p, ErrSample
	}
	var c training.Certificate
	err = s.view(func(t *tx) error {
		ok, err := t.get(training.KindCertificate, p.Number, &c)
		if err == nil && !ok {
			err = ErrUnknownCertificate
		}
		return err
	})
	switch {
	case err != nil:
		return c, p, err
	case !p.Matches(c.Name):
		return c, p, ErrNameMismatch
	case c.Status == training.CertRevoked:
		return c, p, fmt.Errorf("%w（撤销原因：%s）", ErrRevoked, c.RevokeReason)
	case p.Replacement < c.Replacement:
		return c, p, ErrSuperseded
	}
	return c, p, nil
}
