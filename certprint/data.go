package certprint

import (
	"crypto/ed25519"
	"fmt"

	"trainingdesk/certificate"
	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/personname"
	"trainingdesk/printing"
	"trainingdesk/training"
)

// Record is one certificate with the class and enrolment it belongs to.
type Record struct {
	Certificate training.Certificate
	Class       training.Class
	Trainee     training.Trainee
	// Sample: a 样本 — the QR code is signed as certificate.StatusSample,
	// so every verifier says 样本, never genuine.
	Sample bool
}

// Data is the printed form of one certificate, the identity number shown in
// the province's style (identity.StyleMasked unless 设置 says otherwise). The name printed and the
// name signed into the QR code are both the name on the certificate record,
// so a later edit of the roster cannot make a page disagree with its code.
func Data(r Record, inst training.Institution, baseURL, idStyle string, priv ed25519.PrivateKey) (printing.CertificateData, error) {
	c := r.Certificate
	signed := c.Status
	if r.Sample {
		signed = certificate.StatusSample
	}
	payload, err := certificate.Sign(certificate.Payload{Number: c.Number, NameDigest: certificate.NameDigest(c.Name),
		IssuedAt: c.IssuedAt, Status: signed, Replacement: c.Replacement}, priv)
	if err != nil {
		return printing.CertificateData{}, fmt.Errorf("证书 %s（%s）无法生成核验码：%w", c.Number, c.Name, err)
	}
	return printing.CertificateData{
		Number:       c.Number,
		Name:         c.Name,
		IDMasked:     identity.MaskAs(r.Trainee.Person.IDNumber, idStyle),
		Occupation:   r.Class.Occupation,
		Level:        r.Class.Level.Label(),
		TrainingType: r.Class.Type,
		Institution:  inst.Name,
		Start:        r.Class.Start,
		End:          r.Class.End,
		IssuedAt:     c.IssuedAt,
		Hours:        r.Class.Hours,
		Status:       c.Status,
		Replacement:  c.Replacement,
		QRText:       certificate.URL(baseURL, payload),
	}, nil
}

// Check refuses, before any page is drawn, a certificate with a character
// the printout cannot show, naming the trainee, the field and the character.
func Check(list []printing.CertificateData) error {
	for _, d := range list {
		for _, f := range []struct {
			field errs.Field
			text  string
		}{
			{personname.FieldName, d.Name}, {training.FieldOccupation, d.Occupation}, {training.FieldType, d.TrainingType},
			{training.FieldInstitutionName, d.Institution}, {certificate.FieldNumber, d.Number},
		} {
			if err := printing.CheckPrintable(f.field, f.text); err != nil {
				return fmt.Errorf("%s 的证书（编号 %s）不能打印：%w", d.Name, d.Number, err)
			}
		}
	}
	return nil
}
