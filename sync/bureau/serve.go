package bureau

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"trainingdesk/training"
)

// Serve runs the bureau on o.Addr until ctx ends (plain HTTP unless given
// TLSCert/TLSKey). ready, if set, gets the address actually bound (useful
// with port 0).
func Serve(ctx context.Context, o Options, ready func(addr string)) error {
	s, err := New(o)
	if err != nil {
		return err
	}
	defer s.Close()
	addr := o.Addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("无法监听 %s：%v（端口被占用或地址有误）", addr, err)
	}
	if o.TLSCert != "" {
		cert, err := tls.LoadX509KeyPair(o.TLSCert, o.TLSKey)
		if err != nil {
			ln.Close()
			return fmt.Errorf("无法读取 TLS 证书 %s / 私钥 %s：%v", o.TLSCert, o.TLSKey, err)
		}
		// HTTP/1.1 only: the reference bureau has no need for HTTP/2.
		ln = tls.NewListener(ln, &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12})
	}
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          log.New(io.Discard, "", 0),
	}
	if ready != nil {
		ready(ln.Addr().String())
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
		<-errc
		return nil
	}
}

// ReadStats reads a stopped bureau's store. Each record id counts once per
// kind (deleted records not at all).
func ReadStats(dataDir string) (Stats, error) {
	if _, err := os.Stat(filepath.Join(dataDir, DBFile)); err != nil {
		return Stats{}, fmt.Errorf("目录 %s 中没有参考人社局数据（%s）：请确认 --data 与 bureau serve 用的是同一个目录", dataDir, DBFile)
	}
	db, err := openDB(dataDir, true)
	if err != nil {
		return Stats{}, err
	}
	defer db.Close()
	return readStats(db)
}

// ReadRecords lists what a stopped bureau holds, the newest version of each
// record, of one kind or (kind "") of all.
func ReadRecords(dataDir string, kind training.Kind) ([]Listed, error) {
	if _, err := os.Stat(filepath.Join(dataDir, DBFile)); err != nil {
		return nil, fmt.Errorf("目录 %s 中没有参考人社局数据（%s）：请确认 --data 与 bureau serve 用的是同一个目录", dataDir, DBFile)
	}
	if kind != "" && kind.Rank() >= len(training.Kinds) {
		return nil, fmt.Errorf("--kind %q 不是记录类型：可用 class、trainee、lesson、attendance、result、certificate", kind)
	}
	db, err := openDB(dataDir, true)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	return readRecords(db, kind)
}
