package certificate

import (
	"net/url"
	"strings"

	"trainingdesk/errs"
)

// FieldVerifyURL is the 证书查验网址 setting.
var FieldVerifyURL = errs.NewField("verify_base_url", "证书查验网址", "Verification URL")

// DemoBaseURL is the verification address of the demo data set: not the
// placeholder, so the demo issues and prints, and plainly not a bureau's.
const DemoBaseURL = "https://demo.trainingdesk.invalid/verify"

// CheckVerifyURL is the form of the address printed in every certificate's
// QR code (a phone opens it to check the certificate): https (a phone
// opening http:// may be shown a forged page) with a host.
func CheckVerifyURL(raw string) error {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	switch {
	case raw == "":
		return errs.E(errs.Invalid, FieldVerifyURL, "请填写证书查验网址，如 https://本机构网站/verify.html")
	case err != nil || u.Host == "":
		return errs.E(errs.Invalid, FieldVerifyURL, "“"+raw+"”不是完整的网址：请填写以 https:// 开头的网址")
	case !strings.EqualFold(u.Scheme, "https"):
		return errs.E(errs.Invalid, FieldVerifyURL, "请填写以 https:// 开头的网址：扫码人可能被 http:// 网址引到伪造的页面")
	}
	return nil
}

// ReadyToIssue is the address real certificates need: a valid one, and not
// the placeholder shipped as the default — a certificate carrying the
// placeholder could never be checked by anyone.
func ReadyToIssue(raw string) error {
	if strings.TrimSpace(raw) == DefaultBaseURL {
		return errs.E(errs.Invalid, FieldVerifyURL,
			"尚未设置证书查验网址（证书二维码里的网址，扫码核验证书时打开）：请在“设置”中填写本机构或人社部门的查验网址，如 https://rsj.example.gov.cn/zs")
	}
	return CheckVerifyURL(raw)
}
