package store

import (
	"bytes"
	"testing"
)

func TestQRImageIsKeptPerTextAndSurvivesReopening(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.KeepQRImages([]QRImage{{Number: "N1", Text: "provisional-payload", PNG: []byte("png1")}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openTest(t, dir)
	if got := s.QRImage("N1", "provisional-payload"); !bytes.Equal(got, []byte("png1")) {
		t.Fatalf("kept image = %q", got)
	}
	if got := s.QRImage("N1", "registered-payload"); got != nil {
		t.Fatal("an image for another state was returned")
	}
}
