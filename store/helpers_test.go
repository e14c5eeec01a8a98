package store

import (
	"fmt"
	"testing"
	"time"

	"trainingdesk/identity"
	"trainingdesk/training"
)

func openTest(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir, Options{Who: "测试员"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// idFor makes a valid 公民身份号码 for test person i.
func idFor(i int) string {
	id, err := identity.Complete(fmt.Sprintf("110105199%01d0101%03d", i/1000%10, i%1000))
	if err != nil {
		panic(err)
	}
	return id
}

func day(s string) time.Time {
	t, err := time.Parse(training.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func fileTestClass(t *testing.T, s *Store, code string) training.Class {
	t.Helper()
	c, err := s.FileClass(training.Class{Code: code, Name: "电工" + code + "班", Occupation: "电工", OccupationCode: "6-31-01-03",
		Level: 5, Type: "就业技能培训", Start: day("2026-03-02"), End: day("2026-03-27"), Hours: 80})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
