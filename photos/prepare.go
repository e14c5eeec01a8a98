// Package photos turns the clerk's folder of trainee photos into 1-inch
// (一寸, 25×35 mm) portraits: each file is matched to a trainee by identity
// number or, where unique, by name; never guessed. Prepare and Match are
// pure; ImportDir is the one operation the CLI and the GUI call.
package photos

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	_ "image/png" // PNG photos decode too
	"io"

	"golang.org/x/image/draw"

	"trainingdesk/errs"
)

// The 1-inch portrait as stored and printed: 25×35 mm at 300 dpi.
const (
	Width  = 295
	Height = 413
)

// Limits on what is read: a phone photo is a few MB; nothing a clerk
// scans is 20 MB or 12,000 pixels across.
const (
	MaxFileBytes = 20 << 20
	MaxPixels    = 12000
	MaxFiles     = 5000
)

// FieldPhoto is the photo file a message is about.
var FieldPhoto = errs.NewField("photo", "照片", "Photo")

// Prepare reads a JPEG or PNG of any size, crops it to the 25:35 portrait
// ratio around its centre (a little above, where the face is) and scales it
// to 295×413, returned as JPEG.
func Prepare(r io.Reader) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(raw) > MaxFileBytes {
		return nil, errs.E(errs.Limit, FieldPhoto, fmt.Sprintf("文件超过 %d MB 上限，请先缩小照片", MaxFileBytes>>20))
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(raw))
	if err != nil {
		return nil, errs.E(errs.Invalid, FieldPhoto, "不是 JPEG 或 PNG 图片，请另存为 JPG 后再导入")
	}
	if cfg.Width > MaxPixels || cfg.Height > MaxPixels || cfg.Width < 60 || cfg.Height < 80 {
		return nil, errs.E(errs.Limit, FieldPhoto, fmt.Sprintf("尺寸 %d×%d 像素不合适：须在 60×80 到 %d×%d 像素之间", cfg.Width, cfg.Height, MaxPixels, MaxPixels))
	}
	img, _, err := image.Decode(bytes.NewReader(raw))
	if err != nil {
		return nil, errs.E(errs.Invalid, FieldPhoto, "图片已损坏，无法读取，请重新拍摄或扫描")
	}
	src := portraitCrop(img.Bounds())
	dst := image.NewRGBA(image.Rect(0, 0, Width, Height))
	draw.CatmullRom.Scale(dst, dst.Bounds(), img, src, draw.Src, nil)
	var out bytes.Buffer
	if err := jpeg.Encode(&out, dst, &jpeg.Options{Quality: 88}); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// portraitCrop is the largest 25:35 rectangle inside b, centred across and,
// when the picture is taller than needed, a third of the spare height from
// the top (heads sit high in ID photos).
func portraitCrop(b image.Rectangle) image.Rectangle {
	w, h := b.Dx(), b.Dy()
	if w*Height > h*Width { // too wide: cut the sides
		cw := h * Width / Height
		x := b.Min.X + (w-cw)/2
		return image.Rect(x, b.Min.Y, x+cw, b.Max.Y)
	}
	ch := w * Height / Width
	y := b.Min.Y + (h-ch)/3
	return image.Rect(b.Min.X, y, b.Max.X, y+ch)
}
