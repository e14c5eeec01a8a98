package sync

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Config is everything a Sender needs to reach the bureau.
type Config struct {
	Endpoint    string // https://… (http:// only to a loopback host)
	AppKey      string
	Institution string // the institution's 统一社会信用代码
	Secret      []byte
	CAFile      string // optional extra CA, PEM
	Timeout     time.Duration
}

// FileConfig is what sync.json holds: everything except the secret.
type FileConfig struct {
	Endpoint    string `json:"endpoint"`
	AppKey      string `json:"app_key"`
	Institution string `json:"institution,omitempty"`
	CAFile      string `json:"ca_file,omitempty"`
	// TimeoutSeconds bounds one batch's round trip; 0 means 30 s.
	TimeoutSeconds int `json:"timeout_seconds,omitempty"`
}

// File names in the data directory.
const (
	configFile = "sync.json"
	secretFile = "sync.secret"
)

// ErrNotConfigured is returned by LoadConfig before `sync config` has run.
var ErrNotConfigured = errors.New("尚未配置人社局上传接口：请先运行 trainingdesk sync config --endpoint … --app-key … --app-secret-file …")

// SaveConfig writes sync.json and stores the secret in the OS keyring, or
// in a 0600 sync.secret file when no keyring is available (or
// TRAININGDESK_NO_KEYRING=1).
func SaveConfig(dataDir string, c FileConfig, secret []byte) error {
	if _, err := CheckEndpoint(c.Endpoint); err != nil {
		return err
	}
	if c.AppKey == "" {
		return errors.New("应用标识（app key）为空：请用 --app-key 填写人社局分配的应用标识")
	}
	secret = bytes.TrimSpace(secret)
	if len(secret) == 0 {
		return errors.New("应用密钥为空：请检查 --app-secret-file 指向的文件内容")
	}
	if c.CAFile != "" {
		abs, err := filepath.Abs(c.CAFile)
		if err != nil {
			return fmt.Errorf("CA 证书路径 %s 无效：%v", c.CAFile, err)
		}
		if _, err := os.Stat(abs); err != nil {
			return fmt.Errorf("找不到 CA 证书文件 %s：请确认路径", c.CAFile)
		}
		c.CAFile = abs
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return fmt.Errorf("无法创建数据目录 %s：%v", dataDir, err)
	}
	js, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(dataDir, configFile), append(js, '\n')); err != nil {
		return fmt.Errorf("无法保存上传配置：%v", err)
	}
	if useKeyring() && keyringSet(keyringUser(c.AppKey, dataDir), string(secret)) == nil {
		// The keyring has it now; a stale fallback file would only leak it.
		_ = os.Remove(filepath.Join(dataDir, secretFile))
		return nil
	}
	if err := writeFileAtomic(filepath.Join(dataDir, secretFile), secret); err != nil {
		return fmt.Errorf("无法保存应用密钥：%v", err)
	}
	return nil
}

// LoadConfig reads sync.json and the secret (keyring first, then sync.secret).
func LoadConfig(dataDir string) (Config, error) {
	js, err := os.ReadFile(filepath.Join(dataDir, configFile))
	if errors.Is(err, os.ErrNotExist) {
		return Config{}, ErrNotConfigured
	}
	if err != nil {
		return Config{}, fmt.Errorf("无法读取上传配置 %s：%v", configFile, err)
	}
	var fc FileConfig
	if err := json.Unmarshal(js, &fc); err != nil {
		return Config{}, fmt.Errorf("上传配置 %s 已损坏（%v）：请重新运行 sync config", configFile, err)
	}
	if _, err := CheckEndpoint(fc.Endpoint); err != nil {
		return Config{}, err
	}
	cfg := Config{Endpoint: fc.Endpoint, AppKey: fc.AppKey, Institution: fc.Institution, CAFile: fc.CAFile,
		Timeout: time.Duration(fc.TimeoutSeconds) * time.Second}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if useKeyring() {
		if s, err := keyringGet(keyringUser(fc.AppKey, dataDir)); err == nil && s != "" {
			cfg.Secret = []byte(s)
			return cfg, nil
		}
	}
	secret, err := os.ReadFile(filepath.Join(dataDir, secretFile))
	if err != nil || len(bytes.TrimSpace(secret)) == 0 {
		return Config{}, errors.New("未找到人社局接口的应用密钥：请重新运行 sync config --app-secret-file … 保存密钥")
	}
	cfg.Secret = bytes.TrimSpace(secret)
	return cfg, nil
}

// ReadSecretFile reads a secret file as `sync config` and `bureau serve`
// both take it: surrounding whitespace (a trailing newline) is not part of it.
func ReadSecretFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取密钥文件 %s：%v", path, err)
	}
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil, fmt.Errorf("密钥文件 %s 是空的：请写入人社局分配的应用密钥", path)
	}
	return b, nil
}

// writeFileAtomic writes a 0600 file via a temporary file and rename, so a
// crash leaves the old file or the new one, never half of either.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer os.Remove(name)
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(name, path)
}
