package printing

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/jung-kurt/gofpdf"
	qrcode "github.com/skip2/go-qrcode"
)

// qrImages registers each distinct QR text once per document: a sheet that
// repeats a code embeds one image.
type qrImages struct {
	pdf   *gofpdf.Fpdf
	names map[string]string
}

func newQRImages(pdf *gofpdf.Fpdf) *qrImages {
	return &qrImages{pdf: pdf, names: map[string]string{}}
}

// draw places text's QR code as a size×size mm square at (x, y).
func (q *qrImages) draw(text string, x, y, size float64) error {
	name, ok := q.names[text]
	if !ok {
		code, err := qrcode.New(text, qrcode.Medium)
		if err != nil {
			return fmt.Errorf("二维码内容过长或无效（%v）", err)
		}
		// Several pixels a module: PDF viewers smooth an upscaled image, and
		// blurred modules scan badly. 1-bit PNG keeps it small anyway.
		png, err := code.PNG(-4)
		if err != nil {
			return fmt.Errorf("生成二维码失败（%v）", err)
		}
		name = "qr" + strconv.Itoa(len(q.names))
		q.pdf.RegisterImageOptionsReader(name, gofpdf.ImageOptions{ImageType: "PNG"}, bytes.NewReader(png))
		if q.pdf.Err() {
			return fmt.Errorf("嵌入二维码失败（%v）", q.pdf.Error())
		}
		q.names[text] = name
	}
	q.pdf.ImageOptions(name, x, y, size, size, false, gofpdf.ImageOptions{}, 0, "")
	return nil
}
