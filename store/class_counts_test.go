package store

import (
	"testing"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/training"
)

// 班级's counts and the size every screen asks for are kept as trainees are
// enrolled, removed and imported, and a file from before they were kept gets
// them when opened.
func TestClassCountsFollowTheRoster(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	a, b := fileTestClass(t, s, "A"), fileTestClass(t, s, "B")
	var cands []Candidate
	for i := range 5 {
		cands = append(cands, Candidate{Row: i + 2, Person: training.Person{Name: "学员", IDNumber: idFor(i)}})
	}
	if saved, rej, _, err := s.EnrolTrainees(a.ID, cands); err != nil || len(saved) != 5 {
		t.Fatalf("%d saved, %v, %v", len(saved), rej, err)
	}
	one, _, err := s.EnrolTrainee(b.ID, training.Person{Name: "张三", IDNumber: idFor(100)}, "")
	if err != nil {
		t.Fatal(err)
	}
	one.Person.Phone = "13800138000"
	if _, _, err := s.UpdateTrainee(one); err != nil { // re-indexed: still one
		t.Fatal(err)
	}
	list, _ := s.Trainees(a.ID)
	if err := s.RemoveTrainee(list[0].ID); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{a.ID: 4, b.ID: 1}
	check := func(when string) {
		t.Helper()
		got, err := s.TraineeCounts()
		if err != nil || len(got) != len(want) || got[a.ID] != want[a.ID] || got[b.ID] != want[b.ID] {
			t.Fatalf("%s: counts %v (%v), want %v", when, got, err, want)
		}
		if n, _ := s.ClassSize(a.ID); n != want[a.ID] {
			t.Fatalf("%s: size of A %d, want %d", when, n, want[a.ID])
		}
	}
	check("kept")

	// A file written before the counts were kept (schema 6, no counts).
	s.Close()
	db, err := bolt.Open(dir+"/trainingdesk.db", 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bIndex).DeleteBucket(ixClassCounts); err != nil {
			return err
		}
		return tx.Bucket(bMeta).Put(mSchema, u64(6))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	s = openTest(t, dir)
	check("after the upgrade")
}
