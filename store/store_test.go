package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"trainingdesk/eligibility"
	"trainingdesk/errs"
	"trainingdesk/training"
)

func TestClassIsFiledListedAndCodeStaysUnique(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "DG01")
	if c.ID == "" || c.Version != 1 {
		t.Fatalf("filed class has id %q version %d", c.ID, c.Version)
	}
	_, err := s.FileClass(training.Class{Code: "DG01", Name: "x", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: day("2026-03-02"), End: day("2026-03-27"), Hours: 8})
	if !errs.Is(errs.Exists, err) || errs.FieldOf(err) != training.FieldClassCode {
		t.Fatalf("duplicate code: got %v, want an error on 班级编号", err)
	}
	_, err = s.FileClass(training.Class{Code: "DG02", Name: "x", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: day("2026-03-02"), End: day("2026-03-01"), Hours: 8})
	if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != training.FieldEnd {
		t.Fatalf("end before start: got %v", err)
	}
	list, _ := s.Classes()
	if len(list) != 1 || list[0].Code != "DG01" {
		t.Fatalf("classes = %+v", list)
	}
}

func TestEnrolmentRefusesBadIDAndDuplicatesAndWarnsOnOverlap(t *testing.T) {
	s := openTest(t, t.TempDir())
	a := fileTestClass(t, s, "A")
	b := fileTestClass(t, s, "B") // same dates: overlapping
	if _, _, err := s.EnrolTrainee(a.ID, training.Person{Name: "张三", IDNumber: "110105194912310021"}, ""); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != training.FieldIDNumber {
		t.Fatalf("bad check digit accepted: %v", err)
	}
	tr, _, err := s.EnrolTrainee(a.ID, training.Person{Name: "张三", IDNumber: "11010519491231002x"}, "")
	if err != nil {
		t.Fatal(err)
	}
	if tr.Person.IDNumber != "11010519491231002X" || tr.Person.Sex != "女" || tr.Person.Birth.Format(training.DateLayout) != "1949-12-31" {
		t.Fatalf("not normalized/derived: %+v", tr.Person)
	}
	if _, _, err := s.EnrolTrainee(a.ID, training.Person{Name: "张三", IDNumber: "11010519491231002X"}, ""); !errs.Is(errs.Exists, err) || errs.FieldOf(err) != training.FieldIDNumber {
		t.Fatalf("duplicate in class: %v", err)
	}
	_, warnings, err := s.EnrolTrainee(b.ID, training.Person{Name: "张三", IDNumber: "11010519491231002X"}, "")
	if err != nil || len(warnings) != 1 || !strings.Contains(warnings[0], "时间重叠") {
		t.Fatalf("overlap: err %v warnings %v", err, warnings)
	}
	list, _ := s.Trainees(a.ID)
	if len(list) != 1 {
		t.Fatalf("roster of A has %d", len(list))
	}
}

func TestDatabaseFileHoldsNoIdentityNumber(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := fileTestClass(t, s, "A")
	var ids []string
	for i := 0; i < 50; i++ {
		ids = append(ids, idFor(i))
		if _, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "学员", IDNumber: idFor(i)}, ""); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	raw, _ := os.ReadFile(filepath.Join(dir, DBFile))
	for _, id := range ids {
		// neither the whole number nor its distinctive middle part
		if bytes.Contains(raw, []byte(id)) || bytes.Contains(raw, []byte(id[6:14]+id[14:17])) {
			t.Fatalf("identity number %s found in clear in the database file", id)
		}
	}
	// and the data is still readable with the key
	s = openTest(t, dir)
	list, _ := s.Trainees(c.ID)
	if len(list) != 50 || list[7].Person.IDNumber != ids[7] {
		t.Fatalf("after reopening: %d trainees", len(list))
	}
}

