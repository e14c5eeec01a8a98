package demo

import (
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/store"
)

// The demo issues with its own verification URL, and never goes to a real bureau.
func TestDemoIssuesAndStaysOffRealBureaus(t *testing.T) {
	t.Setenv("TRAININGDESK_NO_KEYRING", "1")
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := Seed(s, 20, time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	c, _ := s.ClassByCode("DEMO-2026-01")
	got, err := s.IssueCertificates(c.ID, nil)
	if err != nil || len(got.Certificates) == 0 {
		t.Fatalf("the demo does not issue: %+v %v", got, err)
	}
	err = s.SaveSyncConfig("https://rsj.fuzhou.example.cn/api", "K", []byte("secret"), "", 0)
	if !errs.Is(errs.Permission, err) {
		t.Fatalf("demo data configured for a real bureau: %v", err)
	}
	if err := s.SaveSyncConfig("http://127.0.0.1:8787", "K", []byte("secret"), "", 0); err != nil {
		t.Fatalf("the reference bureau on this machine: %v", err)
	}
}
