package store

import (
	"fmt"
	"testing"
	"time"

	"trainingdesk/identity"
	"trainingdesk/training"
)

// BenchmarkReadTrainees reads what the faces read most: one class's roster
// (60 and 2,000 trainees) and every trainee of a 100,000-trainee database
// (the GUI's start-up reads them for the search index when its snapshot is
// stale). Decrypting the sealed person must keep these close to plain reads.
//
//	go test -tags ci -run ^$ -bench ReadTrainees -benchtime 20x ./store/
func BenchmarkReadTrainees(b *testing.B) {
	s, err := Open(b.TempDir(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	small, big := fileTestClassB(b, s), benchBigClass(b, s, "BIG2")
	enrolBench(b, s, small.ID, 0, 60)
	enrolBench(b, s, big.ID, 60, 2_000)
	rest := benchBigClass(b, s, "REST")
	for from := 2_060; from < 100_000; from += 5_000 { // in parts: the setup is not what is measured
		enrolBench(b, s, rest.ID, from, min(5_000, 100_000-from))
	}
	for _, c := range []struct {
		name string
		id   string
		n    int
	}{{"roster60", small.ID, 60}, {"roster2000", big.ID, 2_000}} {
		b.Run(c.name, func(b *testing.B) {
			cpu := cpuSeconds()
			for b.Loop() {
				if list, err := s.Trainees(c.id); err != nil || len(list) != c.n {
					b.Fatal(len(list), err)
				}
			}
			b.ReportMetric((cpuSeconds()-cpu)*1e3/float64(b.N), "cpu-ms/op")
		})
	}
	b.Run("all100k", func(b *testing.B) {
		cpu := cpuSeconds()
		for b.Loop() {
			if list, err := s.AllTrainees(); err != nil || len(list) != 100_000 {
				b.Fatal(len(list), err)
			}
		}
		b.ReportMetric((cpuSeconds()-cpu)*1e3/float64(b.N), "cpu-ms/op")
	})
}

func benchBigClass(b *testing.B, s *Store, code string) training.Class {
	c, err := s.FileClass(training.Class{Code: code, Name: "大班", Occupation: "电工", OccupationCode: "6-31-01-03",
		Level: 5, Type: "就业技能培训", Start: day("2026-03-02"), End: day("2026-03-27"), Hours: 80})
	if err != nil {
		b.Fatal(err)
	}
	return c
}

func enrolBench(b *testing.B, s *Store, classID string, from, n int) {
	cands := make([]Candidate, n)
	for i := range cands {
		k := from + i
		birth := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, k/1000)
		id, _ := identity.Complete(fmt.Sprintf("110105%s%03d", birth.Format("20060102"), k%1000))
		cands[i] = Candidate{Row: i + 2, Person: training.Person{Name: "欧阳娜娜", IDNumber: id,
			Phone: fmt.Sprintf("139%08d", k), Address: fmt.Sprintf("福建省福州市鼓楼区五四路 %d 号", k)}}
	}
	if _, rejected, _, err := s.EnrolTrainees(classID, cands); err != nil || len(rejected) > 0 {
		b.Fatal(err, rejected[:min(2, len(rejected))])
	}
}
