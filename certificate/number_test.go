package certificate

import (
	"testing"

	"trainingdesk/errs"
	"trainingdesk/training"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		pattern, code string
		year, serial  int
		want          string
		field         errs.Field // non-zero: the error's field
	}{
		{DefaultPattern, "GZ01", 2024, 123, "GZ012024000123", errs.Field{}},
		{"", "GZ01", 2024, 1, "GZ012024000001", errs.Field{}}, // empty → default
		{"{code}-{year}-{serial:4}", "SZ", 2025, 42, "SZ-2025-0042", errs.Field{}},
		{"PX{serial}", "", 2024, 7, "PX7", errs.Field{}},
		{"{code}{year}{serial:6}", "GZ01", 2024, 999999, "GZ012024999999", errs.Field{}},
		{"{code}{year}{serial:6}", "GZ01", 2024, 1000000, "", FieldSerial},
		{"{code}{year}", "GZ01", 2024, 1, "", FieldPattern},
		{"{serial}{serial}", "GZ01", 2024, 1, "", FieldPattern},
		{"{code}{yr}{serial}", "GZ01", 2024, 1, "", FieldPattern},
		{"{code{serial}", "GZ01", 2024, 1, "", FieldPattern},
		{"{serial", "GZ01", 2024, 1, "", FieldPattern},
		{"}{serial}", "GZ01", 2024, 1, "", FieldPattern},
		{"{serial:0}", "GZ01", 2024, 1, "", FieldPattern},
		{"{serial:x}", "GZ01", 2024, 1, "", FieldPattern},
		{DefaultPattern, "", 2024, 1, "", training.FieldInstitutionCode},
		{DefaultPattern, "GZ01", 2024, 0, "", FieldSerial},
		{DefaultPattern, "GZ01", 24, 1, "", FieldYear},
	}
	for _, tt := range tests {
		got, err := FormatNumber(tt.pattern, tt.code, tt.year, tt.serial)
		if !tt.field.IsZero() {
			if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != tt.field {
				t.Errorf("FormatNumber(%q, %d) err = %v, want field %s", tt.pattern, tt.serial, err, tt.field.Label())
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
