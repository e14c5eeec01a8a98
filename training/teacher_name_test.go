package training

import (
	"strings"
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/identity"
)

// A teacher's name follows the one name rule: rare characters kept, a bidi
// override refused on the teacher's name field, naming the code point.
func TestTeacherNameFollowsTheNameRule(t *testing.T) {
	id, err := identity.Complete("11010519900101001")
	if err != nil {
		t.Fatal(err)
	}
	today := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	ok := Teacher{Name: " 王𠮷 ", IDNumber: id, Teaches: TeachTheory}
	if err := ok.Check(today); err != nil || ok.Name != "王𠮷" {
		t.Fatalf("王𠮷: %q %v", ok.Name, err)
	}
	bad := Teacher{Name: "王\u202e明", IDNumber: id, Teaches: TeachTheory}
	err = bad.Check(today)
	if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != FieldTeacherName || !strings.Contains(err.Error(), "U+202E") {
		t.Fatalf("bidi override: %v", err)
	}
}
