package bureau

import (
	"net/http"
	"strconv"
	stdsync "sync"
	"time"

	tdsync "trainingdesk/sync"
)

// nonceTTL is how long a nonce is remembered: longer than the ±5 min
// timestamp window, so a replay is refused either way.
const nonceTTL = 10 * time.Minute

// authError is a 401 with its code and Chinese message.
type authError struct{ code, message string }

// verify checks the four signature headers against body. It remembers the
// nonce only once the signature is good, so garbage cannot fill the cache.
func (s *Server) verify(r *http.Request, body []byte, now time.Time) *authError {
	h := r.Header
	key, ts, nonce, sig := h.Get(tdsync.HeaderAppKey), h.Get(tdsync.HeaderTimestamp), h.Get(tdsync.HeaderNonce), h.Get(tdsync.HeaderSignature)
	if key == "" || ts == "" || nonce == "" || sig == "" {
		return &authError{tdsync.ErrCodeUnsigned, "请求未签名：缺少 X-App-Key、X-Timestamp、X-Nonce 或 X-Signature"}
	}
	if key != s.o.AppKey {
		return &authError{tdsync.ErrCodeBadAppKey, "应用标识未登记"}
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return &authError{tdsync.ErrCodeStaleTimestamp, "X-Timestamp 须为 Unix 秒数"}
	}
	if d := now.Sub(time.Unix(sec, 0)); d > tdsync.MaxClockSkew || d < -tdsync.MaxClockSkew {
		return &authError{tdsync.ErrCodeStaleTimestamp, "请求时间与服务器相差超过 5 分钟：请校准电脑时间"}
	}
	if len(nonce) < 8 || len(nonce) > 128 {
		return &authError{tdsync.ErrCodeUnsigned, "X-Nonce 长度须为 8-128 个字符"}
	}
	want := tdsync.Signature(s.o.Secret, r.Method, r.URL.Path, ts, nonce, body)
	if !tdsync.ValidSignature(sig, want) {
		return &authError{tdsync.ErrCodeBadSignature, "签名不符：请核对应用密钥"}
	}
	if !s.nonces.add(key+"\n"+nonce, now) {
		return &authError{tdsync.ErrCodeReplayedNonce, "X-Nonce 已用过：请求被重放"}
	}
	return nil
}

// nonceCache remembers nonces for nonceTTL.
type nonceCache struct {
	mu      stdsync.Mutex
	seen    map[string]time.Time
	nextGC  time.Time
	maxSize int
}

func newNonceCache() *nonceCache { return &nonceCache{seen: map[string]time.Time{}} }

// add records n and reports whether it was new.
func (c *nonceCache) add(n string, now time.Time) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if now.After(c.nextGC) {
		for k, t := range c.seen {
			if now.Sub(t) > nonceTTL {
				delete(c.seen, k)
			}
		}
		c.nextGC = now.Add(time.Minute)
	}
	if t, ok := c.seen[n]; ok && now.Sub(t) <= nonceTTL {
		return false
	}
	c.seen[n] = now
	return true
}
