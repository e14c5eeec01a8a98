package store

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"trainingdesk/errs"
	tdsync "trainingdesk/sync"
)

// BackoffEnv shortens the sync backoff for tests and demos: "5ms" sets the
// base (the cap becomes 20× the base), "5ms,100ms" sets base and cap.
const BackoffEnv = "TRAININGDESK_SYNC_BACKOFF"

// SaveSyncConfig stores the bureau credentials for this data directory (the
// secret outside the database: OS keyring or a 0600 file). The institution's
// 统一社会信用代码 comes from the institution details. `sync config` and the
// GUI's credentials form both call it.
func (s *Store) SaveSyncConfig(endpoint, appKey string, secret []byte, caFile string, timeout time.Duration) error {
	inst, ok, err := s.Institution()
	if err != nil {
		return err
	}
	if !ok || inst.USCC == "" {
		return errors.New("尚未填写机构信息：请先在“设置”中填写机构名称和统一社会信用代码，再配置上传")
	}
	if _, err := tdsync.CheckEndpoint(endpoint); err != nil {
		return err
	}
	if err := s.demoGuard(endpoint); err != nil {
		return err
	}
	return tdsync.SaveConfig(s.dir, tdsync.FileConfig{Endpoint: strings.TrimSpace(endpoint),
		AppKey: strings.TrimSpace(appKey), Institution: inst.USCC, CAFile: strings.TrimSpace(caFile),
		TimeoutSeconds: int(timeout / time.Second)}, secret)
}

// SyncConfig reads the stored credentials; the institution's current USCC
// wins over the one saved with them (the clerk may have corrected it).
func (s *Store) SyncConfig() (tdsync.Config, error) {
	cfg, err := tdsync.LoadConfig(s.dir)
	if err != nil {
		return cfg, err
	}
	if inst, ok, err := s.Institution(); err == nil && ok && inst.USCC != "" {
		cfg.Institution = inst.USCC
	}
	if err := s.demoGuard(cfg.Endpoint); err != nil {
		return tdsync.Config{}, err
	}
	return cfg, nil
}

// demoGuard: the demo data set is uploaded only to a bureau on this
// machine (the reference bureau), never to a real one.
func (s *Store) demoGuard(endpoint string) error {
	st, err := s.Settings()
	if err != nil || !st.Demo {
		return err
	}
	u, err := url.Parse(strings.TrimSpace(endpoint))
	if err == nil && tdsync.IsLoopback(u.Hostname()) {
		return nil
	}
	return errs.E(errs.Permission, "这是演示数据，不能上传到人社部门：只能连接本机的参考接口（如 http://127.0.0.1:8787）。正式使用请在自己的数据目录中填写机构信息。")
}

// NewSender builds the bureau sender over this store from the stored
// credentials, with the backoff of BackoffEnv when set.
func (s *Store) NewSender() (*tdsync.Sender, error) {
	cfg, err := s.SyncConfig()
	if err != nil {
		return nil, err
	}
	snd, err := tdsync.NewSender(s, cfg)
	if err != nil {
		return nil, err
	}
	base, max, err := BackoffFromEnv()
	if err != nil {
		return nil, err
	}
	if base > 0 {
		snd.SetBackoff(base, max)
	}
	return snd, nil
}

// BackoffFromEnv reads BackoffEnv; zero durations mean "not set".
func BackoffFromEnv() (base, max time.Duration, err error) {
	v := strings.TrimSpace(os.Getenv(BackoffEnv))
	if v == "" {
		return 0, 0, nil
	}
	b, m, two := strings.Cut(v, ",")
	if base, err = time.ParseDuration(strings.TrimSpace(b)); err != nil || base <= 0 {
		return 0, 0, fmt.Errorf("环境变量 %s=%q 无效：应为时长，例如 5ms 或 5ms,100ms", BackoffEnv, v)
	}
	max = 20 * base
	if two {
		if max, err = time.ParseDuration(strings.TrimSpace(m)); err != nil || max < base {
			return 0, 0, fmt.Errorf("环境变量 %s=%q 无效：上限须为不小于起始值的时长，例如 5ms,100ms", BackoffEnv, v)
		}
	}
	return base, max, nil
}
