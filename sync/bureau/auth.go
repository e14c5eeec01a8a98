package bureau

import (
	"encoding/binary"
	"net/http"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"

	tdsync "trainingdesk/sync"
)

// nonceTTL is how long a nonce is remembered: longer than the ±5 min
// timestamp window, so a replay is refused either way.
const nonceTTL = 10 * time.Minute

// authError is a 401 with its code and Chinese message.
type authError struct{ code, message string }

// checkHeaders is everything that can be checked before the body is read:
// the four headers are there, the app key is known, the clock agrees and
// the nonce has the right length. A stranger never gets the server to read
// a body.
func (s *Server) checkHeaders(r *http.Request, now time.Time) *authError {
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
	return nil
}

// verify checks the signature over the body, then remembers the nonce —
// only once the signature is good, so garbage cannot fill the store.
func (s *Server) verify(r *http.Request, body []byte, now time.Time) *authError {
	if ae := s.checkHeaders(r, now); ae != nil {
		return ae
	}
	h := r.Header
	key, ts, nonce, sig := h.Get(tdsync.HeaderAppKey), h.Get(tdsync.HeaderTimestamp), h.Get(tdsync.HeaderNonce), h.Get(tdsync.HeaderSignature)
	want := tdsync.Signature(s.o.Secret, r.Method, r.URL.Path, ts, nonce, body)
	if !tdsync.ValidSignature(sig, want) {
		return &authError{tdsync.ErrCodeBadSignature, "签名不符：请核对应用密钥"}
	}
	fresh, err := s.nonces.add(key+"\n"+nonce, now)
	if err != nil {
		return &authError{tdsync.ErrCodeInternal, "无法记录 X-Nonce"}
	}
	if !fresh {
		return &authError{tdsync.ErrCodeReplayedNonce, "X-Nonce 已用过：请求被重放"}
	}
	return nil
}

// nonceStore remembers nonces for nonceTTL in the bureau's own file, so a
// request replayed after a restart is refused too.
type nonceStore struct {
	db     *bolt.DB
	nextGC time.Time // guarded by bbolt's single writer
}

var bucketNonces = []byte("nonces") // app key \n nonce → unix nanoseconds first seen

// add records n and reports whether it was new (not seen within nonceTTL).
func (c *nonceStore) add(n string, now time.Time) (bool, error) {
	fresh := false
	err := c.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketNonces)
		if err != nil {
			return err
		}
		if now.After(c.nextGC) {
			var old [][]byte
			_ = b.ForEach(func(k, v []byte) error {
				if len(v) != 8 || now.Sub(time.Unix(0, int64(binary.BigEndian.Uint64(v)))) > nonceTTL {
					old = append(old, append([]byte(nil), k...))
				}
				return nil
			})
			for _, k := range old {
				if err := b.Delete(k); err != nil {
					return err
				}
			}
			c.nextGC = now.Add(time.Minute)
		}
		if v := b.Get([]byte(n)); len(v) == 8 && now.Sub(time.Unix(0, int64(binary.BigEndian.Uint64(v)))) <= nonceTTL {
			return nil
		}
		fresh = true
		var buf [8]byte
		binary.BigEndian.PutUint64(buf[:], uint64(now.UnixNano()))
		return b.Put([]byte(n), buf[:])
	})
	return fresh, err
}
