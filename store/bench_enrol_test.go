package store

import (
	"fmt"
	"runtime"
	"testing"
	"time"

	"trainingdesk/identity"
	"trainingdesk/training"
)

// BenchmarkEnrolRoster enrols a whole roster in one transaction (what an
// import does). Time must grow linearly: 100k within 10× of 10k.
//
//	go test -tags ci -run ^$ -bench EnrolRoster -benchtime 1x ./store/
//
// Measured (2 shared cores, load 40): 10k 1.1 s CPU, 100k 11.2 s CPU (10.5×;
// wall 6.0 s / 63.6 s); before the index-order fix 100k took 226 s wall.
func BenchmarkEnrolRoster(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		cands := make([]Candidate, n)
		for i := range cands {
			birth := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/1000)
			id, _ := identity.Complete(fmt.Sprintf("110105%s%03d", birth.Format("20060102"), i%1000))
			cands[i] = Candidate{Row: i + 2, Person: training.Person{Name: "学员", IDNumber: id}}
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			cpu := 0.0
			for b.Loop() {
				b.StopTimer()
				s, err := Open(b.TempDir(), Options{})
				if err != nil {
					b.Fatal(err)
				}
				c := fileTestClassB(b, s)
				runtime.GC() // each size starts from a collected heap: no GC debt from the setup or the last size
				b.StartTimer()
				before := cpuSeconds()
				saved, rejected, _, err := s.EnrolTrainees(c.ID, cands)
				cpu += cpuSeconds() - before
				if err != nil || len(saved) != n {
					b.Fatalf("%d saved, %d rejected (%v), %v", len(saved), len(rejected), rejected[:min(2, len(rejected))], err)
				}
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
		})
	}
}

func fileTestClassB(b *testing.B, s *Store) training.Class {
	c, err := s.FileClass(training.Class{Code: "BIG", Name: "大班", Occupation: "电工", OccupationCode: "6-31-01-03",
		Level: 5, Type: "就业技能培训", Start: day("2026-03-02"), End: day("2026-03-27"), Hours: 80})
	if err != nil {
		b.Fatal(err)
	}
	return c
}
