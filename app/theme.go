package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"trainingdesk/assets"
)

// fontResource is the embedded LXGW WenKai: a machine without any CJK font
// still shows Chinese instead of boxes.
var fontResource = fyne.NewStaticResource(assets.FontName, assets.Font)

// deskTheme is Fyne's default look with the embedded CJK font for every
// text style and a calm blue as the primary colour.
type deskTheme struct{ fyne.Theme }

func newTheme() fyne.Theme { return deskTheme{theme.DefaultTheme()} }

func (deskTheme) Font(fyne.TextStyle) fyne.Resource { return fontResource }

func (t deskTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNamePrimary {
		return color.NRGBA{R: 0x1e, G: 0x6f, B: 0xd9, A: 0xff}
	}
	return t.Theme.Color(n, v)
}
