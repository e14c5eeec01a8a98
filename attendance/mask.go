package attendance

import "strings"

// maskID hides the middle of an identity number so a list of unmatched
// punches can be shown and exported: 18 characters keep the first 6 and
// last 4 (110101********1234); shorter ones keep 2 at each end.
func maskID(id string) string {
	r := []rune(id)
	keepHead, keepTail := 6, 4
	if len(r) < 14 {
		keepHead, keepTail = 2, 2
	}
	if len(r) <= keepHead+keepTail {
		return strings.Repeat("*", len(r))
	}
	return string(r[:keepHead]) + strings.Repeat("*", len(r)-keepHead-keepTail) + string(r[len(r)-keepTail:])
}
