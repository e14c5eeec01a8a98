package store

import (
	"reflect"
	"testing"

	"trainingdesk/errs"
)

// The store refuses what the 设置 screen refuses: a script or the command
// line cannot save settings the screen would not let through.
func TestSaveSettingsRefusesWhatTheScreenRefuses(t *testing.T) {
	s := openTest(t, t.TempDir())
	cases := []struct {
		name  string
		edit  func(*Settings)
		field errs.Field
	}{
		{"http verification URL", func(st *Settings) { st.VerifyBaseURL = "http://school.example.cn/v" }, FieldVerifyURL},
		{"URL without a host", func(st *Settings) { st.VerifyBaseURL = "https:///v" }, FieldVerifyURL},
		{"threshold 150 %", func(st *Settings) { st.Threshold = 1.5 }, FieldThreshold},
		{"threshold 0", func(st *Settings) { st.Threshold = 0 }, FieldThreshold},
		{"no assessed part", func(st *Settings) { st.TheoryRequired, st.PracticeRequired = false, false }, FieldAssessment},
		{"minutes per 学时 0", func(st *Settings) { st.MinutesPerHour = 0 }, FieldMinutesPerHour},
		{"pass mark 101", func(st *Settings) { st.PassMark = 101 }, FieldPassMark},
		{"certificate pattern without serial", func(st *Settings) { st.CertPattern = "{code}{year}" }, FieldCertPattern},
		{"unknown ID style", func(st *Settings) { st.CertIDStyle = "plain" }, FieldCertIDStyle},
	}
	for _, c := range cases {
		st := DefaultSettings()
		c.edit(&st)
		err := s.SaveSettings(st)
		if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != c.field {
			t.Errorf("%s: %v (field %q)", c.name, err, errs.FieldOf(err).Key())
		}
	}
	if got, _ := s.Settings(); !reflect.DeepEqual(got, DefaultSettings()) {
		t.Fatalf("refused settings were saved: %+v", got)
	}
	st := DefaultSettings()
	st.Threshold, st.VerifyBaseURL = 1.5, "http://x.cn"
	if n := len(errs.Problems(s.SaveSettings(st))); n != 2 {
		t.Errorf("two problems reported as %d", n)
	}
	st = DefaultSettings()
	st.VerifyBaseURL, st.Threshold = "https://school.example.cn/verify.html", 0.75
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
}