func TestSecondInstanceGetsClearMessageInsteadOfHanging(t *testing.T) {
	dir := t.TempDir()
	openTest(t, dir)
	_, err := Open(dir, Options{Timeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "另一个") {
		t.Fatalf("second open: %v", err)
	}
}

func TestEveryChangeQueuesOneOutboxEntryPerRecord(t *testing.T) {
	s := openTest(t, t.TempDir())
	c := fileTestClass(t, s, "A")
	c.Name = "改名后的班"
	if _, err := s.UpdateClass(c); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "李四", IDNumber: idFor(1)}, ""); err != nil {
		t.Fatal(err)
	}
	n, _ := s.Counts()
	if n.Pending != 2 {
		t.Fatalf("pending = %d, want 2 (class once at its newest version, trainee)", n.Pending)
	}
	due, _ := s.Due(time.Now(), 10)
	if len(due) != 2 || due[0].Kind != training.KindClass || due[0].Version != 2 || due[1].Kind != training.KindTrainee {
		t.Fatalf("due = %+v", due)
	}
	if !strings.Contains(string(due[1].Data), idFor(1)) {
		t.Fatal("the bureau must receive the full identity number (inside TLS)")
	}
}

func TestMigrationRefusesNewerSchema(t *testing.T) {
	dir := t.TempDir()
	s, _ := Open(dir, Options{})
	_ = s.db.Update(func(tx *boltTx) error { return tx.Bucket(bMeta).Put(mSchema, u64(99)) })
	s.Close()
	if _, err := Open(dir, Options{}); err == nil || !strings.Contains(err.Error(), "更新版本") {
		t.Fatalf("newer schema opened: %v", err)
	}
}

func TestAFailingSubscriberDoesNotMakeACommittedChangeLookUnsaved(t *testing.T) {
	s := openTest(t, t.TempDir())
	s.OnChange(func() { panic("window already closed") })
	c, err := s.FileClass(training.Class{Code: "S1", Name: "x", Occupation: "电工", Level: 5, Type: "就业技能培训",
		Start: day("2026-03-02"), End: day("2026-03-27"), Hours: 8})
	if err != nil {
		t.Fatalf("filing reported %v although it committed", err)
	}
	if _, err := s.Class(c.ID); err != nil {
		t.Fatal(err)
	}
}

func TestAClassAssessedOnTheoryOnlyNeedsNoPracticeScore(t *testing.T) {
	s := openTest(t, t.TempDir())
	c, err := s.FileClass(training.Class{Code: "T1", Name: "创业班", Occupation: "创业", Level: 5, Type: "创业培训",
		Start: day("2026-03-02"), End: day("2026-03-27"), Hours: 8, Assessment: training.AssessTheory})
	if err != nil {
		t.Fatal(err)
	}
	tr, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "钱七", IDNumber: idFor(7)}, "")
	if err != nil {
		t.Fatal(err)
	}
	theory := 75.0
	r, err := s.SetResult(tr.ID, &theory, nil)
	if err != nil || !r.Passed() {
		t.Fatalf("theory-only class: %+v %v", r, err)
	}
	both := fileTestClass(t, s, "T2")
	tr2, _, _ := s.EnrolTrainee(both.ID, training.Person{Name: "孙八", IDNumber: idFor(8)}, "")
	if _, err := s.SetResult(tr2.ID, &theory, nil); eligibility.ErrorFor(err, eligibility.FieldPractice) == nil {
		t.Fatalf("a class on the institution's setting (both parts) accepted a missing practice score: %v", err)
	}
	if _, err := s.FileClass(training.Class{Code: "T3", Name: "x", Occupation: "x", Level: 5, Type: "创业培训",
		Start: day("2026-03-02"), End: day("2026-03-27"), Hours: 8, Assessment: "口试"}); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != training.FieldAssessment {
		t.Fatalf("unknown assessment mode: %v", err)
	}
}

func TestInstitutionCodeDefaultsToTheOrganisationCodeAndIsChecked(t *testing.T) {
	s := openTest(t, t.TempDir())
	inst, err := s.SaveInstitution(training.Institution{Name: "测试学校", USCC: "91350100M000100Y43"})
	if err != nil || inst.Code != "M000100Y4" {
		t.Fatalf("default code %q, %v", inst.Code, err)
	}
	inst.Code = "FZ01"
	if inst, err = s.SaveInstitution(inst); err != nil || inst.Code != "FZ01" {
		t.Fatalf("own code %q, %v", inst.Code, err)
	}
	inst.Code = "福州 01"
	if _, err := s.SaveInstitution(inst); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != training.FieldInstitutionCode {
		t.Fatalf("bad code: %v", err)
	}
}
