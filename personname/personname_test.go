package personname

import (
	"strings"
	"testing"

	"trainingdesk/errs"
)

func TestAcceptsEveryHanExtensionAndTheMiddleDot(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"王𠮷", "王𠮷"},                   // Extension B, U+20BB7
		{"  李㐀  ", "李㐀"},               // Extension A, trimmed
		{"陈𪜀", "陈𪜀"},                   // Extension C
		{"张𫝀", "张𫝀"},                   // Extension D
		{"赵𫠠", "赵𫠠"},                   // Extension E
		{"刘𬺰", "刘𬺰"},                   // Extension F
		{"孙\U0002EBF0", "孙\U0002EBF0"}, // Extension I
		{"周\U00030000", "周\U00030000"}, // Extension G
		{"吴\U00031350", "吴\U00031350"}, // Extension H
		{"郑\U000323B0", "郑\U000323B0"}, // Extension J
		{"阿依古丽·买买提", "阿依古丽·买买提"},
		{"阿依古丽・买买提", "阿依古丽·买买提"}, // katakana middle dot folded
		{"阿依古丽•买买提", "阿依古丽·买买提"}, // bullet folded
		{"阿依古丽 · 买买提", "阿依古丽·买买提"},
		{"王　明", "王明"},            // full-width padding of two-character names
		{"阿依古丽.买买提", "阿依古丽·买买提"}, // full stop typed for the dot
		{"JOHN F. KENNEDY", "JOHN F. KENNEDY"},
		{"MARTIN, JOHN", "MARTIN, JOHN"},
		{"李〇", "李〇"},
		{"John  O’Brien-Smith", "John O'Brien-Smith"},
		{"ＪＯＨＮ", "JOHN"},
		{"José", "José"},
		{"Jose\u0301", "José"}, // NFC composes
		{"\u200b王明\ufeff", "王明"},
		{"\uF900", "豈"}, // compatibility ideograph: its unified form under NFC
	} {
		got, err := Check(tt.in)
		if err != nil {
			t.Errorf("Check(%q) refused: %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("Check(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRefusesWhatIsNotALetterNamingTheCodePoint(t *testing.T) {
	for _, tt := range []struct {
		in   string
		kind errs.Kind
		code string // the code point the message must name
	}{
		{"", errs.Invalid, ""},
		{"   ", errs.Invalid, ""},
		{"王\u200b明", errs.Invalid, "U+200B"},     // zero width space inside
		{"王\u202e明", errs.Invalid, "U+202E"},     // right-to-left override
		{"王\u2066明", errs.Invalid, "U+2066"},     // isolate
		{"王\u0007明", errs.Invalid, "U+0007"},     // control
		{"王\ue000", errs.Invalid, "U+E000"},      // private use (造字)
		{"王\U000F0000", errs.Invalid, "U+F0000"}, // supplementary private use
		{"王2", errs.Invalid, "U+0032"},
		{"王明!", errs.Invalid, "U+0021"},
		{"·王明", errs.Invalid, "U+00B7"},
		{"王··明", errs.Invalid, "U+00B7"},
		{"王-明", errs.Invalid, "U+002D"},
		{"王.", errs.Invalid, "U+002E"},
		{"J.SMITH", errs.Invalid, "U+002E"},
		{".王明", errs.Invalid, "U+002E"},
		{"王😀", errs.Invalid, "U+1F600"},
		{"王\xff明", errs.Invalid, ""},
		{strings.Repeat("王", MaxRunes+1), errs.Limit, ""},
	} {
		_, err := Check(tt.in)
		if err == nil {
			t.Errorf("Check(%q) accepted", tt.in)
			continue
		}
		if !errs.Is(tt.kind, err) || errs.FieldOf(err) != FieldName {
			t.Errorf("Check(%q): kind %v field %q, want %v name", tt.in, errs.KindOf(err), errs.FieldOf(err).Key(), tt.kind)
		}
		if !strings.Contains(err.Error(), tt.code) {
			t.Errorf("Check(%q) = %q, does not name %s", tt.in, err, tt.code)
		}
	}
}

func TestExactlyMaxRunesIsAccepted(t *testing.T) {
	if _, err := Check(strings.Repeat("王", MaxRunes)); err != nil {
		t.Fatal(err)
	}
}

func TestBlock(t *testing.T) {
	for r, want := range map[rune]string{'王': "基本区", '㐀': "扩展A", 0x20BB7: "扩展B", 0x2CEB0: "扩展F", 'A': ""} {
		if got := Block(r); got != want {
			t.Errorf("Block(%U) = %q, want %q", r, got, want)
		}
	}
}

func TestKeyIgnoresLatinCaseAndDotVariant(t *testing.T) {
	if Key("John Smith") != Key("JOHN  SMITH") || Key("阿依古丽・买买提") != Key("阿依古丽·买买提") {
		t.Fatal("keys differ for the same name")
	}
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{"王𠮷", "阿依古丽·买买提", "John Smith", "王\u202e明"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, err := Check(s)
		if err != nil {
			return
		}
		again, err := Check(name)
		if err != nil || again != name {
			t.Fatalf("Check not idempotent: %q → %q → %q, %v", s, name, again, err)
		}
	})
}
