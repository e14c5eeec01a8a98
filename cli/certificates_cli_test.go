package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	gzqr "github.com/makiuchi-d/gozxing/qrcode"

	"trainingdesk/certificate"
	"trainingdesk/certprint"
	"trainingdesk/demo"
	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/training"
)

const certClass = "DEMO-2026-01"

// run calls the command line as the binary would, on data directory dir.
func certRun(t *testing.T, dir string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errw bytes.Buffer
	code = Run(append([]string{"--data", dir}, args...), &out, &errw)
	return code, out.String(), errw.String()
}

func certMustRun(t *testing.T, dir string, args ...string) string {
	t.Helper()
	code, out, errw := certRun(t, dir, args...)
	if code != 0 {
		t.Fatalf("%v exited %d: %s%s", args, code, out, errw)
	}
	return out
}

func certDemoDir(t *testing.T) string {
	t.Helper()
	t.Setenv("TRAININGDESK_NO_KEYRING", "1")
	dir := t.TempDir()
	certMustRun(t, dir, "demo")
	return dir
}

// withStore opens the data directory between commands, as a second tool would.
func certWithStore(t *testing.T, dir string, fn func(s *store.Store)) {
	t.Helper()
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fn(s)
}

func certIssue(t *testing.T, dir, class string) []issuedJSON {
	t.Helper()
	var got []issuedJSON
	if err := json.Unmarshal([]byte(certMustRun(t, dir, "certificates", "issue", "--class", class, "--json")), &got); err != nil {
		t.Fatal(err)
	}
	return got
}

func certNeedTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s not installed", name)
	}
}

var certSpaces = regexp.MustCompile(`\s+`)

func certPDFText(t *testing.T, path string) string {
	t.Helper()
	certNeedTool(t, "pdftotext")
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return certSpaces.ReplaceAllString(string(out), "")
}

// scanFirstPage rasterizes page 1 at 150 dpi and reads its QR code with
// gozxing, and with zbarimg too when it is installed (they must agree when
// both read it). The payload carries a fresh key's signature each run, so
// the code differs every time; gozxing misreads a few such codes at 150 dpi,
// so it retries at 300 dpi, and a reading by either decoder counts.
func certScanFirstPage(t *testing.T, pdfPath string) string {
	t.Helper()
	certNeedTool(t, "pdftoppm")
	var text, png150 string
	for _, dpi := range []string{"150", "300"} {
		prefix := filepath.Join(t.TempDir(), "page")
		if out, err := exec.Command("pdftoppm", "-r", dpi, "-png", "-f", "1", "-l", "1", "-singlefile", pdfPath, prefix).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v %s", err, out)
		}
		if png150 == "" {
			png150 = prefix + ".png"
		}
		if text = gozxingRead(t, prefix+".png"); text != "" {
			break
		}
	}
	if _, err := exec.LookPath("zbarimg"); err == nil {
		out, err := exec.Command("zbarimg", "-q", "--raw", png150).Output()
		z := strings.TrimSpace(string(out))
		switch {
		case err != nil && text == "":
			t.Fatalf("neither gozxing nor zbarimg could read the certificate's QR code: %v", err)
		case err == nil && text != "" && z != text:
			t.Fatalf("zbarimg read %q, gozxing %q", z, text)
		case text == "":
			text = z
		}
	}
	if text == "" {
		t.Fatal("gozxing could not read the certificate's QR code")
	}
	return text
}

// gozxingRead decodes the QR code of a PNG, "" when it cannot. Local
// thresholding (HybridBinarizer) misreads about one code in ten at 150 dpi,
// where a 4-pixel module is resampled unevenly; ZXing-based scanners then
// retry with a global threshold, and so do we.
func gozxingRead(t *testing.T, path string) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	src := gozxing.NewLuminanceSourceFromImage(img)
	hints := map[gozxing.DecodeHintType]interface{}{gozxing.DecodeHintType_TRY_HARDER: true}
	for _, bin := range []gozxing.Binarizer{gozxing.NewHybridBinarizer(src), gozxing.NewGlobalHistgramBinarizer(src)} {
		bmp, err := gozxing.NewBinaryBitmap(bin)
		if err != nil {
			t.Fatal(err)
		}
		if res, err := gzqr.NewQRCodeReader().Decode(bmp, hints); err == nil {
			return res.GetText()
		}
	}
	return ""
}

