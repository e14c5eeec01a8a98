package bureau_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

// serve starts Serve in the background and returns its address and a stop
// function that waits for it to finish.
func serve(t *testing.T, o bureau.Options) (string, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	errc := make(chan error, 1)
	go func() { errc <- bureau.Serve(ctx, o, func(a string) { addrc <- a }) }()
	select {
	case a := <-addrc:
		return a, func() {
			cancel()
			if err := <-errc; err != nil {
				t.Errorf("Serve: %v", err)
			}
		}
	case err := <-errc:
		cancel()
		t.Fatalf("Serve: %v", err)
	}
	return "", nil
}

func TestServeThenReadStats(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "bureau") // made on first start
	addr, stop := serve(t, bureau.Options{Addr: "127.0.0.1:0", DataDir: dir, AppKey: appKey, Secret: secret})
	send(t, "http://"+addr, class("c1", nil), trainee("t1", "c1", goodID), trainee("t2", "c1", badID))
	send(t, "http://"+addr, class("c1", nil))

	if _, err := bureau.ReadStats(dir); err == nil || !strings.Contains(err.Error(), "停止") {
		t.Errorf("ReadStats on a running bureau: err = %v, want a request to stop it first", err)
	}
	stop()

	st, err := bureau.ReadStats(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := bureau.Stats{Records: map[string]int{"teacher": 0, "class": 1, "trainee": 1, "lesson": 0, "attendance": 0, "result": 0, "certificate": 0, "claim": 0},
		Deliveries: 4, DuplicateDeliveries: 1}
	if !equalStats(st, want) {
		t.Errorf("stats %+v, want %+v", st, want)
	}
	if _, err := bureau.ReadStats(t.TempDir()); err == nil {
		t.Error("ReadStats of an empty directory must say there is no bureau data")
	}
}

func TestServeOverTLS(t *testing.T) {
	dir := t.TempDir()
	certFile, keyFile := selfSigned(t, dir)
	addr, stop := serve(t, bureau.Options{Addr: "127.0.0.1:0", DataDir: dir, AppKey: appKey, Secret: secret,
		TLSCert: certFile, TLSKey: keyFile})
	defer stop()
	batch := tdsync.Batch{BatchID: "b1", Institution: "91310115MA1H7GXX0A", Records: []tdsync.BatchRecord{class("c1", nil)}}
	ctx := context.Background()

	trusted, err := tdsync.NewHTTPTransport(tdsync.Config{Endpoint: "https://" + addr, AppKey: appKey, Secret: secret, CAFile: certFile})
	if err != nil {
		t.Fatal(err)
	}
	if resp, err := trusted.Send(ctx, batch); err != nil || resp.Results[0].Status != tdsync.StatusAccepted {
		t.Fatalf("with the CA file: %+v %v", resp, err)
	}

	untrusted, err := tdsync.NewHTTPTransport(tdsync.Config{Endpoint: "https://" + addr, AppKey: appKey, Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	_, err = untrusted.Send(ctx, batch)
	se, ok := err.(*tdsync.SendError)
	if !ok || !se.BadCert || se.Later() || !strings.Contains(se.Error(), "--ca-file") {
		t.Errorf("without the CA file: %v, want a certificate error that is not retried and names --ca-file", err)
	}
}

func TestFaultsNeverAnswerWrongly(t *testing.T) {
	// With every request faulted, nothing is ever answered 200, yet some
	// batches are stored (the answer lost after storing).
	dir := t.TempDir()
	addr, stop := serve(t, bureau.Options{Addr: "127.0.0.1:0", DataDir: dir, AppKey: appKey, Secret: secret, FailRate: 1, Hang: 5 * time.Second})
	tr, err := tdsync.NewHTTPTransport(tdsync.Config{Endpoint: "http://" + addr, AppKey: appKey, Secret: secret})
	if err != nil {
		t.Fatal(err)
	}
	timeouts := 0
	for i := range 30 {
		c := class(fmt.Sprintf("c%02d", i), nil)
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond) // as the sender bounds a batch
		_, err := tr.Send(ctx, tdsync.Batch{BatchID: "b", Institution: "91310115MA1H7GXX0A", Records: []tdsync.BatchRecord{c}})
		cancel()
		se, ok := err.(*tdsync.SendError)
		if !ok || !se.Later() {
			t.Fatalf("request %d: %v, want a retryable failure", i, err)
		}
		if se.Timeout {
			timeouts++
		}
	}
	if timeouts == 0 {
		t.Error("no stored batch was left unanswered until the client timed out")
	}
	stop()
	st, err := bureau.ReadStats(dir)
	if err != nil {
		t.Fatal(err)
	}
	if st.Records[string(training.KindClass)] == 0 || st.Records[string(training.KindClass)] == 30 {
		t.Errorf("%d of 30 batches stored; want some stored-then-dropped and some refused before storing", st.Records["class"])
	}
}

// selfSigned writes a certificate for 127.0.0.1 and its key.
func selfSigned(t *testing.T, dir string) (string, string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "reference bureau"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}, IsCA: true, BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		t.Fatal(err)
	}
	return certFile, keyFile
}
