package printing

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	gzqr "github.com/makiuchi-d/gozxing/qrcode"
)

// needTool skips the test when an external checker is not installed.
func needTool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed", name)
	}
	return p
}

// pdfText runs pdftotext on the PDF; pages are separated by \f.
func pdfText(t testing.TB, pdf []byte) string {
	t.Helper()
	needTool(t, "pdftotext")
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

var spaces = regexp.MustCompile(`\s+`)

// squeeze drops all white space, so text wrapped onto two lines still
// matches the original string.
func squeeze(s string) string { return spaces.ReplaceAllString(s, "") }

// rasterize renders one page at 150 dpi and returns the PNG's path.
func rasterize(t testing.TB, pdf []byte, page int) string {
	t.Helper()
	needTool(t, "pdftoppm")
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	p := strconv.Itoa(page)
	cmd := exec.Command("pdftoppm", "-r", "150", "-png", "-f", p, "-l", p, "-singlefile", in, filepath.Join(dir, "page"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	return filepath.Join(dir, "page.png")
}

// decodeQR reads the QR code in a PNG in process, with gozxing.
func decodeQR(t testing.TB, pngPath string) string {
	t.Helper()
	b, err := os.ReadFile(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return decodeImage(t, img)
}

func decodeImage(t testing.TB, img image.Image) string {
	t.Helper()
	// gozxing's default local thresholding misreads some 150 dpi rasters of
	// 4-pixel modules that zbarimg and phones read; global thresholding
	// reads them. Try both, as a phone app would keep trying.
	src := gozxing.NewLuminanceSourceFromImage(img)
	hints := map[gozxing.DecodeHintType]interface{}{gozxing.DecodeHintType_TRY_HARDER: true}
	var err error
	for _, bin := range []gozxing.Binarizer{gozxing.NewHybridBinarizer(src), gozxing.NewGlobalHistgramBinarizer(src)} {
		bmp, berr := gozxing.NewBinaryBitmap(bin)
		if berr != nil {
			t.Fatal(berr)
		}
		var res *gozxing.Result
		if res, err = gzqr.NewQRCodeReader().Decode(bmp, hints); err == nil {
			return res.GetText()
		}
	}
	t.Fatalf("gozxing could not read the QR code: %v", err)
	return ""
}

// zbar reads the QR code with zbarimg, or returns "", false when absent.
func zbar(t testing.TB, pngPath string) (string, bool) {
	t.Helper()
	if _, err := exec.LookPath("zbarimg"); err != nil {
		return "", false
	}
	out, err := exec.Command("zbarimg", "-q", "--raw", pngPath).Output()
	if err != nil {
		t.Fatalf("zbarimg found no code: %v", err)
	}
	return strings.TrimSpace(string(out)), true
}
