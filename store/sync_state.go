package store

import (
	"encoding/json"
	"fmt"
	"time"

	"trainingdesk/outcome"
	"trainingdesk/subsidy"
	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// mLastSync holds the time the bureau last confirmed a record (RFC 3339).
var mLastSync = []byte("last_sync_success")

// FixPlace is the part of the program where a refused record is corrected.
type FixPlace int

const (
	PlaceClasses    FixPlace = iota // 班级 (class details, timetable)
	PlaceRoster                     // 学员
	PlaceAttendance                 // 考勤
	PlaceCompletion                 // 结业/证书
	PlaceFollowUp                   // 跟踪
	PlaceClaims                     // 补贴
)

// QuarantineItem is a refused record as the clerk sees it: what it is, why
// the bureau refused it, and where to fix it.
type QuarantineItem struct {
	Quarantined
	Label   string   // e.g. 学员 张三（DEMO-2026-01）
	ClassID string   // the class to select before showing Place ("" if gone)
	Place   FixPlace // the screen that edits the record
	Hint    string   // Chinese: which field to fix and that it re-sends itself
}

// noteDelivered remembers when the bureau last confirmed records; Settle
// calls it in its transaction so the time and the counts never disagree.
func (t *tx) noteDelivered(n int) error {
	if n == 0 {
		return nil
	}
	return t.Bucket(bMeta).Put(mLastSync, []byte(t.now.UTC().Format(time.RFC3339Nano)))
}

// LastSyncSuccess is when the bureau last confirmed a record; ok is false
// before the first success.
func (s *Store) LastSyncSuccess() (at time.Time, ok bool, err error) {
	err = s.view(func(t *tx) error {
		raw := t.Bucket(bMeta).Get(mLastSync)
		if raw == nil {
			return nil
		}
		at, err = time.Parse(time.RFC3339Nano, string(raw))
		ok = err == nil
		return err
	})
	return at, ok, err
}

// Requeue puts a refused record back in line unchanged, for when the
// bureau's refusal was its own mistake. Editing the record does the same.
func (s *Store) Requeue(kind training.Kind, id string) error {
	return s.update(func(t *tx) error {
		ob := t.Bucket(bOutbox)
		key := t.Bucket(bOutboxBy).Get(byKey(kind, id))
		if key == nil {
			return ErrNotFound
		}
		key = append([]byte(nil), key...)
		var e outboxEntry
		if err := json.Unmarshal(ob.Get(key), &e); err != nil {
			return err
		}
		if e.State != stateQuarantined {
			return nil
		}
		old := e
		e.State, e.Attempts, e.RetryAt, e.Code, e.Field, e.Message = statePending, 0, time.Time{}, "", "", ""
		if err := t.putEntry(key, &old, e); err != nil {
			return err
		}
		return t.note("重新排队上传", string(kind), id, "")
	})
}

// QuarantineItems lists the refused records, oldest first, each named as
// the clerk knows it and with the place that fixes it.
func (s *Store) QuarantineItems() ([]QuarantineItem, error) {
	qs, err := s.QuarantinedRecords()
	if err != nil || len(qs) == 0 {
		return nil, err
	}
	out := make([]QuarantineItem, 0, len(qs))
	err = s.view(func(t *tx) error {
		for _, q := range qs {
			it := QuarantineItem{Quarantined: q, Hint: tdsync.Hint(q.Code, q.Field, q.Message)}
			it.Label, it.ClassID, it.Place = t.describe(q.Kind, q.ID)
			out = append(out, it)
		}
		return nil
	})
	return out, err
}

// describe names a record for the clerk without its identity number.
func (t *tx) describe(kind training.Kind, id string) (label, classID string, place FixPlace) {
	classCode := func(classID string) string {
		var c training.Class
		if ok, _ := t.get(training.KindClass, classID, &c); ok {
			return c.Code
		}
		return "班级已删除"
	}
	traineeName := func(id string) string {
		if tr, err := t.trainee(id); err == nil {
			return tr.Person.Name
		}
		return "（学员已删除）"
	}
	gone := fmt.Sprintf("已删除的%s（%s）", kind.Label(), id)
	switch kind {
	case training.KindClass:
		var c training.Class
		if ok, _ := t.get(kind, id, &c); ok {
			return fmt.Sprintf("班级 %s（%s）", c.Name, c.Code), c.ID, PlaceClasses
		}
		return gone, "", PlaceClasses
	case training.KindTrainee:
		if tr, err := t.trainee(id); err == nil {
			return fmt.Sprintf("学员 %s（%s）", tr.Person.Name, classCode(tr.ClassID)), tr.ClassID, PlaceRoster
		}
		return gone, "", PlaceRoster
	case training.KindLesson:
		var l training.Lesson
		if ok, _ := t.get(kind, id, &l); ok {
			return fmt.Sprintf("课程 第%d次课 %s（%s）", l.No, l.Date.Format(training.DateLayout), classCode(l.ClassID)), l.ClassID, PlaceClasses
		}
		return gone, "", PlaceClasses
	case training.KindAttendance:
		var m training.Mark
		if ok, _ := t.get(kind, id, &m); ok {
			var l training.Lesson
			_, _ = t.get(training.KindLesson, m.LessonID, &l)
			return fmt.Sprintf("考勤 %s 第%d次课（%s）", traineeName(m.TraineeID), l.No, classCode(m.ClassID)), m.ClassID, PlaceAttendance
		}
		return gone, "", PlaceAttendance
	case training.KindResult:
		var r training.Result
		if ok, _ := t.get(kind, id, &r); ok {
			return fmt.Sprintf("考核成绩 %s（%s）", traineeName(r.TraineeID), classCode(r.ClassID)), r.ClassID, PlaceCompletion
		}
		return gone, "", PlaceCompletion
	case training.KindCertificate:
		var c training.Certificate
		if ok, _ := t.get(kind, id, &c); ok {
			return fmt.Sprintf("证书 %s %s（%s）", c.Number, c.Name, classCode(c.ClassID)), c.ClassID, PlaceCompletion
		}
		return gone, "", PlaceCompletion
	case training.KindFollowUp:
		var f outcome.Entry
		if ok, _ := t.get(kind, id, &f); ok {
			return fmt.Sprintf("就业跟踪 %s %s（%s）", traineeName(f.TraineeID), f.Date.Format(training.DateLayout), classCode(f.ClassID)), f.ClassID, PlaceFollowUp
		}
		return gone, "", PlaceFollowUp
	case training.KindClaim:
		var c training.Claim
		if ok, _ := t.get(kind, id, &c); ok {
			return fmt.Sprintf("补贴申领 %s补贴 第%d批（%s）", subsidy.StageLabel(c.Stage), c.Batch, classCode(c.ClassID)), c.ClassID, PlaceClaims
		}
		return gone, "", PlaceClaims
	}
	return gone, "", PlaceClasses
}
