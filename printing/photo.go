package printing

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/jung-kurt/gofpdf"
)

// drawPhoto places a JPEG photo in a box with a thin frame. The image is
// registered once per distinct photo (a reprint of the same page reuses it).
func drawPhoto(pdf *gofpdf.Fpdf, jpg []byte, x, y, w, h float64) error {
	sum := sha256.Sum256(jpg)
	name := "photo-" + hex.EncodeToString(sum[:8])
	opt := gofpdf.ImageOptions{ImageType: "JPG"}
	if info := pdf.GetImageInfo(name); info == nil {
		pdf.RegisterImageOptionsReader(name, opt, bytes.NewReader(jpg))
		if err := pdf.Error(); err != nil {
			return fmt.Errorf("照片无法放入证件：%v（请重新导入此学员的照片）", err)
		}
	}
	pdf.ImageOptions(name, x, y, w, h, false, opt, 0, "")
	pdf.SetDrawColor(160, 160, 160)
	pdf.SetLineWidth(0.2)
	pdf.Rect(x, y, w, h, "D")
	return pdf.Error()
}
