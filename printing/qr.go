package printing

import (
	"bytes"
	"fmt"
	"runtime"
	"strconv"

	"github.com/jung-kurt/gofpdf"
	qrcode "github.com/skip2/go-qrcode"
)

// qrScale is pixels per module: several, because a viewer that smooths an
// upscaled image blurs 1-pixel modules; 1-bit PNG keeps it small anyway.
const qrScale = 4

// qrPNG encodes text as a QR code (medium error correction) in a 1-bit PNG.
// go-qrcode may panic on input it cannot handle; that becomes an error.
func qrPNG(text string) (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("生成二维码失败（%v）", r)
		}
	}()
	code, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return nil, fmt.Errorf("二维码内容过长或无效（%v）", err)
	}
	return grayPNG(code.Bitmap(), qrScale), nil
}

// qrBatch encodes QR codes ahead of the page being drawn, on every core:
// encoding (Reed-Solomon, mask scoring) costs more than drawing a page.
type qrBatch struct {
	jobs map[string]*qrJob
	stop chan struct{}
}

type qrJob struct {
	png  []byte
	err  error
	done chan struct{}
}

// EncodeQR renders text as the QR image certificates print, for callers
// that keep it (see CertificateData.QRPNG).
func EncodeQR(text string) ([]byte, error) { return qrPNG(text) }

// startQR begins encoding texts (duplicates once each) in order; ready holds
// images the caller already had.
func startQR(texts []string, ready map[string][]byte) *qrBatch {
	b := &qrBatch{jobs: map[string]*qrJob{}, stop: make(chan struct{})}
	for t, png := range ready {
		j := &qrJob{png: png, done: make(chan struct{})}
		close(j.done)
		b.jobs[t] = j
	}
	var order []*qrJob
	var todo []string
	for _, t := range texts {
		if _, ok := b.jobs[t]; !ok {
			j := &qrJob{done: make(chan struct{})}
			b.jobs[t] = j
			order = append(order, j)
			todo = append(todo, t)
		}
	}
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range order {
			select {
			case next <- i:
			case <-b.stop:
				return
			}
		}
	}()
	for range runtime.GOMAXPROCS(0) {
		go func() {
			for i := range next {
				order[i].png, order[i].err = qrPNG(todo[i])
				close(order[i].done)
			}
		}()
	}
	return b
}

// Close stops encoding codes nobody will wait for.
func (b *qrBatch) Close() { close(b.stop) }

// get waits for text's PNG; texts not handed to startQR are encoded now.
func (b *qrBatch) get(text string) ([]byte, error) {
	if b != nil {
		if j, ok := b.jobs[text]; ok {
			<-j.done
			return j.png, j.err
		}
	}
	return qrPNG(text)
}

// qrImages registers each distinct QR text once per document: a sheet that
// repeats a code embeds one image.
type qrImages struct {
	pdf   *gofpdf.Fpdf
	batch *qrBatch
	names map[string]string
}

func newQRImages(pdf *gofpdf.Fpdf, batch *qrBatch) *qrImages {
	return &qrImages{pdf: pdf, batch: batch, names: map[string]string{}}
}

// draw places text's QR code as a size×size mm square at (x, y).
func (q *qrImages) draw(text string, x, y, size float64) error {
	name, ok := q.names[text]
	if !ok {
		png, err := q.batch.get(text)
		if err != nil {
			return err
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
