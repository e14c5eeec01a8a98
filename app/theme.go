package app

import (
	"image/color"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"trainingdesk/assets"
	"trainingdesk/fontmerge"
)

// fontResource is the embedded LXGW WenKai — a machine without any CJK font
// still shows Chinese instead of boxes — with the name font's rare
// characters (Extension A, C–F) merged in, since a Fyne theme takes one font.
// Characters neither has fall back to the machine's fonts (Fyne looks them
// up), e.g. fonts-hanazono or SimSun-ExtB.
var fontResource = sync.OnceValue(func() fyne.Resource {
	merged, err := fontmerge.Append(assets.Font, assets.NameFont)
	if err != nil {
		fyne.LogError("name font not merged; rare characters may show as boxes", err)
		return fyne.NewStaticResource(assets.FontName, assets.Font)
	}
	return fyne.NewStaticResource("LXGWWenKai-Names.ttf", merged)
})

// deskTheme is Fyne's default look with the embedded CJK font for every
// text style and a calm blue as the primary colour.
type deskTheme struct{ fyne.Theme }

func newTheme() fyne.Theme { return deskTheme{theme.DefaultTheme()} }

func (deskTheme) Font(fyne.TextStyle) fyne.Resource { return fontResource() }

func (t deskTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNamePrimary {
		return color.NRGBA{R: 0x1e, G: 0x6f, B: 0xd9, A: 0xff}
	}
	if c, ok := contrastColor(n, v); ok {
		return c
	}
	return t.Theme.Color(n, v)
}
