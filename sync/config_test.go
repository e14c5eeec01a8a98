package sync_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tdsync "trainingdesk/sync"
)

func TestCheckEndpoint(t *testing.T) {
	cases := []struct {
		url string
		ok  bool
	}{
		{"https://api.rsj.example.gov.cn", true},
		{"https://api.rsj.example.gov.cn/prefix/", true},
		{"http://127.0.0.1:8787", true},
		{"http://127.5.6.7:8787", true},
		{"http://localhost:8787", true},
		{"http://[::1]:8787", true},
		{"http://192.168.1.10:8787", false},
		{"http://api.rsj.example.gov.cn", false},
		{"ftp://127.0.0.1", false},
		{"127.0.0.1:8787", false},
		{"", false},
	}
	for _, c := range cases {
		_, err := tdsync.CheckEndpoint(c.url)
		if (err == nil) != c.ok {
			t.Errorf("%q: err = %v, want ok=%v", c.url, err, c.ok)
		}
		if err != nil && strings.HasPrefix(c.url, "http://") && !strings.Contains(err.Error(), "https://") {
			t.Errorf("%q: error %q should tell the clerk to use https://", c.url, err)
		}
	}
}

func TestConfigRoundTripWithFileSecret(t *testing.T) {
	t.Setenv("TRAININGDESK_NO_KEYRING", "1")
	dir := t.TempDir()
	if _, err := tdsync.LoadConfig(dir); !errors.Is(err, tdsync.ErrNotConfigured) {
		t.Fatalf("before sync config: err = %v, want ErrNotConfigured", err)
	}
	fc := tdsync.FileConfig{Endpoint: "http://127.0.0.1:8787", AppKey: "desk-1", Institution: testUSCC}
	if err := tdsync.SaveConfig(dir, fc, []byte("top-secret\n")); err != nil {
		t.Fatal(err)
	}
	cfg, err := tdsync.LoadConfig(dir)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Endpoint != fc.Endpoint || cfg.AppKey != "desk-1" || cfg.Institution != testUSCC || string(cfg.Secret) != "top-secret" {
		t.Errorf("loaded %+v", cfg)
	}
	js, _ := os.ReadFile(filepath.Join(dir, "sync.json"))
	if strings.Contains(string(js), "top-secret") {
		t.Error("sync.json holds the secret")
	}
	fi, err := os.Stat(filepath.Join(dir, "sync.secret"))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("sync.secret mode %v, want 0600", fi.Mode().Perm())
	}
}

func TestSaveConfigRefuses(t *testing.T) {
	t.Setenv("TRAININGDESK_NO_KEYRING", "1")
	cases := []struct {
		name   string
		fc     tdsync.FileConfig
		secret string
		want   string
	}{
		{"plain http to another host", tdsync.FileConfig{Endpoint: "http://10.0.0.2", AppKey: "k"}, "s", "https://"},
		{"no app key", tdsync.FileConfig{Endpoint: "https://x.example"}, "s", "app key"},
		{"empty secret", tdsync.FileConfig{Endpoint: "https://x.example", AppKey: "k"}, " \n", "密钥"},
		{"missing CA file", tdsync.FileConfig{Endpoint: "https://x.example", AppKey: "k", CAFile: "/nonexistent/ca.pem"}, "s", "CA"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			err := tdsync.SaveConfig(dir, c.fc, []byte(c.secret))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want one mentioning %q", err, c.want)
			}
			if _, err := os.Stat(filepath.Join(dir, "sync.json")); err == nil {
				t.Error("a refused config was written")
			}
		})
	}
}
