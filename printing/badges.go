package printing

import (
	"fmt"
	"io"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"trainingdesk/personname"
)

// BadgeData is a sheet of trainee badges (学员证) to cut out.
type BadgeData struct {
	Institution string
	Title       string // printed in the badge's band; default 学员证
	Badges      []Badge
}

// Badge is one card. Code goes into the QR code as given (the caller uses
// TD1:<traineeID>: short, and no identity number).
type Badge struct {
	Name, Class, Code string
	Photo             []byte // 1-inch JPEG, printed left of the name; nil for none
}

// Badge geometry: 90×54 mm cards (business-card size), 2×5 on portrait A4.
const (
	badgeW, badgeH = 90.0, 54.0
	badgeCols      = 2
	badgeRows      = 5
	badgeGap       = 4.0
	badgeBand      = 11.0
	badgeQR        = 32.0
)

// Badges writes the badge sheets, ten to a page.
func Badges(w io.Writer, b BadgeData) error {
	if len(b.Badges) == 0 {
		return fmt.Errorf("学员证：%w，请先选择学员", errNothing)
	}
	title := b.Title
	if strings.TrimSpace(title) == "" {
		title = "学员证"
	}
	if err := checkAll("培训机构", b.Institution, "标题", title); err != nil {
		return err
	}
	badges := make([]Badge, len(b.Badges))
	for i, x := range b.Badges {
		x.Name, _ = StandIn(x.Name)
		badges[i] = x
		if strings.TrimSpace(x.Code) == "" {
			return fmt.Errorf("第 %d 张学员证（%s）：二维码内容为空", i+1, x.Name)
		}
		if err := checkAll(personname.FieldName, x.Name, "班级", x.Class); err != nil {
			return fmt.Errorf("第 %d 张学员证：%w", i+1, err)
		}
	}
	left := (210 - badgeCols*badgeW - (badgeCols-1)*badgeGap) / 2
	top := (297 - badgeRows*badgeH - (badgeRows-1)*badgeGap) / 2
	return render(w, "P", func(pdf *gofpdf.Fpdf) error {
		pdf.SetTitle(title, true)
		qrs := newQRImages(pdf, nil)
		for i, x := range badges {
			slot := i % (badgeCols * badgeRows)
			if slot == 0 {
				pdf.AddPage()
			}
			bx := left + float64(slot%badgeCols)*(badgeW+badgeGap)
			by := top + float64(slot/badgeCols)*(badgeH+badgeGap)
			if err := drawBadge(pdf, qrs, bx, by, b.Institution, title, x); err != nil {
				return fmt.Errorf("第 %d 张学员证（%s）：%w", i+1, x.Name, err)
			}
		}
		return nil
	})
}

func drawBadge(pdf *gofpdf.Fpdf, qrs *qrImages, x, y float64, inst, title string, b Badge) error {
	pdf.SetDrawColor(150, 150, 150)
	pdf.SetLineWidth(0.2)
	pdf.SetDashPattern([]float64{1.5, 1}, 0) // cutting line
	pdf.Rect(x, y, badgeW, badgeH, "D")
	pdf.SetDashPattern(nil, 0)

	pdf.SetFillColor(150, 28, 32)
	pdf.Rect(x, y, badgeW, badgeBand, "F")
	pdf.SetTextColor(255, 255, 255)
	textBox(pdf, x+3, y, badgeW-24, badgeBand, inst, 9.5, 6.5, 2, "L")
	textBox(pdf, x+badgeW-21, y, 18, badgeBand, title, 11, 8, 1, "R")

	qrX, qrY := x+badgeW-badgeQR-2, y+badgeBand+(badgeH-badgeBand-badgeQR)/2
	if err := qrs.draw(b.Code, qrX, qrY, badgeQR); err != nil {
		return err
	}
	textX := x + 4
	if b.Photo != nil {
		const pw = 20.0 // 25:35 portrait
		if err := drawPhoto(pdf, b.Photo, x+3, y+badgeBand+3, pw, pw*35/25); err != nil {
			return err
		}
		textX += pw + 2
	}
	textW := qrX - textX - 1
	pdf.SetTextColor(20, 20, 20)
	textBox(pdf, textX, y+badgeBand+4, textW, 13, b.Name, 20, 11, 1, "L")
	pdf.SetTextColor(90, 90, 90)
	textBox(pdf, textX, y+badgeBand+19, textW, 16, b.Class, 10, 7, 3, "L")
	return nil
}
