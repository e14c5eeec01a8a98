package printing

import (
	"bytes"
	"testing"

	"github.com/jung-kurt/gofpdf"
	qrcode "github.com/skip2/go-qrcode"

	"trainingdesk/assets"
)

const benchCerts = 1000

func benchData() []CertificateData {
	certs := make([]CertificateData, benchCerts)
	for i := range certs {
		certs[i] = sampleCert(i) // each with its own signed QR code
	}
	return certs
}

// BenchmarkCertificates1000 is a class-sized merged print as the app does
// it: 1,000 pages, each with its own QR code, rendered once per certificate
// state and kept (CertificateData.QRPNG), every string checked and wrapped.
func BenchmarkCertificates1000(b *testing.B) {
	certs := benchData()
	for i := range certs {
		png, err := EncodeQR(certs[i].QRText)
		if err != nil {
			b.Fatal(err)
		}
		certs[i].QRPNG = png
	}
	benchPrint(b, certs)
}

// BenchmarkCertificates1000Uncached is the same print when no QR image is
// kept yet: QR encoding (go-qrcode, ~3 ms a code) then dominates.
func BenchmarkCertificates1000Uncached(b *testing.B) {
	certs := benchData()
	benchPrint(b, certs)
}

// BenchmarkCertificates1000SameQR isolates our own overhead over bare gofpdf:
// the same pipeline with one QR text for every page, as the bare loop has.
func BenchmarkCertificates1000SameQR(b *testing.B) {
	certs := benchData()
	for i := range certs {
		certs[i].QRText = certs[0].QRText
	}
	benchPrint(b, certs)
}

// BenchmarkBareGofpdf1000 is the floor to compare with: plain gofpdf drawing
// the same page content with the same font and one QR image reused, with no
// checks, no template and no wrapping.
func BenchmarkBareGofpdf1000(b *testing.B) {
	certs := benchData()
	png, err := qrcode.Encode(certs[0].QRText, qrcode.Medium, -4)
	if err != nil {
		b.Fatal(err)
	}
	var size int
	b.ResetTimer()
	for b.Loop() {
		pdf := gofpdf.New("L", "mm", "A4", "")
		pdf.SetAutoPageBreak(false, 0)
		pdf.AddUTF8FontFromBytes("f", "", assets.Font)
		pdf.SetFont("f", "", 12)
		pdf.RegisterImageOptionsReader("qr", gofpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(png))
		for _, c := range certs {
			pdf.AddPage()
			pdf.SetLineWidth(1.8)
			pdf.Rect(8, 8, 281, 194, "D")
			pdf.SetLineWidth(0.35)
			pdf.Rect(11, 11, 275, 188, "D")
			pdf.SetFontSize(36)
			pdf.Text(100, 42, "培训合格证书")
			pdf.SetFontSize(14)
			rows := [][2]string{{"姓　　名：", c.Name}, {"证件号码：", c.IDMasked}, {"职业（工种）：", c.Occupation},
				{"技能等级：", c.Level}, {"培训类型：", c.TrainingType}, {"培训时间：", cnDate(c.Start) + " 至 " + cnDate(c.End)},
				{"培训学时：", hours(c.Hours) + " 学时"}}
			for i, r := range rows {
				pdf.SetXY(36, 60+11*float64(i))
				pdf.CellFormat(34, 11, r[0], "", 0, "LM", false, 0, "")
				pdf.CellFormat(128, 11, r[1], "", 0, "LM", false, 0, "")
			}
			pdf.SetXY(36, 145)
			pdf.CellFormat(162, 10, "经考核合格，特发此证。", "", 0, "LM", false, 0, "")
			pdf.SetXY(166, 158)
			pdf.CellFormat(106, 15, c.Institution, "", 0, "CM", false, 0, "")
			pdf.SetXY(166, 174)
			pdf.CellFormat(106, 9, cnDate(c.IssuedAt), "", 0, "CM", false, 0, "")
			pdf.ImageOptions("qr", 218, 60, 44, 44, false, gofpdf.ImageOptions{}, 0, "")
			pdf.SetXY(208, 119)
			pdf.CellFormat(64, 7, c.Number, "", 0, "CM", false, 0, "")
			pdf.SetFontSize(8)
			pdf.SetXY(0, 192)
			pdf.CellFormat(297, 5, "本证书信息可扫描二维码或向当地人力资源社会保障部门核验", "", 0, "CM", false, 0, "")
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/(1<<20), "MB/pdf")
	b.ReportMetric(float64(benchCerts*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// benchPrint times merged prints of certs and reports file size and rate.
func benchPrint(b *testing.B, certs []CertificateData) {
	var size int
	b.ResetTimer()
	for b.Loop() {
		var buf bytes.Buffer
		if err := Certificates(&buf, certs, CertOptions{}, nil); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/(1<<20), "MB/pdf")
	b.ReportMetric(float64(benchCerts*b.N)/b.Elapsed().Seconds(), "pages/s")
}
