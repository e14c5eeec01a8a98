package identity

import (
	"testing"
	"unicode/utf8"
)

// FuzzParse: whatever is typed, Parse must not panic, and anything it accepts
// must be a well-formed 18-character number that parses again to itself.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"11010519491231002X", "110105491231002", "１１０１０５１９４９１２３１００２ｘ",
		"830000200002295676", "931156199007070018", "11010519000229001", "", "X", "\u3000",
		"11010519491231002号", "\xff\xfe11010519491231002X",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseAt(s, testToday)
		_ = Mask(s)
		_ = MaskPhone(s)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if len(n.Value) != 18 || idCheck(n.Value) != n.Value[17] {
			t.Fatalf("accepted malformed %q", n.Value)
		}
		again, err := ParseAt(n.Value, testToday)
		if err != nil || again.Value != n.Value || !again.Birth.Equal(n.Birth) {
			t.Fatalf("re-parse of %q: %v", n.Value, err)
		}
		if m := Mask(n.Value); utf8.RuneCountInString(m) != 18 || m[6:14] != "********" {
			t.Fatalf("Mask(%q) = %q", n.Value, m)
		}
	})
}

// FuzzValidateUSCC: no panic; an accepted code is 18 characters of the
// GB 32100 alphabet and validates again unchanged.
func FuzzValidateUSCC(f *testing.F) {
	for _, s := range []string{"91350100M000100Y43", "91110000600037341l", "", "IOSVZ", "９１３５０１００Ｍ０００１００Ｙ４３", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ValidateUSCC(s)
		if err != nil {
			return
		}
		if len(v) != 18 {
			t.Fatalf("accepted %q", v)
		}
		if again, err := ValidateUSCC(v); err != nil || again != v {
			t.Fatalf("re-validate %q: %q %v", v, again, err)
		}
	})
}
