package identity

import (
	"strings"
	"testing"
	"time"
)

// Whatever is shown beside a masked number must not give back its hidden
// digits: the masked number plus the birth shown never contain the month
// and day of birth.
func TestBirthBesideAMaskedNumberCannotRebuildIt(t *testing.T) {
	id := "11010519491231002X"
	birth := time.Date(1949, 12, 31, 0, 0, 0, 0, time.UTC)
	for _, style := range []string{StyleMasked, StyleTail4, "", "typo"} {
		shown := MaskAs(id, style) + " " + BirthShown(birth, style)
		if strings.Contains(shown, "1231") || strings.Contains(shown, "12-31") {
			t.Errorf("style %q shows %q: the hidden birth digits are there", style, shown)
		}
	}
	if got := BirthShown(birth, StyleFull); got != "1949-12-31" {
		t.Errorf("beside the full number the full date is shown, got %q", got)
	}
	if BirthShown(time.Time{}, StyleMasked) != "" {
		t.Error("no birth date, nothing shown")
	}
}
