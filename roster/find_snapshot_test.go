package roster

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"trainingdesk/store"
	"trainingdesk/training"
)

func names(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Trainee.Person.Name)
	}
	return out
}

// The saved search snapshot follows enrolments, renames and removals made
// after it, also in a new process, and is encrypted like the data.
func TestFindFollowsChangesAfterTheSavedSnapshot(t *testing.T) {
	s, c := openClass(t)
	zhang, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "张三丰", IDNumber: "11010519491231002X"}, "")
	if err != nil {
		t.Fatal(err)
	}
	if hits, err := Find(s, "zsf", 10); err != nil || len(hits) != 1 {
		t.Fatalf("first search (builds the snapshot): %v %v", names(hits), err)
	}
	snap, err := s.LoadSearchSnapshot()
	if err != nil || snap.Index == nil || len(snap.Changed)+len(snap.Removed) != 0 {
		t.Fatalf("after the first search the snapshot should be saved and current: %+v %v", snap, err)
	}
	wang, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "王五", IDNumber: "110105199001010010"}, "")
	if err != nil {
		t.Fatal(err)
	}
	zhang.Person.Name = "张无忌"
	if _, _, err := s.UpdateTrainee(zhang); err != nil {
		t.Fatal(err)
	}
	if got := names(must(Find(s, "ww", 10))); len(got) != 1 || got[0] != "王五" {
		t.Fatalf("enrolled after the snapshot: %v", got)
	}
	if got := names(must(Find(s, "zsf", 10))); len(got) != 0 {
		t.Fatalf("old name still found: %v", got)
	}
	if got := names(must(Find(s, "zwj", 10))); len(got) != 1 {
		t.Fatalf("new name not found: %v", got)
	}
	if err := s.RemoveTrainee(wang.ID); err != nil {
		t.Fatal(err)
	}
	if got := names(must(Find(s, "王五", 10))); len(got) != 0 {
		t.Fatalf("removed trainee found: %v", got)
	}
}

// The snapshot is sealed: the pinyin it works out (found nowhere else in
// the file) is not in the database file in clear.
func TestSearchSnapshotIsSealed(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	c, err := s.FileClass(training.Class{Code: "R2", Name: "电工班", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: start, End: start.AddDate(0, 0, 20), Hours: 40})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "欧阳娜娜", IDNumber: "11010519491231002X"}, ""); err != nil {
		t.Fatal(err)
	}
	if err := SaveIndex(s); err != nil {
		t.Fatal(err)
	}
	if snap, err := s.LoadSearchSnapshot(); err != nil || snap.Index == nil {
		t.Fatal("no snapshot saved", err)
	}
	s.Close()
	raw, err := os.ReadFile(filepath.Join(dir, store.DBFile))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte("ouyangnana")) {
		t.Fatal("the search snapshot is in the database file in clear")
	}
}

func must(h []Hit, err error) []Hit {
	if err != nil {
		panic(err)
	}
	return h
}
