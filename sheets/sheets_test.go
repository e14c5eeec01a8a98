package sheets

import (
	"strings"
	"testing"
	"time"

	"trainingdesk/store"
	"trainingdesk/training"
)

func TestSheetsMaskIdentityNumbersAndBadgesCarryNone(t *testing.T) {
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.SaveInstitution(training.Institution{Name: "测试学校", USCC: "91350100M000100Y43"}); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	c, _ := s.FileClass(training.Class{Code: "S1", Name: "电工班", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: start, End: start.AddDate(0, 0, 20), Hours: 40})
	if _, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "张三", IDNumber: "11010519491231002X"}, ""); err != nil {
		t.Fatal(err)
	}
	d, err := SignIn(s, c, nil)
	if err != nil || d.Institution != "测试学校" || len(d.Trainees) != 1 || d.Trainees[0].IDMasked != "110105********002X" {
		t.Fatalf("sheet = %+v %v", d, err)
	}
	b, err := Badges(s, c)
	if err != nil || len(b.Badges) != 1 || !strings.HasPrefix(b.Badges[0].Code, store.BadgePrefix) || strings.Contains(b.Badges[0].Code, "1101051949") {
		t.Fatalf("badges = %+v %v", b, err)
	}
}
