package printing

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"trainingdesk/certificate"
	"trainingdesk/errs"
	"trainingdesk/personname"
	"trainingdesk/training"
)

// CertificateData is one certificate as printed. IDMasked is already masked
// by the caller; QRText is the signed verification URL.
type CertificateData struct {
	Number, Name, IDMasked, Occupation, Level, TrainingType, Institution string
	Start, End, IssuedAt                                                 time.Time
	Hours                                                                float64
	Status                                                               string // training.CertProvisional / CertRegistered
	Replacement                                                          int    // 补发 count
	QRText                                                               string
	// QRPNG is QRText already rendered by EncodeQR, when the caller keeps
	// one per certificate state (encoding costs more than drawing a page);
	// nil means encode it here.
	QRPNG []byte
	// Photo is the trainee's 1-inch photo (JPEG), drawn in the template's
	// photo slot; nil prints none.
	Photo []byte
}

// CertOptions changes how a batch prints.
type CertOptions struct {
	// Draft prints a big diagonal 样本 — 无效 across every page, for checking
	// alignment on plain paper.
	Draft bool
}

// Certificates writes one merged A4-landscape PDF, one certificate a page,
// laid out by assets/templates/certificate.json. Every certificate is checked
// before anything is drawn, so a bad name stops the batch with a message
// naming the certificate instead of printing a wrong page. progress, when not
// nil, is called after each page.
func Certificates(w io.Writer, certs []CertificateData, opt CertOptions, progress func(done, total int)) error {
	if len(certs) == 0 {
		return fmt.Errorf("证书打印：%w，请先发放证书", errNothing)
	}
	lay, err := certificateLayout()
	if err != nil {
		return err
	}
	if err := checkLayout(lay); err != nil {
		return err
	}
	for i, c := range certs {
		if err := checkCertificate(c); err != nil {
			return fmt.Errorf("第 %d 张证书（%s）：%w", i+1, c.Name, err)
		}
	}
	var texts []string
	ready := map[string][]byte{}
	for _, c := range certs {
		if c.QRPNG != nil {
			ready[c.QRText] = c.QRPNG
		} else {
			texts = append(texts, c.QRText)
		}
	}
	batch := startQR(texts, ready)
	defer batch.Close()
	return render(w, lay.Page.Orientation, func(pdf *gofpdf.Fpdf) error {
		pdf.SetTitle("培训合格证书", true)
		qrs := newQRImages(pdf, batch)
		for i, c := range certs {
			if err := drawCertificate(pdf, lay, qrs, c, opt); err != nil {
				return fmt.Errorf("第 %d 张证书（编号 %s）：%w", i+1, c.Number, err)
			}
			if progress != nil {
				progress(i+1, len(certs))
			}
		}
		return nil
	})
}

func checkCertificate(c CertificateData) error {
	switch {
	case strings.TrimSpace(c.Number) == "":
		return errs.Errorf(errs.Invalid, certificate.FieldNumber, "为空，请先发放证书编号")
	case strings.TrimSpace(c.Name) == "":
		return errs.Errorf(errs.Invalid, personname.FieldName, "为空，请补全学员姓名")
	case strings.TrimSpace(c.QRText) == "":
		return errs.Errorf(errs.Invalid, certificate.FieldQR, "内容为空，请重新发放证书以生成核验码")
	case c.Status == training.CertRevoked:
		return errs.Errorf(errs.Conflict, certificate.FieldStatus, "证书 %s 已撤销，不能打印", c.Number)
	}
	return checkAll(certificate.FieldNumber, c.Number, personname.FieldName, c.Name, training.FieldIDNumber, c.IDMasked,
		training.FieldOccupation, c.Occupation, training.FieldLevel, c.Level, training.FieldType, c.TrainingType,
		"培训机构", c.Institution)
}

// checkLayout makes sure the template's own words print too.
func checkLayout(l *certLayout) error {
	words := []string{l.Title.Text, l.Replacement.Text, l.Provisional.Text, l.Watermark.Text,
		l.Statement, l.QR.Caption, l.Footer.Text}
	for _, f := range l.Fields {
		words = append(words, f.Label)
	}
	for _, s := range words {
		if err := checkPrintableAt("证书版式模板", s); err != nil {
			return err
		}
	}
	return nil
}

// certValues maps the template's field keys to this certificate's text.
func certValues(l *certLayout, c CertificateData) map[string]string {
	dates := cnDate(c.Start)
	if !c.End.IsZero() {
		dates += " 至 " + cnDate(c.End)
	}
	h := ""
	if c.Hours > 0 {
		h = hours(c.Hours) + " 学时"
	}
	return map[string]string{
		"name": c.Name, "id": c.IDMasked, "occupation": c.Occupation, "level": c.Level,
		"type": c.TrainingType, "dates": dates, "hours": h, "statement": l.Statement,
		"institution": c.Institution, "issued": cnDate(c.IssuedAt), "number": c.Number,
	}
}

