package cli

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"trainingdesk/photos"
	"trainingdesk/store"
	"trainingdesk/training"
)

// portrait is a dark, colourful test photo, easy to tell from white paper.
func portrait(w, h int) []byte {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(40 + x%80), 60, uint8(90 + y%100), 255})
		}
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, img, nil)
	return buf.Bytes()
}

// inkIn counts non-white pixels of page 1 of pdf, rendered at 50 dpi, in a
// box given in millimetres.
func inkIn(t *testing.T, pdf string, page int, x, y, w, h float64) int {
	t.Helper()
	certNeedTool(t, "pdftoppm")
	prefix := filepath.Join(t.TempDir(), "p")
	n := []string{"-r", "50", "-png", "-f", itoaPage(page), "-l", itoaPage(page), "-singlefile", pdf, prefix}
	if out, err := exec.Command("pdftoppm", n...).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	f, err := os.Open(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	px := func(mm float64) int { return int(mm / 25.4 * 50) }
	ink := 0
	for yy := px(y) + 1; yy < px(y+h)-1; yy++ {
		for xx := px(x) + 1; xx < px(x+w)-1; xx++ {
			r, g, b, _ := img.At(xx, yy).RGBA()
			if r+g+b < 3*0xe000 {
				ink++
			}
		}
	}
	return ink
}

func itoaPage(p int) string { return string(rune('0' + p)) }

// Photos named by ID number or by unique name reach the roster; the others
// are listed; certificates and badges carry the photo.
func TestPhotosImportMatchAndPrint(t *testing.T) {
	dir := certDemoDir(t)
	var roster []training.Trainee
	certWithStore(t, dir, func(s *store.Store) {
		c, err := s.ClassByCode(certClass)
		if err != nil {
			t.Fatal(err)
		}
		roster, _ = s.Trainees(c.ID)
	})
	folder := t.TempDir()
	first, second := roster[0], roster[1]
	os.WriteFile(filepath.Join(folder, first.Person.IDNumber+".jpg"), portrait(1200, 1600), 0o644)
	os.WriteFile(filepath.Join(folder, second.Person.Name+".jpg"), portrait(900, 700), 0o644)
	os.WriteFile(filepath.Join(folder, "不在本班的人.jpg"), portrait(300, 400), 0o644)
	os.WriteFile(filepath.Join(folder, "notes.txt"), []byte("ignored"), 0o644)

	var rep photos.Report
	if err := json.Unmarshal([]byte(certMustRun(t, dir, "photos", "import", "--class", certClass, folder, "--json")), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Matched != 2 || len(rep.Unmatched) != 1 || rep.Unmatched[0].File != "不在本班的人.jpg" {
		t.Fatalf("report %+v", rep)
	}
	certWithStore(t, dir, func(s *store.Store) {
		jpg, err := s.Photo(first.ID)
		if err != nil || jpg == nil {
			t.Fatalf("photo of %s not stored: %v", first.Name(), err)
		}
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(jpg))
		if err != nil || cfg.Width != photos.Width || cfg.Height != photos.Height {
			t.Fatalf("stored photo is %dx%d, %v", cfg.Width, cfg.Height, err)
		}
	})
	raw, _ := os.ReadFile(filepath.Join(dir, store.DBFile))
	if bytes.Contains(raw, []byte("JFIF")) {
		t.Error("a JPEG is in clear in the database file")
	}

	certMustRun(t, dir, "audit", "verify") // the photo's audit entry keeps the chain whole
	certMustRun(t, dir, "certificates", "issue", "--class", certClass)
	pdf := filepath.Join(t.TempDir(), "certs.pdf")
	certMustRun(t, dir, "certificates", "print", "--class", certClass, "-o", pdf)
	// Page order follows the roster: page 1 is the first trainee (photo), a
	// page without a photo leaves the slot blank.
	withPhoto := inkIn(t, pdf, 1, 186, 60, 25, 35)
	if withPhoto < 500 {
		t.Errorf("the certificate's photo slot is nearly blank (%d dark pixels)", withPhoto)
	}
	if blank := inkIn(t, pdf, 3, 186, 60, 25, 35); blank > withPhoto/10 {
		t.Errorf("a trainee without a photo still shows ink in the slot: %d", blank)
	}
	badges := filepath.Join(t.TempDir(), "badges.pdf")
	certMustRun(t, dir, "attendance", "badges", "--class", certClass, "-o", badges)
	// First badge: 90×54 mm card at the sheet's top-left; its photo sits below the band.
	left, top := (210-2*90.0-4)/2, (297-5*54.0-4*4)/2
	if ink := inkIn(t, badges, 1, left+3, top+11+3, 20, 28); ink < 300 {
		t.Errorf("the badge's photo is missing (%d dark pixels)", ink)
	}
	if out := os.Getenv("TD_KEEP_PHOTO_PDFS"); out != "" { // to look at them
		os.Rename(pdf, filepath.Join(out, "certificates-with-photo.pdf"))
		os.Rename(badges, filepath.Join(out, "badges-with-photo.pdf"))
	}
}
