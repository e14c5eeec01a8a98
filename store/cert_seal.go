package store

import (
	"encoding/json"
	"fmt"

	"trainingdesk/outcome"
	"trainingdesk/training"
)

// storedCertificate is a certificate on disk: the name as printed is sealed
// like the trainee's (it is kept as issued, so it cannot be read from the
// trainee). Older records hold Name in clear until sealPeople re-seals them.
type storedCertificate struct {
	training.Certificate
	NameSealed []byte `json:"name_sealed,omitempty"`
}

func certNameBind(number string) string { return number + "/name" }

func (k *keys) storeCertificate(c training.Certificate) storedCertificate {
	st := storedCertificate{Certificate: c, NameSealed: k.seal([]byte(c.Name), certNameBind(c.ID))}
	st.Name = ""
	return st
}

// storeCertificate keeps the sealed name of the stored record when the name
// is unchanged, so that writing an unchanged certificate stays a no-op.
func (t *tx) storeCertificate(c training.Certificate) storedCertificate {
	var old storedCertificate
	if raw := t.records(training.KindCertificate).Get([]byte(c.ID)); raw != nil && json.Unmarshal(raw, &old) == nil && old.NameSealed != nil {
		if name, err := t.s.k.open(old.NameSealed, certNameBind(c.ID)); err == nil && string(name) == c.Name {
			st := storedCertificate{Certificate: c, NameSealed: old.NameSealed}
			st.Name = ""
			return st
		}
	}
	return t.s.k.storeCertificate(c)
}

func (k *keys) openCertificate(raw []byte, c *training.Certificate) error {
	var st storedCertificate
	if err := json.Unmarshal(raw, &st); err != nil {
		return err
	}
	if st.NameSealed != nil {
		name, err := k.open(st.NameSealed, certNameBind(st.ID))
		if err != nil {
			return fmt.Errorf("证书 %s 的姓名无法解密（密钥不符或数据被改动）", st.Number)
		}
		st.Name = string(name)
	}
	*c = st.Certificate
	return nil
}

// onDisk is the form of v written for a record of kind k: what identifies a
// person sealed. Every write goes through it, so no caller can forget.
func (t *tx) onDisk(k training.Kind, v any) any {
	switch x := v.(type) {
	case training.Certificate:
		return t.storeCertificate(x)
	case *training.Certificate:
		return t.storeCertificate(*x)
	case outcome.Entry:
		return t.s.k.storeFollowUp(x)
	case *outcome.Entry:
		return t.s.k.storeFollowUp(*x)
	case training.Trainee:
		return t.s.k.storeTrainee(x)
	case *training.Trainee:
		return t.s.k.storeTrainee(*x)
	}
	return v
}
