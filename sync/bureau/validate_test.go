package bureau_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

var day = time.Date(2025, 3, 1, 0, 0, 0, 0, time.Local)

func rec(kind training.Kind, id string, version int, data any) tdsync.BatchRecord {
	js, _ := json.Marshal(data)
	return tdsync.BatchRecord{Kind: kind, ID: id, Version: version, Op: tdsync.OpUpsert, Data: js}
}

func class(id string, edit func(*training.Class)) tdsync.BatchRecord {
	c := training.Class{ID: id, Code: "KB1", Name: "中式烹调师五级班", Occupation: "中式烹调师", Level: 5,
		Start: day, End: day.AddDate(0, 1, 0), Hours: 80, Version: 1}
	if edit != nil {
		edit(&c)
	}
	return rec(training.KindClass, id, 1, c)
}

func trainee(id, classID, idNo string) tdsync.BatchRecord {
	return rec(training.KindTrainee, id, 1, training.Trainee{ID: id, ClassID: classID,
		Person: training.Person{Name: "张三", IDNumber: idNo}})
}

func lesson(id, classID string) tdsync.BatchRecord {
	return rec(training.KindLesson, id, 1, training.Lesson{ID: id, ClassID: classID, Date: day, Start: "08:30", End: "11:30", Hours: 3})
}

func mark(lessonID, traineeID, status string) tdsync.BatchRecord {
	id := training.MarkID(lessonID, traineeID)
	return rec(training.KindAttendance, id, 1, training.Mark{ID: id, LessonID: lessonID, TraineeID: traineeID, Status: status})
}

func cert(number, traineeID string) tdsync.BatchRecord {
	return rec(training.KindCertificate, number, 1, training.Certificate{ID: number, Number: number, TraineeID: traineeID})
}

// A valid number (check character computed by MOD 11-2) and one off by its check character.
const (
	goodID = "11010519491231002X"
	badID  = "110105194912310021"
)

