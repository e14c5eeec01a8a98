package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"trainingdesk/subsidy"
)

func TestSubsidyRulesFileIsCheckedBeforeSaving(t *testing.T) {
	atTestDay(t)
	u := newTestUI(t)
	s := u.Settings
	bad := filepath.Join(t.TempDir(), "rules.json")
	if err := os.WriteFile(bad, []byte(`{"mode":"lump"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	retype(s.Claims.RulesFile, bad)
	test.Tap(s.RulesSave)
	if e := s.rules.errorAt(subsidy.FieldRulesFile); e == "" {
		t.Fatalf("bad rules file accepted: %q", s.rules.firstError())
	}
	if st, _ := u.Store.Settings(); st.SubsidyRulesFile != "" {
		t.Fatal("bad rules file saved")
	}
	retype(s.Claims.RulesFile, "")
	s.Claims.IDStyle.SetSelected(idStyleLabels[2])
	test.Tap(s.RulesSave)
	if st, _ := u.Store.Settings(); st.ClaimIDStyle != "full" {
		t.Fatalf("ID style not saved: %q (%s)", st.ClaimIDStyle, s.rules.firstError())
	}
}
