package store

import (
	"os"
	"path/filepath"
	"testing"

	"trainingdesk/training"
)

// BenchmarkSealPeople100k opens a schema-5 file of 100,000 trainees (only
// the number sealed, names, phones and addresses in clear): the one-time
// upgrade that re-seals them, audits each, and compacts the file.
//
//	go test -tags ci -run '^$' -bench SealPeople -benchtime 1x ./store/
func BenchmarkSealPeople100k(b *testing.B) {
	dir := b.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	c := benchBigClass(b, s, "OLD")
	for from := 0; from < 100_000; from += 5_000 {
		enrolBench(b, s, c.ID, from, 5_000)
	}
	var ids []string
	if err := s.view(func(t *tx) error {
		return t.each(training.KindTrainee, "", func(raw []byte) error {
			tr, err := t.decodeTrainee(raw)
			ids = append(ids, tr.ID)
			return err
		})
	}); err != nil {
		b.Fatal(err)
	}
	for len(ids) > 0 { // back to what schema 5 wrote, in parts
		part := ids[:min(5_000, len(ids))]
		ids = ids[len(part):]
		if err := s.update(func(t *tx) error {
			for _, id := range part {
				tr, err := t.trainee(id)
				if err != nil {
					return err
				}
				lt := legacyTrainee{Trainee: tr, IDSealed: t.s.k.seal([]byte(tr.Person.IDNumber), tr.ID)}
				lt.Person.IDNumber = ""
				if err := t.put("学员报名", training.KindTrainee, tr.ID, tr.Version, lt); err != nil {
					return err
				}
			}
			return t.Bucket(bMeta).Put(mSchema, u64(5))
		}); err != nil {
			b.Fatal(err)
		}
	}
	s.Close()
	old, err := os.ReadFile(filepath.Join(dir, DBFile))
	if err != nil {
		b.Fatal(err)
	}
	key, _ := os.ReadFile(filepath.Join(dir, KeyFile))
	cpu := 0.0
	for b.Loop() {
		b.StopTimer()
		d := b.TempDir()
		os.WriteFile(filepath.Join(d, DBFile), old, 0o600)
		os.WriteFile(filepath.Join(d, KeyFile), key, 0o600)
		b.StartTimer()
		before := cpuSeconds()
		s, err := Open(d, Options{})
		if err != nil {
			b.Fatal(err)
		}
		cpu += cpuSeconds() - before
		b.StopTimer()
		if !s.resealed {
			b.Fatal("nothing was re-sealed")
		}
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(len(old))/1e6, "MB-before")
}