func TestBureauValidatesLikeAProvince(t *testing.T) {
	type want struct{ status, code, field string }
	ok := want{status: tdsync.StatusAccepted}
	cases := []struct {
		name string
		recs []tdsync.BatchRecord
		want []want
	}{
		{"class with every required field", []tdsync.BatchRecord{class("c1", nil)}, []want{ok}},
		{"class without code", []tdsync.BatchRecord{class("c1", func(c *training.Class) { c.Code = "" })},
			[]want{{tdsync.StatusRejected, tdsync.CodeMissingField, "code"}}},
		{"class level 6", []tdsync.BatchRecord{class("c1", func(c *training.Class) { c.Level = 6 })},
			[]want{{tdsync.StatusRejected, tdsync.CodeInvalidValue, "level"}}},
		{"class without hours", []tdsync.BatchRecord{class("c1", func(c *training.Class) { c.Hours = 0 })},
			[]want{{tdsync.StatusRejected, tdsync.CodeInvalidValue, "hours"}}},
		{"class ending before it starts", []tdsync.BatchRecord{class("c1", func(c *training.Class) { c.End = day.AddDate(0, 0, -1) })},
			[]want{{tdsync.StatusRejected, tdsync.CodeInvalidValue, "end"}}},
		{"trainee after its class in the same batch", []tdsync.BatchRecord{class("c1", nil), trainee("t1", "c1", goodID)},
			[]want{ok, ok}},
		{"trainee with a wrong check character", []tdsync.BatchRecord{class("c1", nil), trainee("t1", "c1", badID)},
			[]want{ok, {tdsync.StatusRejected, tdsync.CodeInvalidID, "person.id_number"}}},
		{"trainee with a 15-digit number", []tdsync.BatchRecord{class("c1", nil), trainee("t1", "c1", "110105491231002")},
			[]want{ok, {tdsync.StatusRejected, tdsync.CodeInvalidID, "person.id_number"}}},
		{"trainee before its class", []tdsync.BatchRecord{trainee("t1", "c1", goodID), class("c1", nil)},
			[]want{{tdsync.StatusRejected, tdsync.CodeMissingParent, "class_id"}, ok}},
		{"attendance whose trainee is not on file", []tdsync.BatchRecord{class("c1", nil), lesson("l1", "c1"), mark("l1", "t9", training.Present)},
			[]want{ok, ok, {tdsync.StatusRejected, tdsync.CodeMissingParent, "trainee_id"}}},
		{"attendance with an unknown status", []tdsync.BatchRecord{class("c1", nil), lesson("l1", "c1"), trainee("t1", "c1", goodID), mark("l1", "t1", "sleeping")},
			[]want{ok, ok, ok, {tdsync.StatusRejected, tdsync.CodeInvalidValue, "status"}}},
		{"certificate without number", []tdsync.BatchRecord{class("c1", nil), trainee("t1", "c1", goodID),
			rec(training.KindCertificate, "z1", 1, training.Certificate{ID: "z1", TraineeID: "t1"})},
			[]want{ok, ok, {tdsync.StatusRejected, tdsync.CodeMissingField, "number"}}},
		{"skill certificate on a failed result", []tdsync.BatchRecord{class("c1", nil), trainee("t1", "c1", goodID),
			rec(training.KindResult, "t1", 1, training.Result{ID: "t1", TraineeID: "t1", Attempts: []training.Attempt{{Passed: false}},
				SkillCert: &training.SkillCertificate{Number: "S2026350100000123", Level: 4, Issued: day, Issuer: "福州市职业技能鉴定中心"}})},
			[]want{ok, ok, {tdsync.StatusRejected, tdsync.CodeInvalidValue, "skill_cert"}}},
		{"skill certificate on a passed result", []tdsync.BatchRecord{class("c1", nil), trainee("t1", "c1", goodID),
			rec(training.KindResult, "t1", 1, training.Result{ID: "t1", TraineeID: "t1", Attempts: []training.Attempt{{Passed: true}},
				SkillCert: &training.SkillCertificate{Number: "S2026350100000123", Level: 4, Issued: day, Issuer: "福州市职业技能鉴定中心"}})},
			[]want{ok, ok, ok}},
		{"certificate of an unknown trainee", []tdsync.BatchRecord{cert("ZS-9", "t9")},
			[]want{{tdsync.StatusRejected, tdsync.CodeMissingParent, "trainee_id"}}},
		{"data whose id differs from the record's", []tdsync.BatchRecord{rec(training.KindClass, "c2", 1, map[string]any{"id": "c3"})},
			[]want{{tdsync.StatusRejected, tdsync.CodeBadData, "id"}}},
		{"unknown kind", []tdsync.BatchRecord{rec("invoice", "i1", 1, map[string]string{})},
			[]want{{tdsync.StatusRejected, tdsync.CodeUnknownKind, "kind"}}},
		{"unknown op", []tdsync.BatchRecord{{Kind: training.KindClass, ID: "c1", Version: 1, Op: "merge"}},
			[]want{{tdsync.StatusRejected, tdsync.CodeBadOp, "op"}}},
		{"data that is not the kind's JSON", []tdsync.BatchRecord{{Kind: training.KindClass, ID: "c1", Version: 1, Op: tdsync.OpUpsert, Data: json.RawMessage(`{"level":"five"}`)}},
			[]want{{tdsync.StatusRejected, tdsync.CodeBadData, "level"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, ts := newServer(t, bureau.Options{})
			got := send(t, ts.URL, c.recs...)
			for i, w := range c.want {
				g := got[i]
				if g.Status != w.status || g.Code != w.code || g.Field != w.field {
					t.Errorf("record %d: %s %s %s (%s), want %s %s %s", i, g.Status, g.Code, g.Field, g.Message, w.status, w.code, w.field)
				}
				if g.Status == tdsync.StatusRejected && g.Message == "" {
					t.Errorf("record %d: rejected without a message", i)
				}
			}
		})
	}
}

func TestVersionsDuplicatesAndReceipts(t *testing.T) {
	srv, ts := newServer(t, bureau.Options{})
	first := send(t, ts.URL, class("c1", nil), trainee("t1", "c1", goodID), cert("ZS-1", "t1"))
	filing, certReg := first[0].RegNo, first[2].RegNo
	if !strings.HasPrefix(filing, "BA") || !strings.HasPrefix(certReg, "ZS") || first[1].RegNo != "" {
		t.Fatalf("receipts %q %q %q: want a filing number for the class and a registration number for the certificate only",
			filing, first[1].RegNo, certReg)
	}

	again := send(t, ts.URL, class("c1", nil))
	if again[0].Status != tdsync.StatusDuplicate || again[0].RegNo != filing {
		t.Errorf("same version again: %+v, want duplicate carrying filing number %s", again[0], filing)
	}
	v2 := class("c1", func(c *training.Class) { c.Name = "改名后的班级" })
	v2.Version = 2
	if r := send(t, ts.URL, v2)[0]; r.Status != tdsync.StatusAccepted || r.RegNo != filing {
		t.Errorf("version 2: %+v, want accepted with the same filing number", r)
	}
	if r := send(t, ts.URL, class("c1", nil))[0]; r.Status != tdsync.StatusDuplicate {
		t.Errorf("version 1 after version 2: %+v, want duplicate (superseded)", r)
	}
	stored, ok, err := srv.Record(training.KindClass, "c1")
	if err != nil || !ok || stored.Version != 2 {
		t.Errorf("stored %+v %v %v, want version 2", stored, ok, err)
	}

	del := tdsync.BatchRecord{Kind: training.KindCertificate, ID: "ZS-1", Version: 2, Op: tdsync.OpDelete}
	if r := send(t, ts.URL, del)[0]; r.Status != tdsync.StatusAccepted {
		t.Errorf("delete: %+v", r)
	}
	st, err := srv.Stats()
	if err != nil {
		t.Fatal(err)
	}
	want := bureau.Stats{Records: map[string]int{"teacher": 0, "class": 1, "trainee": 1, "lesson": 0, "attendance": 0, "result": 0, "certificate": 0, "claim": 0},
		Deliveries: 7, DuplicateDeliveries: 2}
	if !equalStats(st, want) {
		t.Errorf("stats %+v, want %+v", st, want)
	}
}

// equalStats compares counts; a kind b does not name must count 0 in a
// (kinds are added by later features).
func equalStats(a, b bureau.Stats) bool {
	if a.Deliveries != b.Deliveries || a.DuplicateDeliveries != b.DuplicateDeliveries {
		return false
	}
	for k, v := range a.Records {
		if b.Records[k] != v {
			return false
		}
	}
	for k, v := range b.Records {
		if a.Records[k] != v {
			return false
		}
	}
	return true
}

// Same id and version with the same content is a resend (duplicate); with
// other content it is a conflict naming the version held, and nothing of it
// is stored.
func TestSameVersionOtherContentIsAConflict(t *testing.T) {
	srv, ts := newServer(t, bureau.Options{})
	send(t, ts.URL, class("c1", nil))
	v2 := class("c1", func(c *training.Class) { c.Name = "第二版" })
	v2.Version = 2
	send(t, ts.URL, v2)

	for _, c := range []struct {
		name string
		rec  tdsync.BatchRecord
		want string
	}{
		{"version 2 again, same content", v2, tdsync.StatusDuplicate},
		{"version 1 again, same content", class("c1", nil), tdsync.StatusDuplicate},
		{"version 2, other content", func() tdsync.BatchRecord {
			r := class("c1", func(c *training.Class) { c.Name = "恢复备份后改的名" })
			r.Version = 2
			return r
		}(), tdsync.StatusConflict},
		{"version 1, other content", class("c1", func(c *training.Class) { c.Hours = 90 }), tdsync.StatusConflict},
	} {
		got := send(t, ts.URL, c.rec)[0]
		if got.Status != c.want {
			t.Errorf("%s: %+v, want %s", c.name, got, c.want)
		}
		if c.want == tdsync.StatusConflict && (got.HeldVersion != 2 || got.Message == "") {
			t.Errorf("%s: %+v, want held_version 2 and a message", c.name, got)
		}
	}
	stored, _, _ := srv.Record(training.KindClass, "c1")
	var held training.Class
	_ = json.Unmarshal(stored.Data, &held)
	if stored.Version != 2 || held.Name != "第二版" {
		t.Errorf("stored version %d %q: a conflict must change nothing", stored.Version, held.Name)
	}
	v3 := class("c1", func(c *training.Class) { c.Name = "恢复备份后改的名" })
	v3.Version = 3
	if r := send(t, ts.URL, v3)[0]; r.Status != tdsync.StatusAccepted {
		t.Errorf("the resend above the held version: %+v, want accepted", r)
	}
}
