// Package verifypage writes the self-contained HTML page that checks a
// certificate's QR code in any browser, offline: the page, the
// institution's public keys and the revoked/superseded list as of export.
package verifypage

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"sort"
	"strings"
	"time"

	"trainingdesk/assets"
	"trainingdesk/training"
)

// Data is what the page carries besides its code.
type Data struct {
	Institution string
	Keys        []ed25519.PublicKey // current key first, older ones after a key change
	Revoked     []string            // numbers of revoked certificates
	Replaced    map[string]int      // number → 补发 count of the valid copy
	Exported    time.Time
}

type pageJSON struct {
	Institution string         `json:"institution"`
	Keys        []string       `json:"keys"`
	Revoked     []string       `json:"revoked"`
	Replaced    map[string]int `json:"replaced"`
	Exported    string         `json:"exported"`
}

// Write renders the page. json.Marshal escapes <, > and & so nothing in the
// data can close the <script> element that holds it.
func Write(w io.Writer, d Data) error {
	if len(d.Keys) == 0 {
		return errors.New("没有证书签名公钥：请先完成机构设置")
	}
	p := pageJSON{Institution: d.Institution, Revoked: append([]string{}, d.Revoked...), Replaced: map[string]int{},
		Exported: d.Exported.Format(training.DateLayout)}
	for _, k := range d.Keys {
		p.Keys = append(p.Keys, base64.StdEncoding.EncodeToString(k))
	}
	sort.Strings(p.Revoked)
	for n, c := range d.Replaced {
		if c > 0 {
			p.Replaced[n] = c
		}
	}
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	page := strings.Replace(assets.VerifyPage, "/*DATA*/", string(data), 1)
	// The vendored library contains no "</script", so it can sit inline.
	page = strings.Replace(page, "/*NACL*/", assets.TweetNaCl, 1)
	_, err = io.WriteString(w, page)
	return err
}
