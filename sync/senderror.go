package sync

import (
	"errors"
	"fmt"
	"net/http"
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
		detail = e.Err.Error()
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
