package printing

import (
	"bytes"
	"image/png"
	"testing"

	qrcode "github.com/skip2/go-qrcode"
)

func TestGrayPNGIsTheQRBitmapPixelForPixel(t *testing.T) {
	code, err := qrcode.New("https://verify.example.invalid/c?c=test", qrcode.Medium)
	if err != nil {
		t.Fatal(err)
	}
	bm := code.Bitmap()
	img, err := png.Decode(bytes.NewReader(grayPNG(bm, 3)))
	if err != nil {
		t.Fatalf("not a valid PNG: %v", err)
	}
	if img.Bounds().Dx() != len(bm)*3 || img.Bounds().Dy() != len(bm)*3 {
		t.Fatalf("size %v for %d modules", img.Bounds(), len(bm))
	}
	for y := range img.Bounds().Dy() {
		for x := range img.Bounds().Dx() {
			r, _, _, _ := img.At(x, y).RGBA()
			if dark := r == 0; dark != bm[y/3][x/3] {
				t.Fatalf("pixel (%d,%d) dark=%v, module dark=%v", x, y, dark, bm[y/3][x/3])
			}
		}
	}
}
