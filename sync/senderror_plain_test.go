package sync

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"
)

// The clerk never reads "dial tcp …": network failures are said in Chinese.
func TestNetworkErrorsAreSaidInChinese(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nobody listens there now
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_, derr := (&net.Dialer{}).DialContext(ctx, "tcp", addr)
	if derr == nil {
		t.Skip("something answered on a closed port")
	}
	msg := netError(derr).Error()
	if strings.Contains(msg, "dial tcp") || strings.Contains(msg, "connection refused") || !strings.Contains(msg, "拒绝连接") {
		t.Fatalf("message %q", msg)
	}
	_, derr = net.DefaultResolver.LookupHost(ctx, "no-such-host.invalid")
	if msg := (&SendError{Unreachable: true, Err: derr}).Error(); strings.Contains(msg, "lookup") || !strings.Contains(msg, "找不到主机") {
		t.Fatalf("message %q", msg)
	}
}
