package certificate

import (
	"testing"

	"trainingdesk/training"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		pattern, code string
		year, serial  int
		want          string
		field         string // non-empty: the error's field
	}{
		{DefaultPattern, "GZ01", 2024, 123, "GZ012024000123", ""},
		{"", "GZ01", 2024, 1, "GZ012024000001", ""}, // empty → default
		{"{code}-{year}-{serial:4}", "SZ", 2025, 42, "SZ-2025-0042", ""},
		{"PX{serial}", "", 2024, 7, "PX7", ""},
		{"{code}{year}{serial:6}", "GZ01", 2024, 999999, "GZ012024999999", ""},
		{"{code}{year}{serial:6}", "GZ01", 2024, 1000000, "", "证书流水号"},
		{"{code}{year}", "GZ01", 2024, 1, "", patternField},
		{"{serial}{serial}", "GZ01", 2024, 1, "", patternField},
		{"{code}{yr}{serial}", "GZ01", 2024, 1, "", patternField},
		{"{code{serial}", "GZ01", 2024, 1, "", patternField},
		{"{serial", "GZ01", 2024, 1, "", patternField},
		{"}{serial}", "GZ01", 2024, 1, "", patternField},
		{"{serial:0}", "GZ01", 2024, 1, "", patternField},
		{"{serial:x}", "GZ01", 2024, 1, "", patternField},
		{DefaultPattern, "", 2024, 1, "", "机构代码"},
		{DefaultPattern, "GZ01", 2024, 0, "", "证书流水号"},
		{DefaultPattern, "GZ01", 24, 1, "", "发证年份"},
	}
	for _, tt := range tests {
		got, err := FormatNumber(tt.pattern, tt.code, tt.year, tt.serial)
		if tt.field != "" {
			if training.FieldOf(err) != tt.field {
				t.Errorf("FormatNumber(%q, %d) err = %v, want field %s", tt.pattern, tt.serial, err, tt.field)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("FormatNumber(%q, %q, %d, %d) = %q, %v; want %q", tt.pattern, tt.code, tt.year, tt.serial, got, err, tt.want)
		}
	}
}

func TestValidatePattern(t *testing.T) {
	if err := ValidatePattern(DefaultPattern); err != nil {
		t.Error(err)
	}
	if err := ValidatePattern("{code}{year}"); err == nil {
		t.Error("pattern without {serial} accepted")
	}
}
