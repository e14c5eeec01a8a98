package store

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"trainingdesk/training"
)

// Records are read with a faster library (goccy/go-json) than the one that
// writes them: every field of every record type must come back as
// encoding/json reads it — rare characters, quotes and new lines, times with
// their zone, pointers, lists and maps filled, and the same types empty.
func TestBulkDecoderReadsWhatEncodingJSONReads(t *testing.T) {
	records := []any{
		&training.Class{}, &training.Trainee{}, &training.Lesson{}, &training.Mark{}, &training.Result{},
		&training.Certificate{}, &training.Claim{}, &training.Teacher{}, &training.Institution{},
		&storedTrainee{}, &outboxEntry{}, &AuditEntry{},
	}
	for _, rec := range records {
		for _, full := range []bool{true, false} {
			v := reflect.New(reflect.TypeOf(rec).Elem())
			if full {
				fillAll(v.Elem(), 0)
			}
			raw, err := json.Marshal(v.Interface())
			if err != nil {
				t.Fatal(err)
			}
			want := reflect.New(v.Type().Elem()).Interface()
			got := reflect.New(v.Type().Elem()).Interface()
			if err := json.Unmarshal(raw, want); err != nil {
				t.Fatal(err)
			}
			if err := jsonUnmarshal(raw, got); err != nil {
				t.Fatalf("%T: %v", rec, err)
			}
			a, _ := json.Marshal(got)
			b, _ := json.Marshal(want)
			if string(a) != string(b) {
				t.Errorf("%T decoded as\n%s\nwant\n%s", rec, a, b)
			}
		}
	}
}

// fillAll gives every field of v a value that is not its zero.
func fillAll(v reflect.Value, depth int) {
	cst := time.FixedZone("CST", 8*3600)
	switch v.Kind() {
	case reflect.String:
		v.SetString("王𮯰华 \"引号\"\n第二行·" + v.Type().Name())
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(123456 + int64(depth))
	case reflect.Uint, reflect.Uint64, reflect.Uint32, reflect.Uint8:
		v.SetUint(7)
	case reflect.Float64, reflect.Float32:
		v.SetFloat(80.5)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		if depth < 4 {
			v.Set(reflect.New(v.Type().Elem()))
			fillAll(v.Elem(), depth+1)
		}
	case reflect.Slice:
		if depth < 4 {
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := range 2 {
				fillAll(v.Index(i), depth+1)
			}
		}
	case reflect.Map:
		if depth < 4 {
			v.Set(reflect.MakeMap(v.Type()))
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			fillAll(k, depth+1)
			fillAll(e, depth+1)
			v.SetMapIndex(k, e)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(time.Date(2026, 11, 3, 9, 1, 2, 345000000, cst)))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillAll(v.Field(i), depth+1)
			}
		}
	}
}
