package spreadsheet

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// clean trims a cell and folds full-width ASCII (１２３Ｘ, full-width
// spaces and punctuation) to half-width, as Chinese input methods often
// produce them.
func clean(s string) string {
	if !isASCII(s) {
		s = width.Fold.String(s)
	}
	return strings.TrimFunc(s, isBlankRune)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isBlankRune also catches the zero-width characters and BOMs that ride
// along when text is copied out of web pages and WPS.
func isBlankRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00a0' || r == '\u3000'
}

// squeeze removes every blank inside a cleaned cell ("110105 1990..." is a
// common way of typing long numbers).
func squeeze(s string) string {
	if strings.IndexFunc(s, isBlankRune) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBlankRune(r) {
			return -1
		}
		return r
	}, s)
}

// numberText matches what Excel shows once it has turned a long number into
// a float: 1.10105E+17, 5.00112198709056E+17, 110105199001010000.00.
var numberText = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)

// looksLikeScientific reports text that can only come from a number cell.
func looksLikeScientific(s string) bool {
	return numberText.MatchString(s) && strings.ContainsAny(s, ".eE")
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
