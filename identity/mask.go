package identity

import (
	"strings"
	"unicode/utf8"
)

// Mask hides the middle of an identity number for display and export:
// the first 6 and last 4 characters stay, every other character becomes '*',
// so the length is kept (11010519491231002X → 110105********002X). Input
// that is not 15 or 18 characters long after Normalize is masked entirely,
// since we cannot tell which part is safe to show.
func Mask(id string) string {
	v := []rune(Normalize(id))
	n := len(v)
	if n != 15 && n != 18 {
		return strings.Repeat("*", n)
	}
	return string(v[:6]) + strings.Repeat("*", n-10) + string(v[n-4:])
}

// MaskPhone hides the middle of a phone number: 13812345678 → 138****5678.
// The first 3 and last 4 characters stay only when at least 8 characters are
// there; anything shorter is masked entirely.
func MaskPhone(p string) string {
	p = strings.TrimFunc(p, isSpace)
	n := utf8.RuneCountInString(p)
	if n < 8 {
		return strings.Repeat("*", n)
	}
	r := []rune(p)
	return string(r[:3]) + strings.Repeat("*", n-7) + string(r[n-4:])
}

// How a province wants identity numbers on certificates (证书上证件号码的显示方式).
const (
	StyleMasked = "masked" // 110105********002X (default, as on every screen)
	StyleTail4  = "tail4"  // **************002X
	StyleFull   = "full"   // the whole number, where the province requires it
)

// MaskAs renders an identity number in one of the styles above; an unknown
// style masks, so a typo never prints a full number.
func MaskAs(id, style string) string {
	switch style {
	case StyleFull:
		return Normalize(id)
	case StyleTail4:
		v := []rune(Normalize(id))
		if len(v) < 8 {
			return strings.Repeat("*", len(v))
		}
		return strings.Repeat("*", len(v)-4) + string(v[len(v)-4:])
	}
	return Mask(id)
}
