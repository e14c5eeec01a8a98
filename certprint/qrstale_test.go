package certprint

import (
	"testing"
	"time"

	"trainingdesk/demo"
	"trainingdesk/store"
	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// After issuing, and again after the bureau registers a certificate, the
// QR images are rendered ahead of printing, for the code the page will
// carry; nothing is rendered twice for an unchanged state.
func TestQRImagesRenderedWhenTheStateChanges(t *testing.T) {
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := demo.Seed(s, 12, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := RenderStale(s); err != nil { // the demo's past classes hold certificates already
		t.Fatal(err)
	}
	classes, _ := s.Classes()
	var classID string
	for _, c := range classes {
		if c.Code == "DEMO-2026-01" {
			classID = c.ID
		}
	}
	// The demo's past classes come with certificates: render theirs first.
	if _, err := RenderStale(s); err != nil {
		t.Fatal(err)
	}
	issued, err := Issue(s, classID)
	if err != nil || len(issued.Certificates) == 0 {
		t.Fatal(issued, err)
	}
	cached := func() (have, want int) {
		b, err := Load(s, classID, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range b.Pages {
			if s.QRImage(p.Number, p.QRText) != nil {
				have++
			}
		}
		return have, len(b.Pages)
	}
	if n, err := RenderStale(s); err != nil || n != len(issued.Certificates) {
		t.Fatalf("rendered %d after issuing %d: %v", n, len(issued.Certificates), err)
	}
	if have, want := cached(); have != want {
		t.Fatalf("%d of %d pages would render their QR at print time", want-have, want)
	}
	if n, _ := RenderStale(s); n != 0 {
		t.Fatalf("rendered %d again with nothing changed", n)
	}
	c := issued.Certificates[0]
	if err := s.Settle([]tdsync.Outcome{{Kind: training.KindCertificate, ID: c.Number, Version: c.Version, Status: tdsync.StatusAccepted, RegNo: "REG-1"}}); err != nil {
		t.Fatal(err)
	}
	if have, want := cached(); have != want-1 {
		t.Fatalf("after registration %d of %d codes cached; the registered one should be stale", have, want)
	}
	if n, err := RenderStale(s); err != nil || n != 1 {
		t.Fatalf("after registration rendered %d: %v", n, err)
	}
	if have, want := cached(); have != want {
		t.Fatalf("%d of %d pages would render their QR at print time", want-have, want)
	}
}
