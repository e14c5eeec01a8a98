package cli

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"trainingdesk/certificate"
	"trainingdesk/store"
	"trainingdesk/training"
)

// chromium finds Debian's Chromium; CI must have it (scripts/deps.sh test).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed: scripts/deps.sh test installs it")
	}
	t.Skip("chromium not installed")
	return ""
}

var verdictAttr = regexp.MustCompile(`id="result"[^>]*data-verdict="([a-z]+)"|data-verdict="([a-z]+)"[^>]*id="result"`)
var nameAttr = regexp.MustCompile(`data-name="([a-z]*)"`)

// pageVerdict opens the exported page in headless Chromium with fragment
// frag and reads the verdict (and the name check) the page shows.
func pageVerdict(t *testing.T, browser, page, frag string) (verdict, name string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+t.TempDir(), "--virtual-time-budget=2000", "--dump-dom",
		"file://"+page+"#"+frag)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	m := verdictAttr.FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("no verdict in the page:\n%s", out)
	}
	verdict = m[1] + m[2]
	if n := nameAttr.FindStringSubmatch(string(out)); n != nil {
		name = n[1]
	}
	return verdict, name
}

// TestVerifyPageAgreesWithVerifyCommand exports the page, then checks
// genuine, altered, foreign, sample, revoked and superseded codes in a real
// browser (WebCrypto and the TweetNaCl fallback) and with `certificates
// verify`: both must give the same answer.
func TestVerifyPageAgreesWithVerifyCommand(t *testing.T) {
	browser := chromium(t)
	dir := certDemoDir(t)
	certs := certIssue(t, dir, certClass)
	if len(certs) < 4 {
		t.Fatalf("demo class should give at least 4 certificates, got %d", len(certs))
	}
	sign := func(s *store.Store, number string, mutate func(p *certificate.Payload)) string {
		c, err := s.CertificateByNumber(number)
		if err != nil {
			t.Fatal(err)
		}
		priv, err := s.SigningKey()
		if err != nil {
			t.Fatal(err)
		}
		p := certificate.Payload{Number: c.Number, NameDigest: certificate.NameDigest(c.Name), IssuedAt: c.IssuedAt,
			Status: c.Status, Replacement: c.Replacement}
		if mutate != nil {
			mutate(&p)
		}
		text, err := certificate.Sign(p, priv)
		if err != nil {
			t.Fatal(err)
		}
		return certificate.URL("https://school.example.cn/verify.html", text)
	}
	var genuine, revoked, oldCopy, sample string
	certWithStore(t, dir, func(s *store.Store) {
		genuine = sign(s, certs[0].Number, nil)
		revoked = sign(s, certs[1].Number, nil)
		oldCopy = sign(s, certs[2].Number, nil)
		sample = sign(s, certs[3].Number, func(p *certificate.Payload) { p.Status = certificate.StatusSample })
	})
	other := certDemoDir(t)
	var foreign string
	certWithStore(t, other, func(s *store.Store) {
		priv, _ := s.SigningKey()
		text, _ := certificate.Sign(certificate.Payload{Number: certs[0].Number, NameDigest: certificate.NameDigest(certs[0].Name),
			IssuedAt: time.Now(), Status: training.CertProvisional}, priv)
		foreign = certificate.URL("https://school.example.cn/verify.html", text)
	})
	certMustRun(t, dir, "certificates", "revoke", certs[1].Number, "--reason", "考核舞弊")
	certMustRun(t, dir, "certificates", "replace", certs[2].Number, "--reason", "原证遗失")
	var replacement string
	certWithStore(t, dir, func(s *store.Store) { replacement = sign(s, certs[2].Number, nil) })

	page := filepath.Join(t.TempDir(), "核验 verify.html")
	certMustRun(t, dir, "certificates", "verify-page", "-o", page)

	fragment := func(u string) string { return u[strings.Index(u, "#")+1:] }
	cases := []struct {
		name, url, verdict string
		exit               int
		engines            []string
	}{
		{"genuine", genuine, "genuine", 0, []string{"", "js"}},
		{"the 补发 copy", replacement, "genuine", 0, []string{""}},
		{"one character altered", certFlip(genuine), "invalid", 1, []string{"", "js"}},
		{"another institution's key", foreign, "invalid", 1, []string{"", "js"}},
		{"a 样本", sample, "sample", 1, []string{""}},
		{"revoked", revoked, "revoked", 2, []string{""}},
		{"copy from before the 补发", oldCopy, "superseded", 2, []string{""}},
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 3)
	for _, tc := range cases {
		code, out, errw := certRun(t, dir, "certificates", "verify", tc.url)
		if code != tc.exit {
			t.Errorf("%s: certificates verify exited %d, want %d (%s%s)", tc.name, code, tc.exit, out, errw)
		}
		if tc.verdict == "sample" && !strings.Contains(out+errw, "样本") {
			t.Errorf("certificates verify must say 样本 for a sample: %s%s", out, errw)
		}
		for _, engine := range tc.engines {
			wg.Add(1)
			go func(name, frag, want string) {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				if got, _ := pageVerdict(t, browser, page, frag); got != want {
					t.Errorf("%s: the page says %q, want %q", name, got, want)
				}
			}(tc.name+" engine="+engine, fragment(tc.url)+map[bool]string{true: "&engine=js"}[engine == "js"], tc.verdict)
		}
	}
	// The name printed on the certificate must match the code's digest.
	for _, tc := range []struct{ name, want string }{{certs[0].Name, "match"}, {"冒名者", "mismatch"}} {
		wg.Add(1)
		go func(name, want string) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			_, got := pageVerdict(t, browser, page, fragment(genuine)+"&n="+url.QueryEscape(" "+name+" "))
			if got != want {
				t.Errorf("name check for %q: %q, want %q", name, got, want)
			}
		}(tc.name, tc.want)
	}
	wg.Wait()
}

func TestVerifyPageNeedsAnOutputFile(t *testing.T) {
	dir := certDemoDir(t)
	if code, _, errw := certRun(t, dir, "certificates", "verify-page"); code == 0 || !strings.Contains(errw, "-o") {
		t.Fatalf("verify-page without -o must fail naming -o: %d %s", code, errw)
	}
}
