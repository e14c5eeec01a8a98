package store

import (
	"errors"
	"testing"
	"time"

	"trainingdesk/certificate"
	"trainingdesk/errs"
	"trainingdesk/training"
)

func TestOneUnprintableNameDoesNotBlockTheClassNorSpendANumber(t *testing.T) {
	s, _ := openCertStore(t, time.Date(2026, 3, 30, 10, 0, 0, 0, time.UTC))
	c, roster := finishedClass(t, s, "U", 0, 3)
	bad := roster[1].Name()
	printable := func(name string) error {
		if name == bad {
			return errors.New("字库中没有这个字")
		}
		return nil
	}
	got, err := s.IssueCertificates(c.ID, printable)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Certificates) != 2 || len(got.Unprintable) != 1 || got.Unprintable[0].Name != bad {
		t.Fatalf("issued %+v", got)
	}
	// The two numbers are consecutive: none was spent on the bad name.
	if serialOf(t, got.Certificates[1].Number) != serialOf(t, got.Certificates[0].Number)+1 {
		t.Errorf("numbers %s, %s", got.Certificates[0].Number, got.Certificates[1].Number)
	}
	// Once the name prints (the font learns it), the trainee gets the next number.
	again, err := s.IssueCertificates(c.ID, nil)
	if err != nil || len(again.Certificates) != 1 || serialOf(t, again.Certificates[0].Number) != serialOf(t, got.Certificates[1].Number)+1 {
		t.Fatalf("second issue: %+v %v", again, err)
	}
}

func TestPreviewUsesNoNumberAndIssueNeedsARealVerificationURL(t *testing.T) {
	s, _ := openCertStore(t, time.Date(2026, 3, 30, 10, 0, 0, 0, time.UTC))
	c, _ := finishedClass(t, s, "P", 0, 2)
	st, _ := s.Settings()
	st.VerifyBaseURL = certificate.DefaultBaseURL
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	// The preview works before anything is issued, with the placeholder even.
	pre, err := s.PreviewCertificates(c.ID, nil)
	if err != nil || len(pre.Certificates) != 2 {
		t.Fatalf("preview: %+v %v", pre, err)
	}
	if certs, _ := s.Certificates(c.ID); len(certs) != 0 {
		t.Fatalf("the preview issued %d certificates", len(certs))
	}
	_, err = s.IssueCertificates(c.ID, nil)
	if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != certificate.FieldVerifyURL {
		t.Fatalf("issuing with the placeholder URL: %v", err)
	}
	st.VerifyBaseURL = "https://rsj.example.cn/zs"
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	got, err := s.IssueCertificates(c.ID, nil)
	if err != nil || len(got.Certificates) != 2 {
		t.Fatalf("issue: %+v %v", got, err)
	}
	// The preview's numbers were not used up: the real issue starts where it showed.
	if got.Certificates[0].Number != pre.Certificates[0].Number {
		t.Errorf("preview showed %s, issue gave %s", pre.Certificates[0].Number, got.Certificates[0].Number)
	}
	if got.Certificates[0].Status != training.CertProvisional {
		t.Errorf("status %s", got.Certificates[0].Status)
	}
}
