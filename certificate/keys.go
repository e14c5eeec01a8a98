package certificate

import (
	"crypto/ed25519"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"
)

var errPublicKey = errors.New("公钥格式无效：请粘贴以 -----BEGIN PUBLIC KEY----- 开头的 Ed25519 公钥")

// ExportPublicKey is the PEM (PKIX "PUBLIC KEY") the institution hands to the
// bureau so it can verify certificates offline.
func ExportPublicKey(pub ed25519.PublicKey) string {
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return ""
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}))
}

// ParsePublicKey reads what ExportPublicKey wrote.
func ParsePublicKey(text string) (ed25519.PublicKey, error) {
	block, _ := pem.Decode([]byte(strings.TrimSpace(text)))
	if block == nil || block.Type != "PUBLIC KEY" {
		return nil, errPublicKey
	}
	key, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return nil, errPublicKey
	}
	pub, ok := key.(ed25519.PublicKey)
	if !ok {
		return nil, errPublicKey
	}
	return pub, nil
}
