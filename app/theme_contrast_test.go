package app

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is WCAG 2's relative luminance.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func TestCheckBoxesHintsAndPlaceholdersAreReadableInBothThemes(t *testing.T) {
	th := newTheme()
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, v) }
		bg, input := c(theme.ColorNameBackground), c(theme.ColorNameInputBackground)
		for _, chk := range []struct {
			what string
			a, b color.Color
			min  float64
		}{
			{"unticked check box / input border", c(theme.ColorNameInputBorder), bg, 3},
			{"disabled text (hints)", c(theme.ColorNameDisabled), bg, 3},
			{"placeholder", c(theme.ColorNamePlaceHolder), input, 3},
			{"text", c(theme.ColorNameForeground), bg, 7},
			{"typed value beside a placeholder", c(theme.ColorNameForeground), c(theme.ColorNamePlaceHolder), 2},
		} {
			if got := contrast(chk.a, chk.b); got < chk.min {
				t.Errorf("variant %d, %s: contrast %.2f, want ≥ %.1f", v, chk.what, got, chk.min)
			}
		}
	}
}
