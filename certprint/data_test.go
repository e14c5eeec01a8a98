package certprint

import (
	"strings"
	"testing"
	"time"

	"trainingdesk/certificate"
	"trainingdesk/errs"
	"trainingdesk/personname"
	"trainingdesk/printing"
	"trainingdesk/training"
)

func TestDataIsMaskedLabelledAndSigned(t *testing.T) {
	pub, priv, _ := certificate.NewKey()
	issued := time.Date(2026, 11, 22, 15, 0, 0, 0, time.UTC)
	r := Record{
		Certificate: training.Certificate{Number: "FZ012026000007", Name: "张三", IssuedAt: issued, Status: training.CertProvisional, Replacement: 1},
		Class:       training.Class{Occupation: "电工", Level: 5, Type: "就业技能培训", Hours: 40},
		Trainee:     training.Trainee{Person: training.Person{Name: "张三丰", IDNumber: "11010519491231002X"}},
	}
	d, err := Data(r, training.Institution{Name: "测试学校"}, "https://rs.example.cn/v", "masked", priv)
	if err != nil {
		t.Fatal(err)
	}
	if d.IDMasked != "110105********002X" || strings.Contains(d.QRText, "11010519491231002X") {
		t.Errorf("identity number not masked: %q", d.IDMasked)
	}
	if tail, _ := Data(r, training.Institution{Name: "测试学校"}, "https://rs.example.cn/v", "tail4", priv); tail.IDMasked != "**************002X" {
		t.Errorf("province style tail4 printed %q", tail.IDMasked)
	}
	if d.Level != "五级/初级工" || d.Status != training.CertProvisional || d.Replacement != 1 {
		t.Errorf("data = %+v", d)
	}
	if !strings.HasPrefix(d.QRText, "https://rs.example.cn/v#") {
		t.Errorf("QR text %q does not use the verification address", d.QRText)
	}
	p, err := certificate.Verify(d.QRText, pub)
	if err != nil {
		t.Fatal(err)
	}
	// The certificate's own name is printed and signed, not a later roster edit.
	if d.Name != "张三" || !p.Matches("张三") || p.Number != r.Certificate.Number || p.Replacement != 1 {
		t.Errorf("payload %+v for %q", p, d.Name)
	}
}

func TestCheckNamesTheUnprintableCharacter(t *testing.T) {
	ok := printing.CertificateData{Number: "1", Name: "吉吉", Occupation: "电工", TrainingType: "就业技能培训", Institution: "学校"}
	bad := ok
	bad.Name = "吉\U0002EBF0"
	if err := Check([]printing.CertificateData{ok}); err != nil {
		t.Fatal(err)
	}
	err := Check([]printing.CertificateData{ok, bad})
	if errs.FieldOf(err) != personname.FieldName || !strings.Contains(err.Error(), "U+2EBF0") {
		t.Fatalf("err = %v, want a message naming U+2EBF0 in 姓名", err)
	}
}

func TestASampleIsSignedAsASample(t *testing.T) {
	pub, priv, _ := certificate.NewKey()
	r := Record{Certificate: training.Certificate{Number: "FZ012026000001", Name: "张三", IssuedAt: time.Now(), Status: training.CertProvisional},
		Class: training.Class{Occupation: "电工", Level: 5}, Sample: true}
	d, err := Data(r, training.Institution{Name: "测试学校"}, "https://rs.example.cn/v", "masked", priv)
	if err != nil {
		t.Fatal(err)
	}
	if p, err := certificate.Verify(d.QRText, pub); err != nil || p.Status != certificate.StatusSample {
		t.Fatalf("a 样本's QR says %q (%v), want sample", p.Status, err)
	}
}
