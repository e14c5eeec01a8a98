package sync

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strconv"
	"time"
)

// MaxClockSkew is how far X-Timestamp may be from the bureau's clock.
const MaxClockSkew = 5 * time.Minute

// Signature computes X-Signature:
// hex(HMAC-SHA256(secret, method \n path \n timestamp \n nonce \n hex(sha256(body)))).
func Signature(secret []byte, method, path, timestamp, nonce string, body []byte) string {
	sum := sha256.Sum256(body)
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + hex.EncodeToString(sum[:])))
	return hex.EncodeToString(mac.Sum(nil))
}

// SignRequest sets the four signature headers on r, whose body is body.
// Every call uses a fresh nonce, so a resent batch is a new request.
func SignRequest(r *http.Request, body []byte, appKey string, secret []byte, now time.Time) {
	ts := strconv.FormatInt(now.Unix(), 10)
	nonce := NewNonce()
	r.Header.Set(HeaderAppKey, appKey)
	r.Header.Set(HeaderTimestamp, ts)
	r.Header.Set(HeaderNonce, nonce)
	r.Header.Set(HeaderSignature, Signature(secret, r.Method, r.URL.Path, ts, nonce, body))
}

// NewNonce returns 128 random bits in hex.
func NewNonce() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// ValidSignature compares a received signature with the expected one in
// constant time.
func ValidSignature(got, want string) bool {
	return hmac.Equal([]byte(got), []byte(want))
}
