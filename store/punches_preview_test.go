package store

import (
	"reflect"
	"strings"
	"testing"

	"trainingdesk/training"
)

// The attendance-log preview is ImportPunches on the DryRun face: the same
// report as the import that follows — matched, saved, kept, every kind of
// unmatched line — and nothing saved before the clerk confirms.
func TestAttendanceLogPreviewEqualsTheImport(t *testing.T) {
	s := openTest(t, t.TempDir())
	c, roster, lessons := punchClass(t, s)
	if err := s.MarkLesson(lessons[0].ID, []MarkInput{{TraineeID: roster[0].ID, Status: training.Excused}}, "病假条已交"); err != nil {
		t.Fatal(err)
	}
	a, b := idFor(1), idFor(2)
	csv := strings.Join([]string{
		"证件号码,打卡时间",
		a + ",2026-03-02 09:05:00", // kept: 请假
		b + ",2026-03-02 09:20:00", // late
		b + ",2026-03-02 12:00:00",
		b + ",2026-03-02 18:00:00",               // outside every lesson
		"110105199001011234,2026-03-02 09:00:00", // not on the roster
		a + ",昨天早上",                              // unreadable time
		a,                                        // no time at all
		b + ",2099-03-03 08:55:00",               // in the future
	}, "\n")
	before, _ := s.VerifyAudit()
	preview, err := s.DryRun().ImportPunches(c.ID, strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := s.VerifyAudit(); n != before {
		t.Fatalf("the preview wrote %d audit entries", n-before)
	}
	if lm, _ := s.LessonMarks(lessons[0].ID); lm[roster[1].ID].Status != "" {
		t.Fatalf("the preview saved a mark: %+v", lm[roster[1].ID])
	}
	done, err := s.ImportPunches(c.ID, strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(preview, done) {
		t.Fatalf("preview and import differ:\npreview %+v\nimport  %+v", preview, done)
	}
	if done.Saved == 0 || len(done.Kept) != 1 || len(done.Unmatched) < 4 {
		t.Fatalf("the log did not exercise the import: %+v", done)
	}
}
