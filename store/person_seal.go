package store

import (
	"encoding/binary"
	"errors"
	"time"

	"trainingdesk/training"
)

// What of a person is kept only sealed on disk: everything that identifies
// them — identity number, name, phone, address and the birth date (which
// rebuilds the middle of the number). One AES-GCM box per record, so reading
// a roster costs no more decryptions than when only the number was sealed.
const personSealVersion = 1

func personBind(recordID string) string { return recordID + "/person" }

// sealPerson seals p's identifying fields, bound to the record id.
func (k *keys) sealPerson(p training.Person, recordID string) []byte {
	birth := ""
	if !p.Birth.IsZero() {
		b, _ := p.Birth.MarshalText()
		birth = string(b)
	}
	buf := make([]byte, 0, 1+5*binary.MaxVarintLen16+len(p.IDNumber)+len(p.Name)+len(p.Phone)+len(p.Address)+len(birth))
	buf = append(buf, personSealVersion)
	for _, f := range []string{p.IDNumber, p.Name, p.Phone, p.Address, birth} {
		buf = binary.AppendUvarint(buf, uint64(len(f)))
		buf = append(buf, f...)
	}
	return k.seal(buf, personBind(recordID))
}

var errPersonSeal = errors.New("个人信息密文格式不对")

// openPerson fills p's identifying fields from what sealPerson wrote.
func (k *keys) openPerson(sealed []byte, recordID string, p *training.Person) error {
	plain, err := k.open(sealed, personBind(recordID))
	if err != nil {
		return err
	}
	if len(plain) == 0 || plain[0] != personSealVersion {
		return errPersonSeal
	}
	plain = plain[1:]
	var f [5]string
	for i := range f {
		n, w := binary.Uvarint(plain)
		if w <= 0 || uint64(len(plain)-w) < n {
			return errPersonSeal
		}
		f[i], plain = string(plain[w:w+int(n)]), plain[w+int(n):]
	}
	p.IDNumber, p.Name, p.Phone, p.Address = f[0], f[1], f[2], f[3]
	p.Birth = time.Time{}
	if f[4] != "" {
		if err := p.Birth.UnmarshalText([]byte(f[4])); err != nil {
			return errPersonSeal
		}
	}
	return nil
}

// clearPerson blanks what sealPerson keeps, for the stored copy.
func clearPerson(p *training.Person) {
	p.IDNumber, p.Name, p.Phone, p.Address, p.Birth = "", "", "", "", time.Time{}
}
