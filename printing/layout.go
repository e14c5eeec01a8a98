package printing

import (
	"encoding/json"
	"fmt"
	"sync"

	"trainingdesk/assets"
)

// certLayout is assets/templates/certificate.json: where everything on a
// certificate goes, so the look can change without touching code.
// Positions and sizes in mm, font sizes in pt.
type certLayout struct {
	Page struct {
		Orientation   string
		Width, Height float64
	}
	Ink, Accent, Muted rgb
	Borders            []struct{ Inset, Width float64 }
	Corner             struct{ Inset, Size, Width float64 }
	Title              struct {
		Text             string
		Y, Size, Spacing float64
	}
	Rule        struct{ Y, W, Width float64 }
	Replacement markBox
	Provisional markBox
	Watermark   struct {
		Text               string
		Size, Angle, Alpha float64
	}
	LabelSize float64 `json:"label_size"`
	Fields    []fieldBox
	Statement string
	Photo     struct { // the 1-inch photo, when the trainee has one
		X, Y, W, H float64
	}
	QR struct {
		X, Y, Size  float64
		Caption     string
		CaptionSize float64 `json:"caption_size"`
	}
	Footer struct {
		Text    string
		Y, Size float64
	}
}

type rgb [3]int

type markBox struct {
	Text       string
	X, Y, W, H float64
	Size       float64
}

// fieldBox is one labelled value; the label sits left of the value (LabelW
// wide) or, with LabelAbove, on the line above it.
type fieldBox struct {
	Key        string
	Label      string
	LabelAbove bool    `json:"label_above"`
	X, Y       float64 // top-left of the label (or of the value when there is no label)
	LabelW     float64 `json:"label_w"`
	W, H       float64 // the value's box
	Size       float64
	MinSize    float64 `json:"min_size"`
	MaxLines   int     `json:"max_lines"`
	Align      string
	Bold       bool // faux bold (fill + stroke): the font has one weight
}

var (
	layoutOnce sync.Once
	layout     certLayout
	layoutErr  error
)

// certificateLayout reads the template once per process.
func certificateLayout() (*certLayout, error) {
	layoutOnce.Do(func() {
		b, err := assets.Templates.ReadFile("templates/certificate.json")
		if err == nil {
			err = json.Unmarshal(b, &layout)
		}
		if err == nil && (layout.Page.Width <= 0 || layout.QR.Size <= 0 || layout.Title.Size <= 0) {
			err = fmt.Errorf("缺少页面、标题或二维码尺寸")
		}
		if err != nil {
			layoutErr = fmt.Errorf("证书版式模板无效（%v）；请重新安装本程序", err)
		}
	})
	return &layout, layoutErr
}
