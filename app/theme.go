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

// labelFontResource is LXGW WenKai with only the Han characters of GB2312
// (and everything not Han): Fyne parses a theme font's every outline once per
// text style, ~60 MB and a quarter second for the full one, so the styles
// that show headings and labels get this third. A rarer character in bold
// text comes from the machine's fonts; plain text (names, entries) has them all.
var labelFontResource = sync.OnceValue(func() fyne.Resource {
	hollow, err := fontmerge.Hollow(assets.Font, func(r rune) bool { return isHan(r) && !inGB2312(r) })
	if err != nil {
		fyne.LogError("label font not made", err)
		return fontResource()
	}
	return fyne.NewStaticResource("LXGWWenKai-Labels.ttf", hollow)
})

// deskTheme is Fyne's default look with the embedded CJK font for every
// text style and a calm blue as the primary colour.
type deskTheme struct{ fyne.Theme }

func newTheme() fyne.Theme { return deskTheme{theme.DefaultTheme()} }

// Font: plain text has every character; other styles the label font;
// icons' symbol font stays Fyne's own (no CJK to parse for it).
func (t deskTheme) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Symbol:
		return t.Theme.Font(s)
	case s == fyne.TextStyle{}:
		return fontResource()
	}
	return labelFontResource()
}

func (t deskTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNamePrimary {
		return color.NRGBA{R: 0x1e, G: 0x6f, B: 0xd9, A: 0xff}
	}
	if c, ok := contrastColor(n, v); ok {
		return c
	}
	return t.Theme.Color(n, v)
}
