package sync

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// maxResponseBytes bounds what we read from the bureau.
const maxResponseBytes = 32 << 20

// HTTPTransport is the default Transport: signed JSON batches over HTTPS
// (plain HTTP only to a loopback host).
type HTTPTransport struct {
	url    string
	path   string
	appKey string
	secret []byte
	client *http.Client
	now    func() time.Time
}

// NewHTTPTransport checks the endpoint and builds a client with TLS
// verification on; CAFile, if set, adds a CA (e.g. a test bureau's).
func NewHTTPTransport(cfg Config) (*HTTPTransport, error) {
	u, err := CheckEndpoint(cfg.Endpoint)
	if err != nil {
		return nil, err
	}
	if cfg.AppKey == "" {
		return nil, errors.New("应用标识（app key）为空：请运行 sync config --app-key 设置")
	}
	if len(cfg.Secret) == 0 {
		return nil, errors.New("应用密钥为空：请运行 sync config --app-secret-file 设置")
	}
	tlsCfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if cfg.CAFile != "" {
		pem, err := os.ReadFile(cfg.CAFile)
		if err != nil {
			return nil, fmt.Errorf("无法读取 CA 证书文件 %s：%v", cfg.CAFile, err)
		}
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("CA 证书文件 %s 中没有可用的 PEM 证书：请确认文件内容", cfg.CAFile)
		}
		tlsCfg.RootCAs = pool
	}
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		TLSClientConfig:       tlsCfg,
		TLSHandshakeTimeout:   10 * time.Second,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	path := strings.TrimRight(u.Path, "/") + BatchPath
	return &HTTPTransport{
		url:    u.Scheme + "://" + u.Host + path,
		path:   path,
		appKey: cfg.AppKey,
		secret: append([]byte(nil), cfg.Secret...),
		// No redirects: one could lead the identity numbers off TLS or to
		// another host. A 3xx is reported as an error instead.
		client: &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }},
		now:    time.Now,
	}, nil
}

// Send posts one signed batch. Errors are *SendError.
func (t *HTTPTransport) Send(ctx context.Context, b Batch) (BatchResponse, error) {
	body, err := json.Marshal(b)
	if err != nil {
		return BatchResponse{}, &SendError{Status: http.StatusBadRequest, Code: ErrCodeBadRequest, Message: "批次无法编码：" + err.Error(), Err: err}
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, t.url, bytes.NewReader(body))
	if err != nil {
		return BatchResponse{}, &SendError{Err: err}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "TrainingDesk/"+ProtocolVersion)
	SignRequest(req, body, t.appKey, t.secret, t.now())
	resp, err := t.client.Do(req)
	if err != nil {
		return BatchResponse{}, netError(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes))
	if err != nil {
		return BatchResponse{}, netError(err)
	}
	if resp.StatusCode != http.StatusOK {
		se := &SendError{Status: resp.StatusCode}
		var eb ErrorBody
		if json.Unmarshal(data, &eb) == nil {
			se.Code, se.Message = eb.Code, eb.Message
		}
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), t.now()); ok {
			se.RetryAfter = d
		}
		return BatchResponse{}, se
	}
	var out BatchResponse
	if err := json.Unmarshal(data, &out); err != nil {
		return BatchResponse{}, &SendError{Status: http.StatusOK, Err: err}
	}
	return out, nil
}

func netError(err error) *SendError {
	se := &SendError{Err: err}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		se.Timeout = true
	}
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "dial" {
		se.Unreachable = true
	}
	var cve *tls.CertificateVerificationError
	var ua x509.UnknownAuthorityError
	var he x509.HostnameError
	var ci x509.CertificateInvalidError
	if errors.As(err, &cve) || errors.As(err, &ua) || errors.As(err, &he) || errors.As(err, &ci) {
		se.BadCert = true
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		se.Unreachable = true
	}
	return se
}

// CheckEndpoint parses the bureau endpoint: https://, or http:// only to a
// loopback host (127.0.0.0/8, ::1, localhost) so identity numbers never
// cross a network in clear.
func CheckEndpoint(endpoint string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(endpoint))
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, fmt.Errorf("上传接口地址“%s”无效：请填写完整地址，例如 https://api.example.gov.cn", endpoint)
	}
	if u.Scheme == "http" && !IsLoopback(u.Hostname()) {
		return nil, fmt.Errorf("上传接口地址必须以 https:// 开头（本机 127.0.0.1 / localhost 除外）：%s 会以明文传送身份证号码，请改用 https 地址", endpoint)
	}
	if u.RawQuery != "" || u.Fragment != "" {
		return nil, fmt.Errorf("上传接口地址“%s”不应带 ? 或 # 部分：请只填写协议、主机和路径前缀", endpoint)
	}
	return u, nil
}

// IsLoopback reports whether host is localhost or a loopback address.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