// flip changes one base64url character of the payload part of a URL.
func certFlip(text string) string {
	b := []byte(text)
	i := len(b) - 20
	if b[i] == 'A' {
		b[i] = 'B'
	} else {
		b[i] = 'A'
	}
	return string(b)
}

func TestCertificateIssuePrintScanVerifyRevoke(t *testing.T) {
	dir := certDemoDir(t)
	issued := certIssue(t, dir, certClass)
	if len(issued) == 0 {
		t.Fatal("the finished demo class has nobody to certify")
	}
	if again := certIssue(t, dir, certClass); len(again) != 0 {
		t.Fatalf("a second issue numbered %d more", len(again))
	}

	draft := filepath.Join(t.TempDir(), "样本.pdf")
	certMustRun(t, dir, "certificates", "print", "--class", certClass, "-o", draft, "--draft")
	if out := certMustRun(t, dir, "certificates", "reprints", issued[0].Number); !strings.Contains(out, "尚未打印") {
		t.Errorf("a draft was logged as a printing: %s", out)
	}
	pdf := filepath.Join(t.TempDir(), "证书.pdf")
	certMustRun(t, dir, "certificates", "print", "--class", certClass, "-o", pdf)
	if out := certMustRun(t, dir, "certificates", "reprints", issued[0].Number); !strings.Contains(out, "1 份") {
		t.Errorf("printing was not logged: %s", out)
	}

	text := certPDFText(t, pdf)
	if n := strings.Count(text, "培训合格证书"); n != len(issued) {
		t.Errorf("%d certificate titles for %d certificates", n, len(issued))
	}
	for _, want := range []string{"电工", demo.Institution.Name, training.Level(5).Label(), "临时", issued[0].Number} {
		if !strings.Contains(text, want) {
			t.Errorf("%q is missing from the printed text", want)
		}
	}
	for _, c := range issued {
		if !strings.Contains(text, c.Name) {
			t.Errorf("name %q is missing from the printed text", c.Name)
		}
	}
	// Rotated text comes out of pdftotext in pieces: look for 样 and 效,
	// which a certificate never prints otherwise.
	if d := certPDFText(t, draft); !strings.ContainsRune(d, '样') || !strings.ContainsRune(d, '效') {
		t.Error("the draft has no 样本 — 无效 watermark")
	}
	if strings.ContainsRune(text, '样') {
		t.Error("the real print carries the 样本 watermark")
	}

	scanned := certScanFirstPage(t, pdf)
	certWithStore(t, dir, func(s *store.Store) {
		if s.QRImage(issued[0].Number, scanned) == nil {
			t.Error("the printed QR image was not kept for the next print")
		}
	})
	code, out, errw := certRun(t, dir, "certificates", "verify", scanned)
	if code != 0 || !strings.Contains(out, "真实有效") || !strings.Contains(out, issued[0].Number) || !strings.Contains(out, issued[0].Name) {
		t.Fatalf("genuine certificate: exit %d %s%s", code, out, errw)
	}
	if code, _, errw := certRun(t, dir, "certificates", "verify", certFlip(scanned)); code != 1 || !strings.Contains(errw, "无效") {
		t.Fatalf("altered payload: exit %d %s, want 1", code, errw)
	}
	if code, _, _ := certRun(t, dir, "certificates", "revoke", issued[0].Number); code != 1 {
		t.Fatalf("revoke without a reason exited %d", code)
	}
	certMustRun(t, dir, "certificates", "revoke", issued[0].Number, "--reason", "身份信息有误")
	code, _, errw = certRun(t, dir, "certificates", "verify", scanned)
	if code != 2 || !strings.Contains(errw, "撤销") {
		t.Fatalf("revoked certificate: exit %d %s, want 2", code, errw)
	}

	// The key the bureau gets verifies the printed code on its own.
	pub, err := certificate.ParsePublicKey(certMustRun(t, dir, "certificates", "pubkey"))
	if err != nil {
		t.Fatal(err)
	}
	if p, err := certificate.Verify(scanned, pub); err != nil || p.Number != issued[0].Number {
		t.Fatalf("exported key does not verify the printed code: %v", err)
	}
}

