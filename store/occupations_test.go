package store

import (
	"os"
	"path/filepath"
	"testing"

	"trainingdesk/errs"
	"trainingdesk/occupation"
	"trainingdesk/training"
)

func TestClassOccupationCodeIsCheckedAgainstTheCatalogue(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "OK1")
	bad := c
	bad.ID, bad.Code, bad.OccupationCode = "", "BAD1", "6-31-99-99"
	if _, err := s.FileClass(bad); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != occupation.FieldCode {
		t.Fatalf("a code outside the catalogue must be refused on the code field: %v", err)
	}
	// A code alone gets the catalogue's name.
	byCode := c
	byCode.ID, byCode.Code, byCode.Occupation, byCode.OccupationCode = "", "OK2", "", "６－１８－０２－０４"
	got, err := s.FileClass(byCode)
	if err != nil || got.Occupation != "焊工" || got.OccupationCode != "6-18-02-04" {
		t.Fatalf("code alone: %+v %v", got, err)
	}
	// A class filed before the catalogue keeps an old code when edited.
	if err := s.update(func(tx *tx) error {
		c.OccupationCode = "4-10-01-02" // 育婴员, merged away in 2022
		return tx.put("旧数据", training.KindClass, c.ID, c.Version, c)
	}); err != nil {
		t.Fatal(err)
	}
	c.Name = "改名后的班"
	if _, err := s.UpdateClass(c); err != nil {
		t.Fatalf("editing an old class must keep working: %v", err)
	}
}

func TestSettingsRefuseABrokenOccupationsFile(t *testing.T) {
	s := openTest(t, t.TempDir())
	path := filepath.Join(t.TempDir(), "occ.json")
	os.WriteFile(path, []byte(`{"occupations":[{"code":"bad","name":""}]}`), 0o644)
	st, _ := s.Settings()
	st.OccupationsFile = path
	if err := s.SaveSettings(st); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != FieldOccupationsFile {
		t.Fatalf("a broken file must be refused on its field: %v", err)
	}
	os.WriteFile(path, []byte(`{"occupations":[{"code":"4-99-01-01","name":"地方新职业"}]}`), 0o644)
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	cat, err := s.Occupations()
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := cat.Lookup("4-99-01-01"); !ok {
		t.Error("the region's occupation is in force after saving the setting")
	}
}
