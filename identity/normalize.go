package identity

import (
	"strings"
	"unicode"
)

// Normalize cleans up a typed or pasted identity number: it trims surrounding
// spaces (including the full-width U+3000), turns full-width digits and
// letters into ASCII and a lower-case x into X. It does not validate.
func Normalize(s string) string {
	s = strings.TrimFunc(s, isSpace)
	return strings.Map(func(r rune) rune {
		r = toHalfWidth(r)
		if r == 'x' {
			return 'X'
		}
		return r
	}, s)
}

// isSpace covers the spaces clerks paste from Word and web pages (U+3000,
// non-breaking space, zero-width space and BOM) besides ASCII whitespace.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// toHalfWidth maps the full-width ASCII block (U+FF01–U+FF5E), which Chinese
// input methods produce, to plain ASCII.
func toHalfWidth(r rune) rune {
	if r >= '\uff01' && r <= '\uff5e' {
		return r - 0xfee0
	}
	return r
}
