package training

import (
	"math"
	"testing"
	"time"

	"trainingdesk/errs"
)

func TestLessonCheckNamesTheFieldAndKeepsTimesAsHHMM(t *testing.T) {
	d := func(s string) time.Time { x, _ := time.Parse(DateLayout, s); return x }
	class := Class{Start: d("2026-03-02"), End: d("2026-03-27")}
	ok := Lesson{Date: d("2026-03-02"), Start: " 9：00", End: "12:00", Hours: 4, Topic: "安全用电"}
	if err := ok.CheckIn(class); err != nil || ok.Start != "09:00" || ok.End != "12:00" {
		t.Fatalf("a good lesson: %+v, %v", ok, err)
	}
	for _, c := range []struct {
		name  string
		edit  func(*Lesson)
		field errs.Field
	}{
		{"no date", func(l *Lesson) { l.Date = time.Time{} }, FieldLessonDate},
		{"after the class", func(l *Lesson) { l.Date = d("2026-03-28") }, FieldLessonDate},
		{"start 9点", func(l *Lesson) { l.Start = "9点" }, FieldLessonStart},
		{"end 24:00", func(l *Lesson) { l.End = "24:00" }, FieldLessonEnd},
		{"end before start", func(l *Lesson) { l.End = "08:59" }, FieldLessonEnd},
		{"no hours", func(l *Lesson) { l.Hours = math.NaN() }, FieldHours},
		{"25 hours", func(l *Lesson) { l.Hours = 25 }, FieldHours},
		{"no topic", func(l *Lesson) { l.Topic = " " }, FieldTopic},
	} {
		l := Lesson{Date: d("2026-03-02"), Start: "09:00", End: "12:00", Hours: 4, Topic: "安全用电"}
		c.edit(&l)
		if err := l.CheckIn(class); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != c.field {
			t.Errorf("%s: %v, want an error on %s", c.name, err, c.field.Label())
		}
	}
}
