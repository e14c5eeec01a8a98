package store

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"trainingdesk/training"
)

// The records read in bulk are decoded with a faster library than the one
// that writes them: every field must come back as encoding/json reads it,
// rare characters, times with their zone and empty optionals included.
func TestBulkDecoderReadsWhatEncodingJSONReads(t *testing.T) {
	cst := time.FixedZone("CST", 8*3600)
	at := time.Date(2026, 11, 3, 9, 1, 2, 345000000, cst)
	day := time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC)
	records := []any{
		&training.Mark{ID: "l1.t1", ClassID: "c1", LessonID: "l1", TraineeID: "t1", Status: "出勤", SignIn: at,
			SignOut: at.Add(3 * time.Hour), Source: "scan", Reason: "补录：终端断电", Correction: true, Version: 7, UpdatedAt: at},
		&training.Mark{ID: "l1.t2", Status: "缺勤", Version: 1},
		&storedTrainee{Trainee: training.Trainee{ID: "t1", ClassID: "c1", Category: "农村转移就业劳动者",
			Person:    training.Person{Name: "王𮯰华", IDType: "居民身份证", Birth: day, Sex: "女", Phone: "13800138000"},
			Withdrawn: &training.Withdrawal{Date: day, Reason: "就业\n离班"}, Version: 2, UpdatedAt: at},
			Sealed: []byte{0, 1, 2, 0xff}, IDSealed: []byte("x")},
		&storedTrainee{Trainee: training.Trainee{ID: "t2"}},
		&training.Class{ID: "c1", Code: "DEMO-2026-01", Name: "电工（五级）\"夜班\"", Start: day, End: day.AddDate(0, 1, 0), Hours: 80.5},
	}
	for _, rec := range records {
		raw, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		want := reflect.New(reflect.TypeOf(rec).Elem()).Interface()
		got := reflect.New(reflect.TypeOf(rec).Elem()).Interface()
		if err := json.Unmarshal(raw, want); err != nil {
			t.Fatal(err)
		}
		if err := jsonUnmarshal(raw, got); err != nil {
			t.Fatalf("%T: %v", rec, err)
		}
		again, _ := json.Marshal(got)
		if !reflect.DeepEqual(got, want) && string(again) != string(raw) {
			t.Errorf("%T decoded as\n%s\nwant\n%s", rec, again, raw)
		}
	}
}
