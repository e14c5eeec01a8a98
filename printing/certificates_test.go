package printing

import (
	"bytes"
	"crypto/ed25519"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"trainingdesk/certificate"
	"trainingdesk/training"
)

// longInstitution cannot fit the institution box on one line.
const longInstitution = "广州市天河区某某职业技能培训学校有限公司第二分校（番禺区市桥街道校区）"

var (
	keyOnce  sync.Once
	testPub  ed25519.PublicKey
	testPriv ed25519.PrivateKey
)

func testKey() (ed25519.PublicKey, ed25519.PrivateKey) {
	keyOnce.Do(func() { testPub, testPriv, _ = certificate.NewKey() })
	return testPub, testPriv
}

// sampleCert is certificate i of a class, with a genuinely signed QR URL.
func sampleCert(i int) CertificateData {
	names := []string{"欧阳娜娜", "张三", "阿卜杜热合曼·买买提", "李四"}
	c := CertificateData{
		Number:       fmt.Sprintf("GZ012024%06d", i+1),
		Name:         names[i%len(names)],
		IDMasked:     "440106********123X",
		Occupation:   "中式烹调师",
		Level:        training.Level(5).Label(),
		TrainingType: "就业技能培训",
		Institution:  "广州市某某职业技能培训学校",
		Start:        time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
		End:          time.Date(2024, 4, 30, 0, 0, 0, 0, time.UTC),
		IssuedAt:     time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC),
		Hours:        120,
		Status:       training.CertRegistered,
	}
	_, priv := testKey()
	payload, err := certificate.Sign(certificate.Payload{Number: c.Number, NameDigest: certificate.NameDigest(c.Name),
		IssuedAt: c.IssuedAt, Status: c.Status, Replacement: c.Replacement}, priv)
	if err != nil {
		panic(err)
	}
	c.QRText = certificate.URL(certificate.DefaultBaseURL, payload)
	return c
}

func printCerts(t *testing.T, certs []CertificateData, opt CertOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Certificates(&buf, certs, opt, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// What the clerk types must come out of the printer character for character,
// including text wrapped onto a second line.
func TestCertificateTextIsComplete(t *testing.T) {
	long := sampleCert(0)
	long.Institution = longInstitution
	long.Occupation = "中式烹调师（粤菜方向）兼西式面点师综合实训岗位技能提升工种"
	long.Status = training.CertProvisional
	long.Replacement = 1
	certs := []CertificateData{long, sampleCert(1), sampleCert(2)}
	text := pdfText(t, printCerts(t, certs, CertOptions{}))
	pages := strings.Split(strings.TrimRight(text, "\f"), "\f")
	if len(pages) != len(certs) {
		t.Fatalf("%d pages, want one per certificate (%d)", len(pages), len(certs))
	}
	for i, c := range certs {
		page := squeeze(pages[i])
		for _, v := range []string{c.Name, c.IDMasked, c.Occupation, c.Institution, c.Number, c.Level, c.TrainingType,
			"培训合格证书", "2024年3月1日至2024年4月30日", "120学时", "2024年5月10日"} {
			if !strings.Contains(page, squeeze(v)) {
				t.Errorf("page %d lacks %q; got:\n%s", i+1, v, pages[i])
			}
		}
	}
	// The long institution really was wrapped: no single output line holds it.
	if strings.Contains(pages[0], longInstitution) {
		t.Errorf("institution was not wrapped, so the wrap was not tested")
	}
	if !strings.Contains(pages[0], "临时（待人社部门登记）") || !strings.Contains(pages[0], "补发") {
		t.Errorf("provisional replacement lacks its marks:\n%s", pages[0])
	}
	if strings.Contains(pages[1], "临时") || strings.Contains(pages[1], "补发") {
		t.Errorf("a registered original carries a mark it should not:\n%s", pages[1])
	}
}

func TestDraftWatermark(t *testing.T) {
	draft := pdfText(t, printCerts(t, []CertificateData{sampleCert(0)}, CertOptions{Draft: true}))
	plain := pdfText(t, printCerts(t, []CertificateData{sampleCert(0)}, CertOptions{}))
	// Rotated text comes out of pdftotext in pieces, so look for each rune;
	// 样, 无 and 效 occur nowhere else on the page.
	for _, r := range "样本—无效" {
		if !strings.ContainsRune(draft, r) {
			t.Errorf("draft lacks %q of the 样本 — 无效 watermark:\n%s", r, draft)
		}
	}
	if strings.ContainsAny(plain, "样无效") {
		t.Errorf("a final print carries the watermark:\n%s", plain)
	}
}

// The printed QR code, read back from the rasterized page the way a phone
// would, verifies under the institution's key and names this certificate.
func TestCertificateQRScansAndVerifies(t *testing.T) {
	pub, _ := testKey()
	for _, draft := range []bool{false, true} {
		c := sampleCert(7)
		c.Institution = longInstitution
		pngPath := rasterize(t, printCerts(t, []CertificateData{c}, CertOptions{Draft: draft}), 1)
		readers := map[string]string{"gozxing": decodeQR(t, pngPath)}
		if s, ok := zbar(t, pngPath); ok {
			readers["zbarimg"] = s
		}
		for reader, got := range readers {
			if got != c.QRText {
				t.Errorf("draft=%v %s read %q, want %q", draft, reader, got, c.QRText)
				continue
			}
			p, err := certificate.Verify(got, pub)
			if err != nil {
				t.Fatalf("%s: %v", reader, err)
			}
			if p.Number != c.Number || !p.Matches(c.Name) {
				t.Errorf("%s: payload %+v does not match certificate %s", reader, p, c.Number)
			}
		}
	}
}

func TestCertificatesProgressAndRefusals(t *testing.T) {
	var seen [][2]int
	var buf bytes.Buffer
	certs := []CertificateData{sampleCert(0), sampleCert(1), sampleCert(2)}
	err := Certificates(&buf, certs, CertOptions{}, func(done, total int) { seen = append(seen, [2]int{done, total}) })
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 3 || seen[2] != [2]int{3, 3} {
		t.Errorf("progress calls = %v", seen)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Error("output is not a PDF")
	}

	revoked := sampleCert(1)
	revoked.Status = training.CertRevoked
	noQR := sampleCert(2)
	noQR.QRText = ""
	tests := []struct {
		name  string
		certs []CertificateData
		want  string
	}{
		{"nothing to print", nil, "没有可打印的内容"},
		{"revoked", []CertificateData{sampleCert(0), revoked}, "第 2 张证书"},
		{"no QR", []CertificateData{noQR}, "二维码"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		err := Certificates(&out, tt.certs, CertOptions{}, nil)
		if err == nil || !strings.Contains(err.Error(), tt.want) || out.Len() != 0 {
			t.Errorf("%s: err = %v (wrote %d bytes), want %q", tt.name, err, out.Len(), tt.want)
		}
	}
}
