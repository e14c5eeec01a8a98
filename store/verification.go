package store

import (
	"crypto/ed25519"
	"encoding/json"
	"time"

	"trainingdesk/training"
)

// mRetiredKeys would hold public keys that signed certificates before a key
// change (JSON list of raw keys); they keep verifying old certificates.
var mRetiredKeys = []byte("retired_signing_keys")

// VerificationKeys are the public keys a verifier must accept: the current
// one first, then any retired by a key change.
func (s *Store) VerificationKeys() ([]ed25519.PublicKey, error) {
	pub, err := s.PublicKey()
	if err != nil {
		return nil, err
	}
	keys := []ed25519.PublicKey{pub}
	err = s.view(func(t *tx) error {
		var old [][]byte
		if _, err := t.getMeta(mRetiredKeys, &old); err != nil {
			return err
		}
		for _, k := range old {
			if len(k) == ed25519.PublicKeySize {
				keys = append(keys, ed25519.PublicKey(k))
			}
		}
		return nil
	})
	return keys, err
}

// CertificateStates lists what an offline verifier must know beyond the
// signature, as of the returned time: revoked numbers, and for each number
// replaced (补发) the count of its valid copy — older copies are void.
func (s *Store) CertificateStates() (revoked []string, replaced map[string]int, asOf time.Time, err error) {
	replaced = map[string]int{}
	err = s.view(func(t *tx) error {
		asOf = t.now
		return t.each(training.KindCertificate, "", func(raw []byte) error {
			var c struct {
				Number      string `json:"number"`
				Status      string `json:"status"`
				Replacement int    `json:"replacement"`
			}
			if err := json.Unmarshal(raw, &c); err != nil {
				return err
			}
			if c.Status == training.CertRevoked {
				revoked = append(revoked, c.Number)
			}
			if c.Replacement > 0 {
				replaced[c.Number] = c.Replacement
			}
			return nil
		})
	})
	return revoked, replaced, asOf, err
}
