package identity

import (
	"strconv"
	"time"
)

// BirthShown is THE rule for a birth date shown beside an identity number
// shown in style (StyleMasked, StyleTail4, StyleFull): the digits a mask
// hides are mostly the birth date (110105********002X hides 19491231), so a
// full birth date next to a masked number would rebuild it. Beside a full
// number the full date is shown; beside any masked form only the year.
// Screens that can, show the age instead (codes.Age).
func BirthShown(birth time.Time, style string) string {
	if birth.IsZero() {
		return ""
	}
	if style == StyleFull {
		return birth.Format("2006-01-02")
	}
	return strconv.Itoa(birth.Year())
}
