package demo

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mozillazg/go-pinyin"

	"trainingdesk/roster"
	"trainingdesk/store"
)

// A seeded demo, with its search snapshot saved, holds none of its
// trainees' names, phones, addresses or identity numbers — nor the pinyin
// of their names — in clear in the database file.
func TestTheDemoDatabaseFileHoldsNoTraineeInClear(t *testing.T) {
	dir := t.TempDir()
	s, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := Seed(s, 60, time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if err := roster.SaveIndex(s); err != nil {
		t.Fatal(err)
	}
	all, err := s.AllTrainees()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	raw, err := os.ReadFile(filepath.Join(dir, store.DBFile))
	if err != nil {
		t.Fatal(err)
	}
	teachers := map[string]bool{}
	for _, d := range demoTeachers {
		teachers[d.name] = true // printed on timetables: in clear by design
	}
	checked := 0
	for _, tr := range all {
		p := tr.Person
		if teachers[p.Name] || len([]rune(p.Name)) < 3 {
			continue // a two-character name may be part of other words
		}
		spelled := strings.Join(pinyin.LazyConvert(p.Name, nil), "")
		for _, s := range []string{p.Name, p.Phone, p.Address, p.IDNumber, spelled} {
			if s == "" {
				t.Fatalf("demo trainee %s lacks a field: %+v", tr.ID, p)
			}
			if bytes.Contains(raw, []byte(s)) {
				t.Errorf("%q (trainee %s) is in clear in the database file", s, tr.ID)
			}
		}
		checked++
	}
	if checked < 20 {
		t.Fatalf("only %d demo trainees checked", checked)
	}
}
