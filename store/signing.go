package store

import (
	"crypto/ed25519"
	"crypto/rand"
	"errors"
)

// ensureSigningKey makes the institution's Ed25519 certificate key once; it
// is sealed with the data key like identity numbers.
func (t *tx) ensureSigningKey() error {
	m := t.Bucket(bMeta)
	if m.Get(mSigningKey) != nil {
		return nil
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	if err := m.Put(mSigningKey, t.s.k.seal(priv.Seed(), "signing key")); err != nil {
		return err
	}
	return t.audit("生成证书签名密钥", "meta", "signing_key", "", digest(priv.Public().(ed25519.PublicKey)))
}

// SigningKey is the institution's certificate signing key.
func (s *Store) SigningKey() (ed25519.PrivateKey, error) {
	var seed []byte
	err := s.view(func(t *tx) error {
		sealed := t.Bucket(bMeta).Get(mSigningKey)
		if sealed == nil {
			return errors.New("尚未设置机构信息，没有证书签名密钥。请先完成机构设置。")
		}
		var err error
		seed, err = s.k.open(sealed, "signing key")
		return err
	})
	if err != nil {
		return nil, err
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// PublicKey is what the bureau (or anyone) verifies certificates with.
func (s *Store) PublicKey() (ed25519.PublicKey, error) {
	priv, err := s.SigningKey()
	if err != nil {
		return nil, err
	}
	return priv.Public().(ed25519.PublicKey), nil
}
