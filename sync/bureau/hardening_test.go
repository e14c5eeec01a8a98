package bureau_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

const otherUSCC = "91350100M000100Y43" // valid, another school

func sendAs(t *testing.T, endpoint, institution string, recs ...tdsync.BatchRecord) (tdsync.BatchResponse, error) {
	t.Helper()
	tr, err := tdsync.NewHTTPTransport(tdsync.Config{Endpoint: endpoint, AppKey: appKey, Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return tr.Send(ctx, tdsync.Batch{BatchID: "b1", Institution: institution, Records: recs})
}

// An app key belongs to one institution: a batch for another, or with an
// invalid USCC, is refused before anything is stored.
func TestAnAppKeyBelongsToOneInstitution(t *testing.T) {
	for _, configured := range []string{"", "91310115MA1H7GXX0A"} {
		t.Run("configured="+configured, func(t *testing.T) {
			srv, ts := newServer(t, bureau.Options{Institution: configured})
			if _, err := sendAs(t, ts.URL, "91310115MA1H7GXX0A", class("c1", nil)); err != nil {
				t.Fatalf("the key's own institution: %v", err)
			}
			for _, c := range []struct{ uscc, code string }{
				{otherUSCC, tdsync.ErrCodeWrongInstitution},
				{"91310115MA1H7GXX0Q", tdsync.ErrCodeInvalidInstitution}, // wrong check character
				{"X", tdsync.ErrCodeInvalidInstitution},
			} {
				changed := class("c1", func(c *training.Class) { c.Name = "被别的机构改名" })
				changed.Version = 2
				_, err := sendAs(t, ts.URL, c.uscc, changed, tdsync.BatchRecord{Kind: training.KindClass, ID: "c1", Version: 3, Op: tdsync.OpDelete})
				se, ok := err.(*tdsync.SendError)
				if !ok || se.Code != c.code || se.Later() {
					t.Errorf("batch for %s: %v, want refused with %s (not retried)", c.uscc, err, c.code)
				}
			}
			st, _, _ := srv.Record(training.KindClass, "c1")
			if st.Version != 1 || st.Deleted || st.Institution != "91310115MA1H7GXX0A" {
				t.Errorf("stored %+v: another institution changed it", st)
			}
		})
	}
}

// signedRequest is a raw HTTP/1.1 request, so a test can send the headers
// and hold back the body.
func signedRequest(key string, body []byte, length int, nonce string) string {
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	sig := tdsync.Signature(secret, http.MethodPost, tdsync.BatchPath, stamp, nonce, body)
	return fmt.Sprintf("POST %s HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s: %s\r\n%s: %s\r\n%s: %s\r\n%s: %s\r\n\r\n",
		tdsync.BatchPath, length, tdsync.HeaderAppKey, key, tdsync.HeaderTimestamp, stamp, tdsync.HeaderNonce, nonce, tdsync.HeaderSignature, sig)
}

func readStatus(t *testing.T, conn net.Conn, within time.Duration) int {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(within))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer within %s: %v", within, err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// A stranger is answered on the headers alone, without the server waiting
// for (or reading) the body; a signed client trickling its body is cut off.
func TestHeadersFirstAndSlowBodiesTimeOut(t *testing.T) {
	srv, err := bureau.New(bureau.Options{DataDir: t.TempDir(), AppKey: appKey, Secret: secret, BodyTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer func() { ts.Close(); srv.Close() }()
	dial := func() net.Conn {
		c, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}

	conn := dial()
	fmt.Fprint(conn, signedRequest("stranger", nil, 30<<20, "nonce-stranger-01")) // announces 30 MB, sends none
	if got := readStatus(t, conn, 2*time.Second); got != http.StatusUnauthorized {
		t.Errorf("unknown key: HTTP %d, want 401 before any body", got)
	}
	conn.Close()

	conn = dial()
	fmt.Fprint(conn, signedRequest(appKey, nil, 33<<20, "nonce-too-big-01"))
	if got := readStatus(t, conn, 2*time.Second); got != http.StatusRequestEntityTooLarge {
		t.Errorf("Content-Length over the cap: HTTP %d, want 413 before any body", got)
	}
	conn.Close()

	conn = dial()
	body := []byte(`{"batch_id":"b1","institution":"91310115MA1H7GXX0A","records":[]}`)
	fmt.Fprint(conn, signedRequest(appKey, body, len(body), "nonce-slow-body-01"))
	conn.Write(body[:5]) // … and the rest never comes
	if got := readStatus(t, conn, 3*time.Second); got != http.StatusRequestTimeout {
		t.Errorf("slow body: HTTP %d, want 408 after the body timeout", got)
	}
	conn.Close()
}

// The nonce window survives a restart: a request captured before it and
// replayed after it is refused.
func TestReplayAfterRestartIsRefused(t *testing.T) {
	dir := t.TempDir()
	body, _ := json.Marshal(tdsync.Batch{BatchID: "b1", Institution: "91310115MA1H7GXX0A", Records: []tdsync.BatchRecord{class("c1", nil)}})
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	nonce := "nonce-replay-after-restart"
	post := func() int {
		srv, err := bureau.New(bureau.Options{DataDir: dir, AppKey: appKey, Secret: secret})
		if err != nil {
			t.Fatal(err)
		}
		ts := httptest.NewServer(srv)
		defer func() { ts.Close(); srv.Close() }()
		req, _ := http.NewRequest(http.MethodPost, ts.URL+tdsync.BatchPath, bytes.NewReader(body))
		req.Header.Set(tdsync.HeaderAppKey, appKey)
		req.Header.Set(tdsync.HeaderTimestamp, stamp)
		req.Header.Set(tdsync.HeaderNonce, nonce)
		req.Header.Set(tdsync.HeaderSignature, tdsync.Signature(secret, http.MethodPost, tdsync.BatchPath, stamp, nonce, body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := post(); got != http.StatusOK {
		t.Fatalf("first request: HTTP %d", got)
	}
	if got := post(); got != http.StatusUnauthorized {
		t.Fatalf("the same request after a restart: HTTP %d, want 401 replayed_nonce", got)
	}
}

func TestBadBureauFlagsAreRefused(t *testing.T) {
	for name, o := range map[string]bureau.Options{
		"fail rate NaN":       {FailRate: math.NaN()},
		"fail rate 2":         {FailRate: 2},
		"negative latency":    {Latency: -time.Second},
		"negative hang":       {Hang: -time.Second},
		"invalid USCC":        {Institution: "91310115MA1H7GXX0Q"},
		"negative rate limit": {RateLimit: -1},
	} {
		o.DataDir, o.AppKey, o.Secret = t.TempDir(), appKey, secret
		if s, err := bureau.New(o); err == nil {
			s.Close()
			t.Errorf("%s: accepted", name)
		}
	}
}
