package sync

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"syscall"
	"time"
)

// SendError is a batch that got no per-record answer.
type SendError struct {
	Status      int           // HTTP status; 0 when no answer arrived
	Code        string        // ErrorBody.Code, if the bureau sent one
	Message     string        // ErrorBody.Message, if the bureau sent one
	RetryAfter  time.Duration // from Retry-After (429/503), 0 if absent
	Timeout     bool          // no answer in time
	Unreachable bool          // could not connect at all
	BadCert     bool          // the bureau's certificate failed verification
	Err         error         // the underlying error, if any
}

func (e *SendError) Unwrap() error { return e.Err }

func (e *SendError) Error() string {
	detail := e.Message
	if detail == "" && e.Err != nil {
		detail = plain(e.Err) // never a raw "dial tcp …" in front of the clerk
	}
	switch {
	case e.BadCert:
		return "人社局接口的 HTTPS 证书无法验证（" + detail + "）：请核对接口地址；若使用自建 CA，请用 sync config --ca-file 指定其证书"
	case e.Timeout:
		return "连接人社局接口超时，稍后自动重试"
	case e.Unreachable:
		return "无法连接人社局接口（" + detail + "）：请检查网络和接口地址，稍后自动重试"
	case e.Status == 0:
		return "与人社局接口的连接中断（" + detail + "），稍后自动重试"
	case e.Code == ErrCodeWrongInstitution || e.Code == ErrCodeInvalidInstitution:
		return "人社局接口拒收：" + detail + "。请核对“设置”中的统一社会信用代码，以及 sync config 中的应用标识是否发给本机构"
	case e.Status == http.StatusUnauthorized || e.Status == http.StatusForbidden:
		return fmt.Sprintf("人社局接口拒绝了请求签名（%s：%s）：请核对 sync config 中的应用标识和密钥，并校准电脑时间", e.Code, detail)
	case e.Status == http.StatusTooManyRequests:
		return "人社局接口限流，稍后自动重试"
	case e.Status >= 500:
		return fmt.Sprintf("人社局接口暂时故障（HTTP %d），稍后自动重试", e.Status)
	case e.Status == http.StatusOK:
		return "人社局接口的回执无法解析（" + detail + "），稍后自动重试"
	}
	return fmt.Sprintf("人社局接口拒收了整个批次（HTTP %d %s：%s）：请联系技术支持", e.Status, e.Code, detail)
}

// Later reports whether the batch may simply be sent again later.
func (e *SendError) Later() bool {
	switch {
	case e.BadCert:
		return false
	case e.Status == 0, e.Status == http.StatusOK, e.Status >= 500:
		return true
	case e.Status == http.StatusRequestTimeout, e.Status == http.StatusTooEarly,
		e.Status == http.StatusTooManyRequests, e.Status == http.StatusRequestEntityTooLarge:
		return true
	}
	return false
}

// shrinks reports whether the next batch should be smaller: the bureau is
// struggling or the connection broke, not merely rate-limiting us.
func (e *SendError) shrinks() bool {
	return e.Status == 0 || e.Status >= 500 || e.Status == http.StatusRequestEntityTooLarge ||
		e.Status == http.StatusRequestTimeout
}

// asSendError treats any other error (e.g. from a province adapter) as a
// broken connection: send again later.
func asSendError(err error) *SendError {
	var se *SendError
	if errors.As(err, &se) {
		return se
	}
	return &SendError{Err: err}
}

// plain says in Chinese what went wrong on the network; the Go error stays
// reachable through Unwrap for logs.
func plain(err error) string {
	var dns *net.DNSError
	var ua x509.UnknownAuthorityError
	var he x509.HostnameError
	var ci x509.CertificateInvalidError
	var cve *tls.CertificateVerificationError
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &dns):
		return "找不到主机“" + dns.Name + "”，请核对接口地址或网络"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "对方拒绝连接，接口服务可能未开启"
	case errors.Is(err, syscall.ECONNRESET):
		return "连接被对方中断"
	case errors.Is(err, syscall.ENETUNREACH) || errors.Is(err, syscall.EHOSTUNREACH):
		return "网络不通"
	case errors.As(err, &he):
		return "证书与接口地址的主机名不符"
	case errors.As(err, &ua):
		return "证书由不受信任的机构签发"
	case errors.As(err, &ci):
		return "证书已过期或无效"
	case errors.As(err, &cve):
		return "证书无法验证"
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return "连接被意外关闭"
	case errors.As(err, &syn) || errors.As(err, &typ):
		return "回执不是有效的 JSON"
	}
	return "网络错误"
}
