package certificate

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// DefaultBaseURL is the verification address printed in front of the payload
// until the institution sets its own.
const DefaultBaseURL = "https://verify.example.invalid/c"

// ErrInvalid is what every bad, truncated, altered or foreign QR text gives:
// a forger learns nothing from the reason.
var ErrInvalid = errors.New("证书二维码无效或已被篡改")

// Payload is what a certificate's QR code asserts.
type Payload struct {
	Number      string
	NameDigest  [8]byte   // NameDigest(name): no clear name in the code
	IssuedAt    time.Time // a date: decoded as midnight UTC
	Status      string    // training.CertProvisional / CertRegistered / CertRevoked
	Replacement int       // 补发 count, 0-63
}

// Matches reports whether the payload was issued to this name.
func (p Payload) Matches(name string) bool { return p.NameDigest == NameDigest(name) }

// NameDigest is the first 8 bytes of SHA-256 of the trimmed name: enough to
// tell that a certificate belongs to the person showing it, too little to
// recover the name.
func NameDigest(name string) [8]byte {
	sum := sha256.Sum256([]byte(strings.TrimSpace(name)))
	var d [8]byte
	copy(d[:], sum[:8])
	return d
}

// NewKey makes the institution's signing key pair.
func NewKey() (ed25519.PublicKey, ed25519.PrivateKey, error) {
	return ed25519.GenerateKey(nil)
}

// Wire format v1 (then a 64-byte Ed25519 signature over sigDomain+body):
//
//	[0] version  [1] status (low 2 bits) | replacement<<2
//	[2:4] days since 2000-01-01, big-endian  [4:12] name digest
//	[12] len(number)  [13:] number
const (
	formatV1   = 1
	headerLen  = 13
	maxNumber  = 64
	maxReplace = 63
	sigDomain  = "trainingdesk-cert-v1\x00"
)

var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// StatusSample marks the QR code of a 样本 (draft preview): its signature is
// genuine so the layout can be checked, yet every verifier says 样本 — 无效.
const StatusSample = "sample"

// statusCodes are the two low bits of byte 1; the order is the wire format.
var statusCodes = []string{training.CertProvisional, training.CertRegistered, training.CertRevoked, StatusSample}

// Sign encodes and signs the payload; the result (base64url, about 120
// characters for a 14-character number) is what goes after # in the URL.
func Sign(p Payload, priv ed25519.PrivateKey) (string, error) {
	if len(priv) != ed25519.PrivateKeySize {
		return "", errors.New("证书签名密钥无效：请在设置中重新生成或导入机构签名密钥")
	}
	body, err := encode(p)
	if err != nil {
		return "", err
	}
	sig := ed25519.Sign(priv, append([]byte(sigDomain), body...))
	return base64.RawURLEncoding.EncodeToString(append(body, sig...)), nil
}

func encode(p Payload) ([]byte, error) {
	if p.Number == "" || len(p.Number) > maxNumber {
		return nil, errs.Errorf(errs.Invalid, FieldNumber, "编号“%s”须为 1-%d 个字节", p.Number, maxNumber)
	}
	code := -1
	for i, s := range statusCodes {
		if s == p.Status {
			code = i
		}
	}
	if code < 0 {
		return nil, errs.Errorf(errs.Invalid, FieldStatus, "状态“%s”无法识别", p.Status)
	}
	if p.Replacement < 0 || p.Replacement > maxReplace {
		return nil, errs.Errorf(errs.Invalid, FieldReplacement, "补发次数 %d 须在 0-%d 之间", p.Replacement, maxReplace)
	}
	y, m, d := p.IssuedAt.Date()
	days := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Sub(epoch).Hours() / 24
	if days < 0 || days > 0xFFFF {
		return nil, errs.Errorf(errs.Invalid, FieldIssuedAt, "日期 %s 超出可编码范围（2000-2179 年）", p.IssuedAt.Format(training.DateLayout))
	}
	b := make([]byte, headerLen, headerLen+len(p.Number)+ed25519.SignatureSize)
	b[0] = formatV1
	b[1] = byte(code) | byte(p.Replacement)<<2
	binary.BigEndian.PutUint16(b[2:4], uint16(days))
	copy(b[4:12], p.NameDigest[:])
	b[12] = byte(len(p.Number))
	return append(b, p.Number...), nil
}

// URL wraps a payload in the verification address a phone opens. The payload
// travels in the fragment (after #), which browsers never send to a server,
// so no web server's log learns which certificates were checked.
func URL(baseURL, payload string) string {
	if strings.TrimSpace(baseURL) == "" {
		baseURL = DefaultBaseURL
	}
	if i := strings.IndexByte(baseURL, '#'); i >= 0 {
		baseURL = baseURL[:i]
	}
	return baseURL + "#" + payload
}

// Verify accepts what a scanner reads, the whole URL or the bare payload, and
// returns the payload only if the signature is good under pub.
func Verify(text string, pub ed25519.PublicKey) (Payload, error) {
	// Strict: a character differing only in base64's unused trailing bits is
	// refused too, so every altered character fails.
	raw, err := base64.RawURLEncoding.Strict().DecodeString(payloadText(strings.TrimSpace(text)))
	if err != nil || len(raw) < headerLen+ed25519.SignatureSize || len(pub) != ed25519.PublicKeySize {
		return Payload{}, ErrInvalid
	}
	body, sig := raw[:len(raw)-ed25519.SignatureSize], raw[len(raw)-ed25519.SignatureSize:]
	if !ed25519.Verify(pub, append([]byte(sigDomain), body...), sig) {
		return Payload{}, ErrInvalid
	}
	p, err := decode(body)
	if err != nil {
		return Payload{}, ErrInvalid
	}
	return p, nil
}

// payloadText pulls the payload out of a URL: the fragment (#payload or
// #c=payload) of current codes, or ?c= of codes printed before the fragment
// was used; anything else is taken as the bare payload.
func payloadText(text string) string {
	if i := strings.IndexByte(text, '#'); i >= 0 {
		return strings.TrimPrefix(text[i+1:], "c=")
	}
	if !strings.Contains(text, "?") {
		return text
	}
	u, err := url.Parse(text)
	if err != nil {
		return ""
	}
	return u.Query().Get("c")
}

func decode(b []byte) (Payload, error) {
	if b[0] != formatV1 || int(b[12]) != len(b)-headerLen || b[12] == 0 {
		return Payload{}, fmt.Errorf("bad layout")
	}
	code := int(b[1] & 3)
	if code >= len(statusCodes) {
		return Payload{}, fmt.Errorf("bad status")
	}
	var p Payload
	p.Status = statusCodes[code]
	p.Replacement = int(b[1] >> 2)
	p.IssuedAt = epoch.AddDate(0, 0, int(binary.BigEndian.Uint16(b[2:4])))
	copy(p.NameDigest[:], b[4:12])
	p.Number = string(b[headerLen:])
	return p, nil
}
