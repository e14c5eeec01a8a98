package bureau_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
)

func TestSignedRequestsOnly(t *testing.T) {
	body := []byte(`{"batch_id":"b1","institution":"91310115MA1H7GXX0A","records":[]}`)
	_, ts := newServer(t, bureau.Options{})
	url := ts.URL + tdsync.BatchPath

	sign := func(key string, sec []byte, at time.Time, nonce string) http.Header {
		stamp := strconv.FormatInt(at.Unix(), 10)
		return http.Header{
			tdsync.HeaderAppKey:    {key},
			tdsync.HeaderTimestamp: {stamp},
			tdsync.HeaderNonce:     {nonce},
			tdsync.HeaderSignature: {tdsync.Signature(sec, http.MethodPost, tdsync.BatchPath, stamp, nonce, body)},
		}
	}
	now := time.Now()
	replayed := sign(appKey, secret, now, "nonce-replayed-0001")
	cases := []struct {
		name   string
		header http.Header
		status int
		code   string
	}{
		{"unsigned", http.Header{}, 401, tdsync.ErrCodeUnsigned},
		{"unknown app key", sign("someone-else", secret, now, "nonce-0000000001"), 401, tdsync.ErrCodeBadAppKey},
		{"bad signature", sign(appKey, []byte("guess"), now, "nonce-0000000002"), 401, tdsync.ErrCodeBadSignature},
		{"stale timestamp", sign(appKey, secret, now.Add(-6*time.Minute), "nonce-0000000003"), 401, tdsync.ErrCodeStaleTimestamp},
		{"future timestamp", sign(appKey, secret, now.Add(6*time.Minute), "nonce-0000000004"), 401, tdsync.ErrCodeStaleTimestamp},
		{"good", replayed, 200, ""},
		{"replayed nonce", replayed, 401, tdsync.ErrCodeReplayedNonce},
		{"good within the clock window", sign(appKey, secret, now.Add(-4*time.Minute), "nonce-0000000005"), 200, ""},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		for k, v := range c.header {
			req.Header[k] = v
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var eb tdsync.ErrorBody
		_ = json.NewDecoder(resp.Body).Decode(&eb)
		resp.Body.Close()
		if resp.StatusCode != c.status || (c.code != "" && eb.Code != c.code) {
			t.Errorf("%s: %d %q, want %d %q", c.name, resp.StatusCode, eb.Code, c.status, c.code)
		}
	}
}

func TestTamperedBodyIsRefused(t *testing.T) {
	_, ts := newServer(t, bureau.Options{})
	body := []byte(`{"batch_id":"b1","institution":"X","records":[]}`)
	req, _ := http.NewRequest(http.MethodPost, ts.URL+tdsync.BatchPath, bytes.NewReader(body))
	tdsync.SignRequest(req, body, appKey, secret, time.Now())
	req.Body = http.NoBody
	req.ContentLength = 0
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("status %d, want 401 for a body that does not match its signature", resp.StatusCode)
	}
}
