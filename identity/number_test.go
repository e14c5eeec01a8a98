package identity

import (
	"errors"
	"strings"
	"testing"
	"time"
)

var testToday = time.Date(2025, 6, 1, 15, 30, 0, 0, time.UTC)

func TestParseValid(t *testing.T) {
	tests := []struct {
		name, in, value string
		kind            Kind
		birth           string
		sex             string
		warnings        int
	}{
		{"published example, even 17th digit is female", "11010519491231002X", "11010519491231002X", ResidentCard, "1949-12-31", "女", 0},
		{"odd 17th digit is male", "110105194912310011", "110105194912310011", ResidentCard, "1949-12-31", "男", 0},
		{"Shenzhen area code", "440304198506152010", "440304198506152010", ResidentCard, "1985-06-15", "男", 0},
		{"lower-case x", "11010519491231002x", "11010519491231002X", ResidentCard, "1949-12-31", "女", 0},
		{"full-width digits and X", "１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X", ResidentCard, "1949-12-31", "女", 0},
		{"surrounding spaces incl. U+3000", "\u3000 11010519491231002X\t\u3000", "11010519491231002X", ResidentCard, "1949-12-31", "女", 0},
		{"15-digit legacy number", "110105491231002", "11010519491231002X", ResidentCard, "1949-12-31", "女", 1},
		{"leap day 2000", "11010520000229003X", "11010520000229003X", ResidentCard, "2000-02-29", "男", 0},
		{"born today", "110105202506010010", "110105202506010010", ResidentCard, "2025-06-01", "男", 0},
		{"Hong Kong permit", "810000199001011230", "810000199001011230", HKMOTaiwanPermit, "1990-01-01", "男", 0},
		{"Macau permit", "820000198512310045", "820000198512310045", HKMOTaiwanPermit, "1985-12-31", "女", 0},
		{"Taiwan permit", "830000200002295676", "830000200002295676", HKMOTaiwanPermit, "2000-02-29", "男", 0},
		{"foreigner permanent residence card", "931156199007070018", "931156199007070018", ForeignPermanent, "1990-07-07", "男", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseAt(tt.in, testToday)
			if err != nil {
				t.Fatalf("ParseAt: unexpected error %v", err)
			}
			if got.Value != tt.value || got.Kind != tt.kind || got.Sex != tt.sex {
				t.Errorf("got %q %s %s, want %q %s %s", got.Value, got.Kind, got.Sex, tt.value, tt.kind, tt.sex)
			}
			if b := got.Birth.Format("2006-01-02"); b != tt.birth || got.Birth.Location() != time.UTC || got.Birth.Hour() != 0 {
				t.Errorf("birth = %v, want %s UTC midnight", got.Birth, tt.birth)
			}
			if len(got.Warnings) != tt.warnings {
				t.Errorf("warnings = %q, want %d", got.Warnings, tt.warnings)
			}
		})
	}
}

func withCheck(body17 string) string { return body17 + string(idCheck(body17)) }

func TestParseSexFromSeventeenthDigit(t *testing.T) {
	for d := byte('0'); d <= '9'; d++ {
		id := withCheck("11010519900307" + "12" + string(d))
		got, err := ParseAt(id, testToday)
		if err != nil {
			t.Fatalf("%c: %v", d, err)
		}
		want := "女"
		if (d-'0')%2 == 1 {
			want = "男"
		}
		if got.Sex != want {
			t.Errorf("17th digit %c: sex %s, want %s", d, got.Sex, want)
		}
	}
}

func TestParseUnknownAreaIsWarning(t *testing.T) {
	got, err := ParseAt("990105199003071232", testToday) // 9x is the foreigner card, so allowed
	if err != nil || len(got.Warnings) != 0 {
		t.Fatalf("9x: err %v warnings %q", err, got.Warnings)
	}
	id := withCheck("00010519900307123")
	got, err = ParseAt(id, testToday)
	if err != nil {
		t.Fatalf("unknown area must not be an error: %v", err)
	}
	if len(got.Warnings) != 1 || got.Warnings[0] != "未知的地区代码“00”，请核对证件" {
		t.Errorf("warnings = %q", got.Warnings)
	}
}

func TestParseInvalid(t *testing.T) {
	tests := []struct {
		name, in string
		reason   error
		msgHas   string
	}{
		{"empty", "  ", ErrLength, "为空"},
		{"too short", "1101051949123100", ErrLength, "当前为16位"},
		{"too long", "11010519491231002X1", ErrLength, "当前为19位"},
		{"letter inside", "1101051949123A002X", ErrCharacter, "第14位“A”"},
		{"X not last", "1101051949123100X2", ErrCharacter, "第17位“X”"},
		{"X in 15-digit", "11010549123100X", ErrCharacter, "第15位“X”"},
		{"inner space", "110105 1949123100X", ErrCharacter, "第7位"},
		{"Chinese char", "11010519491231002号", ErrCharacter, "第18位“号”"},
		{"flipped digit", "11010519491231003X", ErrCheckDigit, "应为“8”，实际为“X”"},
		{"wrong check char", "110105194912310021", ErrCheckDigit, "应为“X”，实际为“1”"},
		{"leap day 1900", withCheck("11010519000229001"), ErrBirthDate, "“19000229”不是有效日期"},
		{"month 13", withCheck("11010519901301001"), ErrBirthDate, "不是有效日期"},
		{"day 00", withCheck("11010519900100001"), ErrBirthDate, "不是有效日期"},
		{"before 1900", withCheck("11010518991231001"), ErrBirthDate, "早于1900年"},
		{"tomorrow", withCheck("11010520250602001"), ErrFutureDate, "晚于今天"},
		{"future year", withCheck("11010520300101001"), ErrFutureDate, "晚于今天"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAt(tt.in, testToday)
			if err == nil {
				t.Fatal("accepted an invalid number")
			}
			if !errors.Is(err, tt.reason) {
				t.Errorf("reason: got %v, want %v", err, tt.reason)
			}
			if !strings.Contains(err.Error(), tt.msgHas) {
				t.Errorf("message %q should contain %q", err.Error(), tt.msgHas)
			}
		})
	}
}

// The message may be logged or shown on screen: it must never carry the
// whole number.
func TestParseErrorDoesNotRepeatNumber(t *testing.T) {
	in := "11010519491231003X"
	_, err := ParseAt(in, testToday)
	if err == nil || strings.Contains(err.Error(), in) || strings.Contains(err.Error(), in[:17]) {
		t.Fatalf("error %v reveals the number", err)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{" 11010519491231002x ", "11010519491231002X"},
		{"\u3000１１０１０５\u3000", "110105"},
		{"abc", "abc"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
