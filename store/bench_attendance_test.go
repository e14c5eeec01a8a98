package store

import (
	"testing"

	"trainingdesk/training"
)

// benchClass files a class of 60 trainees and 40 lessons; with marked set
// every lesson is fully marked, as a finished class is.
func benchClass(b *testing.B, s *Store, marked bool) (training.Class, []training.Trainee, []training.Lesson) {
	b.Helper()
	c, err := s.FileClass(training.Class{Code: "BENCH", Name: "基准班", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: day("2026-03-02"), End: day("2026-06-30"), Hours: 160})
	if err != nil {
		b.Fatal(err)
	}
	cands := make([]Candidate, 60)
	for i := range cands {
		cands[i] = Candidate{Row: i + 2, Person: training.Person{Name: "学员", IDNumber: idFor(i + 1)}}
	}
	roster, rejected, _, err := s.EnrolTrainees(c.ID, cands)
	if err != nil || len(rejected) > 0 {
		b.Fatal(err, rejected)
	}
	var ls []training.Lesson
	for d := day("2026-03-02"); len(ls) < 40; d = d.AddDate(0, 0, 1) {
		ls = append(ls, training.Lesson{Date: d, Start: "09:00", End: "12:00", Hours: 4, Topic: "实操训练"})
	}
	if ls, err = s.AddLessons(c.ID, ls); err != nil {
		b.Fatal(err)
	}
	if marked {
		statuses := training.Statuses
		for i, l := range ls {
			in := make([]MarkInput, len(roster))
			for j, tr := range roster {
				in[j] = MarkInput{TraineeID: tr.ID, Status: statuses[(i+j)%len(statuses)], Source: "terminal"}
			}
			if err := s.MarkLesson(l.ID, in, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
	return c, roster, ls
}

// BenchmarkMarkLesson: changing one trainee's status at one lesson, saved
// to disk (target ≤ 10 ms).
func BenchmarkMarkLesson(b *testing.B) {
	s, err := Open(b.TempDir(), Options{Who: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	_, roster, ls := benchClass(b, s, true)
	statuses := []string{training.Late, training.Present}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		in := []MarkInput{{TraineeID: roster[i%len(roster)].ID, Status: statuses[i%2]}}
		if err := s.MarkLesson(ls[i%len(ls)].ID, in, "基准测试更正"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClassReport: the whole 60×40 report, fully marked (target ≤ 50 ms).
func BenchmarkClassReport(b *testing.B) {
	s, err := Open(b.TempDir(), Options{Who: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	c, _, _ := benchClass(b, s, true)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rep, err := s.ClassReport(c.ID)
		if err != nil || len(rep.Trainees) != 60 || len(rep.Trainees[0].Summary.Marks) != 40 {
			b.Fatal(err)
		}
	}
}
