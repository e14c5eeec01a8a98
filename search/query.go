package search

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// query is what the clerk typed, prepared once for every kind of match.
type query struct {
	text   string // folded: for names
	pinyin string // letters only, apostrophes dropped (xi'an); "" if not pinyin
	idTail string // digits (and a final X) to match against ID tails; "" if not an ID
	ascii  bool   // text is all ASCII
}

// minIDDigits is the fewest characters of an ID typed before we match on
// it: fewer would match a large part of any roster.
const minIDDigits = 4

func parseQuery(s string) query {
	// Names are stored in NFC (personname); a query typed or pasted in
	// another form (e + combining accent) is compared in the same one.
	q := query{text: fold(norm.NFC.String(s))}
	q.ascii = isASCII(q.text)
	if p := strings.ReplaceAll(q.text, "'", ""); isLetters(p) {
		q.pinyin = p
	}
	if t := strings.ToUpper(q.text); len(t) >= minIDDigits && isIDDigits(t) {
		// A full number typed in is matched on its last 6, all we keep.
		if len(t) > tailLen {
			t = t[len(t)-tailLen:]
		}
		q.idTail = t
	}
	return q
}

func isLetters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// isIDDigits accepts digits with an optional X at the end, the shape of the
// end of an ID number.
func isIDDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && !(c == 'X' && i == len(s)-1) {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
