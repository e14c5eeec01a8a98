package bureau_test

import (
	"context"
	"net/http/httptest"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
)

const appKey = "desk-test"

var secret = []byte("s3cret-for-tests")

func newServer(t *testing.T, o bureau.Options) (*bureau.Server, *httptest.Server) {
	t.Helper()
	o.DataDir, o.AppKey, o.Secret = t.TempDir(), appKey, secret
	srv, err := bureau.New(o)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(func() { ts.Close(); srv.Close() })
	return srv, ts
}

func send(t *testing.T, endpoint string, recs ...tdsync.BatchRecord) []tdsync.RecordResult {
	t.Helper()
	tr, err := tdsync.NewHTTPTransport(tdsync.Config{Endpoint: endpoint, AppKey: appKey, Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	resp, err := tr.Send(ctx, tdsync.Batch{BatchID: "b1", Institution: "91310115MA1H7GXX0A", Records: recs})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Results) != len(recs) {
		t.Fatalf("%d results for %d records", len(resp.Results), len(recs))
	}
	return resp.Results
}
