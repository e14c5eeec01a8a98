package certificate

import (
	"errors"
	"strings"
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

func samplePayload() Payload {
	return Payload{
		Number:      "GZ01" + "2024" + "000123",
		NameDigest:  NameDigest("张三"),
		IssuedAt:    time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC),
		Status:      training.CertProvisional,
		Replacement: 2,
	}
}

func TestSignVerifyRoundTrip(t *testing.T) {
	pub, priv, err := NewKey()
	if err != nil {
		t.Fatal(err)
	}
	for _, status := range []string{training.CertProvisional, training.CertRegistered} {
		p := samplePayload()
		p.Status = status
		text, err := Sign(p, priv)
		if err != nil {
			t.Fatal(err)
		}
		if len(text) >= 150 {
			t.Errorf("payload is %d chars, want < 150 to keep the QR small", len(text))
		}
		got, err := Verify(text, pub)
		if err != nil {
			t.Fatalf("Verify: %v", err)
		}
		if got != p {
			t.Errorf("round trip: got %+v, want %+v", got, p)
		}
		if !got.Matches(" 张三 ") || got.Matches("李四") {
			t.Error("name digest does not identify the holder")
		}
	}
}

func TestIssueDateKeepsCalendarDay(t *testing.T) {
	pub, priv, _ := NewKey()
	cst := time.FixedZone("CST", 8*3600)
	p := samplePayload()
	p.IssuedAt = time.Date(2024, 5, 1, 23, 30, 0, 0, cst) // still 1 May in Beijing
	text, _ := Sign(p, priv)
	got, err := Verify(text, pub)
	if err != nil {
		t.Fatal(err)
	}
	if d := got.IssuedAt.Format("2006-01-02"); d != "2024-05-01" {
		t.Errorf("issue date = %s, want 2024-05-01", d)
	}
}

func TestVerifyRejectsEveryFlippedByte(t *testing.T) {
	pub, priv, _ := NewKey()
	text, _ := Sign(samplePayload(), priv)
	for i := range text {
		b := []byte(text)
		// swap to another base64url character so the text still decodes
		if b[i] == 'A' {
			b[i] = 'B'
		} else {
			b[i] = 'A'
		}
		if _, err := Verify(string(b), pub); !errors.Is(err, ErrInvalid) {
			t.Fatalf("flipped char %d (of %d) accepted: %v", i, len(text), err)
		}
	}
	if ErrInvalid.Error() != "证书二维码无效或已被篡改" {
		t.Errorf("message = %q", ErrInvalid)
	}
}

func TestVerifyInputs(t *testing.T) {
	pub, priv, _ := NewKey()
	otherPub, _, _ := NewKey()
	text, _ := Sign(samplePayload(), priv)
	tests := []struct {
		name string
		in   string
		key  []byte
		ok   bool
	}{
		{"bare payload", text, pub, true},
		{"URL as scanned", URL(DefaultBaseURL, text), pub, true},
		{"URL with surrounding newline", "\n" + URL("https://rs.example.cn/v?x=1", text) + "\n", pub, true},
		{"wrong key", text, otherPub, false},
		{"truncated", text[:len(text)-3], pub, false},
		{"extra text", text + "AA", pub, false},
		{"empty", "", pub, false},
		{"URL without c", DefaultBaseURL + "?d=" + text, pub, false},
		{"old query form still read", DefaultBaseURL + "?c=" + text, pub, true},
		{"fragment with c=", "https://x.cn/verify.html#c=" + text, pub, true},
		{"garbage", "hello, 世界", pub, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Verify(tt.in, tt.key)
			if (err == nil) != tt.ok {
				t.Errorf("Verify ok=%v, want %v (err %v)", err == nil, tt.ok, err)
			}
		})
	}
}

func TestURLForm(t *testing.T) {
	// The payload rides in the fragment, which a browser never sends to
	// the server that hosts the verification page.
	if got := URL("", "abc"); got != "https://verify.example.invalid/c#abc" {
		t.Errorf("default URL = %q", got)
	}
	if got := URL("https://x.cn/verify.html?org=1", "abc"); got != "https://x.cn/verify.html?org=1#abc" {
		t.Errorf("URL with query = %q", got)
	}
	if got := URL("https://x.cn/verify.html#old", "abc"); got != "https://x.cn/verify.html#abc" {
		t.Errorf("URL with a fragment already = %q", got)
	}
	_, priv, _ := NewKey()
	text, _ := Sign(samplePayload(), priv)
	if u := URL(DefaultBaseURL, text); len(u) > 170 {
		t.Errorf("URL is %d chars; the QR grows with it", len(u))
	}
}

func TestSampleStatusRoundTrips(t *testing.T) {
	pub, priv, _ := NewKey()
	p := samplePayload()
	p.Status = StatusSample
	text, err := Sign(p, priv)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Verify(text, pub)
	if err != nil || got.Status != StatusSample {
		t.Fatalf("a sample's payload must decode as a sample: %+v %v", got, err)
	}
}

func TestSignRefusesBadPayload(t *testing.T) {
	_, priv, _ := NewKey()
	tests := []struct {
		name  string
		edit  func(*Payload)
		field errs.Field
	}{
		{"empty number", func(p *Payload) { p.Number = "" }, FieldNumber},
		{"long number", func(p *Payload) { p.Number = strings.Repeat("9", 65) }, FieldNumber},
		{"unknown status", func(p *Payload) { p.Status = "lost" }, FieldStatus},
		{"too many replacements", func(p *Payload) { p.Replacement = 64 }, FieldReplacement},
		{"date before 2000", func(p *Payload) { p.IssuedAt = time.Date(1999, 12, 31, 0, 0, 0, 0, time.UTC) }, FieldIssuedAt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := samplePayload()
			tt.edit(&p)
			_, err := Sign(p, priv)
			if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != tt.field {
				t.Errorf("err = %v, want field %s", err, tt.field.Label())
			}
		})
	}
	if _, err := Sign(samplePayload(), nil); err == nil {
		t.Error("signing with no key succeeded")
	}
}

func TestPublicKeyPEM(t *testing.T) {
	pub, priv, _ := NewKey()
	pemText := ExportPublicKey(pub)
	if !strings.HasPrefix(pemText, "-----BEGIN PUBLIC KEY-----") {
		t.Fatalf("PEM = %q", pemText)
	}
	back, err := ParsePublicKey(pemText)
	if err != nil {
		t.Fatal(err)
	}
	text, _ := Sign(samplePayload(), priv)
	if _, err := Verify(text, back); err != nil {
		t.Errorf("parsed key does not verify: %v", err)
	}
	for _, bad := range []string{"", "not pem", strings.Replace(pemText, "PUBLIC KEY", "PRIVATE KEY", 2)} {
		if _, err := ParsePublicKey(bad); err == nil {
			t.Errorf("ParsePublicKey(%q) accepted", bad)
		}
	}
}

func TestVerifyURLRefusesThePlaceholder(t *testing.T) {
	for _, bad := range []string{"", " ", DefaultBaseURL, "verify.example.cn/c", "ftp://x.cn/c", "http://x.cn/c", "https://"} {
		if err := ReadyToIssue(bad); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != FieldVerifyURL {
			t.Errorf("ReadyToIssue(%q) = %v", bad, err)
		}
	}
	for _, good := range []string{"https://rsj.fuzhou.gov.cn/zs", DemoBaseURL} {
		if err := ReadyToIssue(good); err != nil {
			t.Errorf("ReadyToIssue(%q) = %v", good, err)
		}
	}
}
