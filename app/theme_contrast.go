package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// contrastColor corrects Fyne's defaults where clerks could not read them:
// an unticked check box's outline and the input borders (#e3e3e3 on white,
// #39393a on near-black: about 1.3:1), disabled text such as hints and
// inactive labels, and — in the dark theme — placeholders so close to real
// values (#b2b2b2 beside #f3f3f3) that an empty field looked filled. Each
// now reaches 3:1 against its background (WCAG's figure for UI parts), and
// placeholders stay clearly lighter than typed text.
func contrastColor(n fyne.ThemeColorName, v fyne.ThemeVariant) (color.Color, bool) {
	grey := func(g uint8) color.Color { return color.NRGBA{R: g, G: g, B: g, A: 0xff} }
	if v == theme.VariantDark {
		switch n {
		case theme.ColorNameInputBorder:
			return grey(0x7a), true
		case theme.ColorNameDisabled:
			return grey(0x8a), true
		case theme.ColorNamePlaceHolder:
			return grey(0x8f), true
		}
		return nil, false
	}
	switch n {
	case theme.ColorNameForeground:
		return grey(0x2b), true
	case theme.ColorNameInputBorder:
		return grey(0x8c), true
	case theme.ColorNameDisabled:
		return grey(0x8f), true
	}
	return nil, false
}
