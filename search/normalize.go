package search

import (
	"strings"
	"unicode"
)

// fold prepares text for comparison: full-width ASCII becomes half-width,
// letters become lower case, and spaces and the middle dot of minority
// names (阿卜杜·热合曼) are dropped, so what the clerk types need not match
// the roster's spacing.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= '\uff01' && r <= '\uff5e' {
			r -= 0xfee0
		}
		if unicode.IsSpace(r) || isNameDot(r) || r == '\u200b' || r == '\ufeff' {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func isNameDot(r rune) bool {
	return r == '·' || r == '•' || r == '‧' || r == '・' || r == '.'
}

// idTail keeps at most the last 6 characters of an ID number, upper-cased,
// so a full number handed in by mistake is never stored.
func idTail(s string) string {
	r := []rune(strings.ToUpper(fold(s)))
	if len(r) > tailLen {
		r = r[len(r)-tailLen:]
	}
	return string(r)
}

const tailLen = 6
