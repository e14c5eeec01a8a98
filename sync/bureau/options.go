package bureau

import (
	"errors"
	"fmt"
	"time"

	"trainingdesk/identity"
)

// Options configure a reference bureau.
type Options struct {
	Addr    string // listen address for Serve, e.g. 127.0.0.1:8787
	DataDir string // holds bureau.db
	AppKey  string
	Secret  []byte
	// Institution is the USCC the app key was issued to; batches for any
	// other institution are refused. Empty: the key belongs to the first
	// institution that uses it (remembered in the bureau's file).
	Institution string
	// BodyTimeout bounds how long reading a request body may take (default
	// 30 s): a client trickling bytes does not hold a connection for ever.
	BodyTimeout time.Duration
	// FailRate is the probability that a request meets a fault: a 500
	// before storing, a dropped connection before storing, the batch stored
	// and the connection dropped instead of answering, or the batch stored
	// and no answer for Hang (the client times out) — the hard cases.
	FailRate  float64
	Hang      time.Duration // how long a stored batch goes unanswered (0: dropped at once)
	Latency   time.Duration // added to every request
	RateLimit int           // requests per second; beyond it 429 + Retry-After: 1; 0 = none
	TLSCert   string        // PEM files; plain HTTP when empty
	TLSKey    string
	// RejectNames makes the bureau refuse trainees with these names, as a
	// province's identity check (公安实名核验) does when name and number
	// disagree: for tests and demos of quarantine (bureau serve --reject-names).
	RejectNames []string
	// Logf, if set, gets one line per batch and per injected fault (no
	// personal data).
	Logf func(format string, args ...any)
}

func (o Options) check() error {
	if o.DataDir == "" {
		return errors.New("请用 --data 指定参考人社局服务的数据目录")
	}
	if o.AppKey == "" || len(o.Secret) == 0 {
		return errors.New("请用 --app-key 和 --app-secret-file 指定应用标识和密钥")
	}
	if !(o.FailRate >= 0 && o.FailRate <= 1) { // also refuses NaN
		return errors.New("--fail-rate 须在 0 到 1 之间，例如 0.2")
	}
	if o.Hang < 0 || o.Latency < 0 || o.BodyTimeout < 0 {
		return errors.New("--hang、--latency 不能为负数")
	}
	if o.Latency > time.Minute || o.Hang > 10*time.Minute {
		return errors.New("--latency 最多 1m，--hang 最多 10m")
	}
	if o.Institution != "" {
		if _, err := identity.ValidateUSCC(o.Institution); err != nil {
			return fmt.Errorf("--institution 不是有效的统一社会信用代码：%v", err)
		}
	}
	if o.RateLimit < 0 {
		return errors.New("--rate-limit 不能为负数")
	}
	if (o.TLSCert == "") != (o.TLSKey == "") {
		return errors.New("--tls-cert 和 --tls-key 须同时给出")
	}
	return nil
}

func (o Options) logf(format string, args ...any) {
	if o.Logf != nil {
		o.Logf(format, args...)
	}
}
