package app

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/widget"
)

// The clerk imports a folder of photos; the roster shows the selected
// trainee's photo, and the report lists the file that matched nobody.
func TestRosterImportsPhotosAndShowsThem(t *testing.T) {
	u := newDemoUI(t)
	s := openRoster(t, u, "DEMO-2026-01")
	first := s.list[0]
	img := image.NewRGBA(image.Rect(0, 0, 600, 800))
	for i := range img.Pix {
		img.Pix[i] = uint8(i % 251)
	}
	img.Set(0, 0, color.Black)
	var buf bytes.Buffer
	jpeg.Encode(&buf, img, nil)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, first.Person.IDNumber+".jpg"), buf.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "查无此人.jpg"), buf.Bytes(), 0o644)

	done := make(chan struct{})
	s.importPhotos(dir, func() { close(done) })
	<-done
	if s.PhotoReport == nil || s.PhotoReport.Matched != 1 || len(s.PhotoReport.Unmatched) != 1 {
		t.Fatalf("report %+v", s.PhotoReport)
	}
	s.Table.Select(widget.TableCellID{Row: 0, Col: 0})
	if !s.Photo.Visible() || s.Photo.Resource == nil {
		t.Fatal("the selected trainee's photo is not shown")
	}
	s.Table.Select(widget.TableCellID{Row: 1, Col: 0})
	if s.Photo.Visible() {
		t.Fatal("a trainee without a photo still shows one")
	}
}