func TestReplacementPrintsMarkedAndVoidsTheOldCopy(t *testing.T) {
	dir := certDemoDir(t)
	issued := certIssue(t, dir, certClass)
	first := filepath.Join(t.TempDir(), "first.pdf")
	certMustRun(t, dir, "certificates", "print", "--class", certClass, "-o", first, "--numbers", issued[0].Number)
	old := certScanFirstPage(t, first)

	certMustRun(t, dir, "certificates", "replace", issued[0].Number, "--reason", "原证遗失")
	second := filepath.Join(t.TempDir(), "second.pdf")
	certMustRun(t, dir, "certificates", "print", "--class", certClass, "-o", second, "--numbers", issued[0].Number)
	if text := certPDFText(t, second); !strings.Contains(text, "补发") || !strings.Contains(text, issued[0].Number) {
		t.Error("the replacement does not print marked 补发 with the same number")
	}
	if code, _, _ := certRun(t, dir, "certificates", "verify", certScanFirstPage(t, second)); code != 0 {
		t.Errorf("the replacement copy does not verify: exit %d", code)
	}
	if code, _, errw := certRun(t, dir, "certificates", "verify", old); code != 2 || !strings.Contains(errw, "作废") {
		t.Errorf("the lost copy: exit %d %s, want 2", code, errw)
	}
}

func TestUnprintableNameNeverBlocksTheClass(t *testing.T) {
	dir := certDemoDir(t)
	certWithStore(t, dir, func(s *store.Store) {
		c, err := s.ClassByCode(certClass)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := identity.Complete("11010519900101001")
		tr, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "吉\U0002EBF0", IDNumber: id}, "")
		if err != nil {
			t.Fatal(err)
		}
		lessons, _ := s.Lessons(c.ID)
		for _, l := range lessons {
			if err := s.MarkLesson(l.ID, []store.MarkInput{{TraineeID: tr.ID, Status: training.Present, Source: "terminal"}}, ""); err != nil {
				t.Fatal(err)
			}
		}
		th, pr := 88.0, 90.0
		if _, err := s.SetResult(tr.ID, &th, &pr); err != nil {
			t.Fatal(err)
		}
	})
	// The printing package decides: U+2EBF0 (Extension I) is in no font it
	// has, so the name is reported and not numbered; the others are.
	printable := certprint.NamePrintable("吉\U0002EBF0") == nil
	code, stdout, errw := certRun(t, dir, "certificates", "issue", "--class", certClass, "--json")
	var issued []issuedJSON
	if code != 0 || json.Unmarshal([]byte(stdout), &issued) != nil || len(issued) == 0 {
		t.Fatalf("issue: exit %d %s %s", code, stdout, errw)
	}
	found := false
	for _, c := range issued {
		found = found || c.Name == "吉\U0002EBF0"
	}
	if found != printable || (!printable && (!strings.Contains(errw, "吉\U0002EBF0") || !strings.Contains(errw, "U+2EBF0"))) {
		t.Fatalf("吉\U0002EBF0 printable=%v numbered=%v, stderr %q", printable, found, errw)
	}
	out := filepath.Join(t.TempDir(), "证书.pdf")
	certMustRun(t, dir, "certificates", "print", "--class", certClass, "-o", out)
	if info, err := os.Stat(out); err != nil || info.Size() == 0 {
		t.Fatalf("the others did not print: %v", err)
	}
	if n := strings.Count(certPDFText(t, out), "培训合格证书"); n != len(issued) {
		t.Errorf("%d pages for %d certificates", n, len(issued))
	}
}

