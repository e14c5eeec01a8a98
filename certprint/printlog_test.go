package certprint

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"trainingdesk/certificate"
	"trainingdesk/printing"
	"trainingdesk/store"
	"trainingdesk/training"
)

// A finished PDF never exists without its print-log entry: the entry is
// written before the file appears, so when logging fails (here: a number
// the store never issued) there is no PDF either — and a kill between the
// two can only leave a logged print without its file, never the reverse.
func TestNoCertificatePDFWithoutItsPrintLogEntry(t *testing.T) {
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, priv, _ := certificate.NewKey()
	r := Record{
		Certificate: training.Certificate{Number: "FZ012026999999", Name: "张三", IssuedAt: time.Now(), Status: training.CertProvisional},
		Class:       training.Class{Occupation: "电工", Level: 5, Type: "就业技能培训", Hours: 40},
		Trainee:     training.Trainee{Person: training.Person{Name: "张三", IDNumber: "11010519491231002X"}},
	}
	d, err := Data(r, training.Institution{Name: "测试学校"}, "https://rs.example.cn/v", "masked", priv)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "证书.pdf")
	if err := WriteFile(s, out, []printing.CertificateData{d}, printing.CertOptions{}, nil, nil); err == nil {
		t.Fatal("printing a number the store cannot log must fail")
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("the PDF exists although its printing was not logged (%v)", err)
	}
	if left, _ := os.ReadDir(filepath.Dir(out)); len(left) != 0 {
		t.Fatalf("left behind: %v", left)
	}
}