func drawCertificate(pdf *gofpdf.Fpdf, l *certLayout, qrs *qrImages, c CertificateData, opt CertOptions) error {
	pdf.AddPage()
	drawFrame(pdf, l)

	setText(pdf, l.Accent)
	pdf.SetFontSize(l.Title.Size)
	setFauxBold(pdf, true) // fill + stroke: a heavier title from a regular face
	pdf.SetDrawColor(l.Accent[0], l.Accent[1], l.Accent[2])
	pdf.SetLineWidth(0.25)
	spaced(pdf, l.Page.Width/2, l.Title.Y, l.Title.Text, l.Title.Spacing)
	setFauxBold(pdf, false)
	pdf.SetLineWidth(l.Rule.Width)
	pdf.Line((l.Page.Width-l.Rule.W)/2, l.Rule.Y, (l.Page.Width+l.Rule.W)/2, l.Rule.Y)

	values := certValues(l, c)
	for _, f := range l.Fields {
		drawField(pdf, l, f, values[f.Key])
	}

	if err := qrs.draw(c.QRText, l.QR.X, l.QR.Y, l.QR.Size); err != nil {
		return err
	}
	if c.Photo != nil {
		if err := drawPhoto(pdf, c.Photo, l.Photo.X, l.Photo.Y, l.Photo.W, l.Photo.H); err != nil {
			return err
		}
	}
	setText(pdf, l.Muted)
	pdf.SetFontSize(l.QR.CaptionSize)
	DrawCell(pdf, l.QR.X, l.QR.Y+l.QR.Size, l.QR.Size, 5, l.QR.Caption, "C")

	if c.Status == training.CertProvisional {
		drawMark(pdf, l, l.Provisional)
	}
	if c.Replacement > 0 {
		drawMark(pdf, l, l.Replacement)
	}
	setText(pdf, l.Muted)
	pdf.SetFontSize(l.Footer.Size)
	DrawCell(pdf, 0, l.Footer.Y, l.Page.Width, 5, l.Footer.Text, "C")

	if opt.Draft {
		drawWatermark(pdf, l)
	}
	return nil
}

// drawFrame is the border: nested rules and small corner squares.
func drawFrame(pdf *gofpdf.Fpdf, l *certLayout) {
	pdf.SetDrawColor(l.Accent[0], l.Accent[1], l.Accent[2])
	for _, b := range l.Borders {
		pdf.SetLineWidth(b.Width)
		pdf.Rect(b.Inset, b.Inset, l.Page.Width-2*b.Inset, l.Page.Height-2*b.Inset, "D")
	}
	c := l.Corner
	if c.Size <= 0 {
		return
	}
	pdf.SetLineWidth(c.Width)
	pdf.SetFillColor(l.Accent[0], l.Accent[1], l.Accent[2])
	for _, x := range []float64{c.Inset, l.Page.Width - c.Inset - c.Size} {
		for _, y := range []float64{c.Inset, l.Page.Height - c.Inset - c.Size} {
			pdf.Rect(x, y, c.Size, c.Size, "D")
			pdf.Rect(x+c.Size/2-1.2, y+c.Size/2-1.2, 2.4, 2.4, "F")
		}
	}
}

func drawField(pdf *gofpdf.Fpdf, l *certLayout, f fieldBox, value string) {
	x, y := f.X, f.Y
	if f.Label != "" {
		setText(pdf, l.Muted)
		pdf.SetFontSize(l.LabelSize)
		if f.LabelAbove {
			DrawCell(pdf, f.X, f.Y-6, f.W, 6, f.Label, alignOf(f))
		} else {
			DrawCell(pdf, f.X, f.Y, f.LabelW, f.H, f.Label+"：", "L")
			x += f.LabelW
		}
	}
	if value == "" {
		return
	}
	setText(pdf, l.Ink)
	if f.Bold {
		pdf.SetDrawColor(l.Ink[0], l.Ink[1], l.Ink[2])
		pdf.SetLineWidth(0.15)
		setFauxBold(pdf, true)
		defer setFauxBold(pdf, false)
	}
	textBox(pdf, x, y, f.W, f.H, value, f.Size, f.MinSize, f.MaxLines, alignOf(f))
}

func alignOf(f fieldBox) string {
	if f.Align == "" {
		return "L"
	}
	return f.Align
}

// drawMark is a stamp-like boxed word (临时…, 补发).
func drawMark(pdf *gofpdf.Fpdf, l *certLayout, m markBox) {
	pdf.SetDrawColor(l.Accent[0], l.Accent[1], l.Accent[2])
	pdf.SetLineWidth(0.6)
	setText(pdf, l.Accent)
	pdf.SetFontSize(m.Size)
	pdf.Rect(m.X, m.Y, m.W, m.H, "D")
	DrawCell(pdf, m.X, m.Y, m.W, m.H, m.Text, "C")
}

func drawWatermark(pdf *gofpdf.Fpdf, l *certLayout) {
	w := l.Watermark
	pdf.SetAlpha(w.Alpha, "Normal")
	setText(pdf, l.Accent)
	pdf.SetFontSize(w.Size)
	cx, cy := l.Page.Width/2, l.Page.Height/2
	pdf.TransformBegin()
	pdf.TransformRotate(w.Angle, cx, cy)
	DrawText(pdf, cx-TextWidth(pdf, w.Text)/2, cy+w.Size*ptToMM*0.35, w.Text)
	pdf.TransformEnd()
	pdf.SetAlpha(1, "Normal")
}

func setText(pdf *gofpdf.Fpdf, c rgb) { pdf.SetTextColor(c[0], c[1], c[2]) }
