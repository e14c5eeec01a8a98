package certificate

import (
	"net/url"
	"strings"

	"trainingdesk/errs"
)

// FieldVerifyURL is the 证书查验网址 setting.
var FieldVerifyURL = errs.NewField("verify_url", "证书查验网址", "Verification URL")

// DemoBaseURL is the verification address of the demo data set: not the
// placeholder, so the demo issues and prints, and plainly not a bureau's.
const DemoBaseURL = "https://demo.trainingdesk.invalid/verify"

// CheckVerifyURL is the rule for the address printed in every certificate's
// QR code (a phone opens it to check the certificate): an https:// (or
// http://) address with a host, and not the placeholder shipped as the
// default — a real certificate carrying the placeholder could never be
// checked by anyone.
func CheckVerifyURL(raw string) error {
	raw = strings.TrimSpace(raw)
	if raw == "" || raw == DefaultBaseURL {
		return errs.E(errs.Invalid, FieldVerifyURL,
			"尚未设置证书查验网址（证书二维码里的网址，扫码核验证书时打开）：请在“设置”中填写本机构或人社部门的查验网址，如 https://rsj.example.gov.cn/zs")
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return errs.E(errs.Invalid, FieldVerifyURL, "请填写以 https:// 开头的完整网址，如 https://rsj.example.gov.cn/zs")
	}
	return nil
}
