package roster

import (
	"context"
	"strings"
	"testing"
	"time"

	"trainingdesk/store"
	"trainingdesk/training"
)

func openClass(t *testing.T) (*store.Store, training.Class) {
	t.Helper()
	s, err := store.Open(t.TempDir(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	start := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	c, err := s.FileClass(training.Class{Code: "R1", Name: "电工班", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: start, End: start.AddDate(0, 0, 20), Hours: 40})
	if err != nil {
		t.Fatal(err)
	}
	return s, c
}

const csvRoster = "姓名,身份证号码,联系电话\n" +
	"张三丰,11010519491231002X,13812345678\n" + // row 2: already enrolled below
	"李四,110105194912310021,\n" + // row 3: bad check digit (the file's own error)
	"王五,110105199001010010,\n" // row 4: fine

func TestPreviewSavesNothingAndMergesTheStoresRefusalsByRow(t *testing.T) {
	s, c := openClass(t)
	if _, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "张三丰", IDNumber: "11010519491231002X"}, ""); err != nil {
		t.Fatal(err)
	}
	res, err := Read(context.Background(), strings.NewReader(csvRoster), "名单.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Preview(s, c.ID, res)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Rows != 3 || rep.Valid != 1 || rep.Imported != 0 || len(rep.Errors) != 2 || rep.Errors[0].Row != 2 || rep.Errors[1].Row != 3 {
		t.Fatalf("preview = %+v", rep)
	}
	if list, _ := s.Trainees(c.ID); len(list) != 1 {
		t.Fatalf("a dry run saved %d trainees", len(list)-1)
	}
	rep, saved, err := Save(s, c.ID, res)
	if err != nil || rep.Imported != 1 || len(saved) != 1 || saved[0].Person.Name != "王五" {
		t.Fatalf("save = %+v %v", rep, err)
	}
}

func TestFindByPinyinInitialsAcrossClassesKeepsOnlyTheIDTail(t *testing.T) {
	s, c := openClass(t)
	tr, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "张三丰", IDNumber: "11010519491231002X"}, "")
	if err != nil {
		t.Fatal(err)
	}
	hits, err := Find(s, "zsf", 10)
	if err != nil || len(hits) != 1 || hits[0].Trainee.ID != tr.ID || hits[0].Class.Code != "R1" {
		t.Fatalf("hits = %+v %v", hits, err)
	}
	if e := Entry(tr); e.IDTail != "31002X" {
		t.Fatalf("index keeps %q of the number", e.IDTail)
	}
}