// The 样本 comes before any number is used, and its QR code says 样本.
func TestPreviewBeforeIssueVerifiesAsSample(t *testing.T) {
	dir := certDemoDir(t)
	before := 0 // the demo's past classes already hold certificates
	certWithStore(t, dir, func(s *store.Store) {
		classes, _ := s.Classes()
		for _, c := range classes {
			cs, _ := s.Certificates(c.ID)
			before += len(cs)
		}
	})
	pdf := filepath.Join(t.TempDir(), "样本.pdf")
	out := certMustRun(t, dir, "certificates", "preview", "--class", certClass, "-o", pdf)
	if !strings.Contains(out, "样本") {
		t.Errorf("preview said %q", out)
	}
	if list := certMustRun(t, dir, "certificates", "list", "--class", certClass, "--json"); strings.TrimSpace(list) != "[]" {
		t.Fatalf("the preview issued certificates: %s", list)
	}
	scanned := certScanFirstPage(t, pdf)
	code, _, errw := certRun(t, dir, "certificates", "verify", scanned)
	if code != 1 || !strings.Contains(errw, "样本") {
		t.Fatalf("a 样本's QR: exit %d %q, want 1 and 样本", code, errw)
	}
	// The numbers were not used: the first real certificate gets the first one.
	issued := certIssue(t, dir, certClass)
	if len(issued) == 0 || !strings.HasSuffix(issued[0].Number, fmt.Sprintf("%06d", before+1)) {
		t.Fatalf("first number after a preview: %+v", issued)
	}
}

// Real certificates are refused while the verification URL is the placeholder.
func TestIssueRefusesThePlaceholderVerificationURL(t *testing.T) {
	dir := certDemoDir(t)
	certWithStore(t, dir, func(s *store.Store) {
		st, _ := s.Settings()
		st.VerifyBaseURL = certificate.DefaultBaseURL
		if err := s.SaveSettings(st); err != nil {
			t.Fatal(err)
		}
	})
	code, _, errw := certRun(t, dir, "certificates", "issue", "--class", certClass)
	if code == 0 || !strings.Contains(errw, "证书查验网址") {
		t.Fatalf("issue with the placeholder URL: exit %d %q", code, errw)
	}
}

func TestResultsSet(t *testing.T) {
	dir := certDemoDir(t)
	var id string
	certWithStore(t, dir, func(s *store.Store) {
		c, _ := s.ClassByCode("DEMO-2026-02")
		roster, _ := s.Trainees(c.ID)
		id = roster[0].Person.IDNumber
	})
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"pass", []string{"--theory", "80", "--practice", "90"}, 0, "合格"},
		{"practice missing", []string{"--theory", "80"}, 1, "实操成绩"},
		{"not a number", []string{"--theory", "八十", "--practice", "90"}, 1, "不是数字"},
		{"out of range", []string{"--theory", "180", "--practice", "90"}, 1, "0–100"},
		{"unknown person", []string{"--theory", "80", "--practice", "90", "--id", "11010519491231002X"}, 1, "不在本班"},
		{"changing a pass needs a reason", []string{"--theory", "85", "--practice", "90"}, 1, "--reason"},
		{"a mistyped score corrected", []string{"--theory", "85", "--practice", "45", "--reason", "录入错误"}, 0, "不合格"},
		{"then a 补考", []string{"--theory", "85", "--practice", "75"}, 0, "补考"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"results", "set", "--class", "DEMO-2026-02", "--id", id}, tt.args...)
			code, out, errw := certRun(t, dir, args...)
			if code != tt.code || !strings.Contains(out+errw, tt.want) {
				t.Fatalf("exit %d %s%s; want %d and %q", code, out, errw, tt.code, tt.want)
			}
			if strings.Contains(out+errw, id) {
				t.Error("the identity number was printed in clear")
			}
		})
	}
}

func TestVerifyRefusesGarbageWithExitOne(t *testing.T) {
	dir := certDemoDir(t)
	for _, in := range [][]string{{"-notapayload"}, {"hello"}, {}} {
		if code, _, _ := certRun(t, dir, append([]string{"certificates", "verify"}, in...)...); code != 1 {
			t.Errorf("verify %v exited %d, want 1", in, code)
		}
	}
}
