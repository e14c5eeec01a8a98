package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/training"
)

func TestTeachersRegisterEncryptsAndRefusesDuplicates(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	id := idFor(901)
	tc, err := s.SaveTeacher(training.Teacher{Name: "陈建国", IDNumber: id, Phone: "13812345678", Teaches: "practice",
		Qualifications: []training.Qualification{{Type: training.QualSkillLevel, Level: 2, Text: "电工", Number: "S2023001"}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SaveTeacher(training.Teacher{Name: "陈建国", IDNumber: id, Teaches: "theory"}); !errs.Is(errs.Exists, err) || errs.FieldOf(err) != training.FieldTeacherID {
		t.Fatalf("the same person twice must be refused on the ID field: %v", err)
	}
	if _, err := s.SaveTeacher(training.Teacher{Name: "黄丽", IDNumber: "110105199001010000", Teaches: "both"}); !errs.Is(errs.Invalid, err) {
		t.Fatalf("a bad ID number must be refused: %v", err)
	}
	got, err := s.Teacher(tc.ID)
	if err != nil || got.IDNumber != id || got.Phone != "13812345678" || got.BestSkillLevel() != 2 {
		t.Fatalf("read back %+v %v", got, err)
	}
	s.Close()
	raw, _ := os.ReadFile(filepath.Join(dir, DBFile))
	for _, secret := range []string{id, "13812345678"} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Errorf("%s is in clear in the database file", secret)
		}
	}
}

func TestClassTeachersComeFromTheRegisterAndReachTheBureauFirst(t *testing.T) {
	s := openTest(t, t.TempDir())
	theory, _ := s.SaveTeacher(training.Teacher{Name: "黄丽", IDNumber: idFor(902), Teaches: "theory"})
	practice, _ := s.SaveTeacher(training.Teacher{Name: "陈建国", IDNumber: idFor(903), Teaches: "practice",
		Qualifications: []training.Qualification{{Type: training.QualSkillLevel, Level: 4, Text: "电工"}}})
	c, err := s.FileClass(training.Class{Code: "TC1", Name: "电工班", OccupationCode: "6-31-01-03", Level: 5, Type: "就业技能培训",
		Start: day("2026-03-02"), End: day("2026-03-27"), Hours: 80, Teachers: []string{"黄丽", "陈建国", "外聘王老师"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.TeacherIDs) != 2 || c.TeacherIDs[0] != theory.ID || c.TeacherIDs[1] != practice.ID {
		t.Fatalf("registered names are linked, free text stays text: %v", c.TeacherIDs)
	}
	// The region wants 2 theory teachers and practice teachers of 三级 or higher.
	st, _ := s.Settings()
	st.TeacherRule = training.TeacherRule{MinTheory: 2, MinPractice: 1, MaxLevel: 3}
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	warns, err := s.ClassTeacherWarnings(c)
	if err != nil || len(warns) != 3 || !strings.Contains(strings.Join(warns, "|"), "陈建国") {
		t.Fatalf("warnings %q %v", warns, err)
	}
	// Teachers go before the class that names them.
	recs, err := s.Due(time.Now().Add(time.Hour), 100)
	if err != nil {
		t.Fatal(err)
	}
	pos := map[string]int{}
	for i, r := range recs {
		pos[string(r.Kind)+"/"+r.ID] = i
		if r.Kind == training.KindTeacher && !strings.Contains(string(r.Data), idFor(902)[:6]) && !strings.Contains(string(r.Data), idFor(903)[:6]) {
			t.Errorf("the bureau gets the teacher's full ID number: %s", r.Data)
		}
	}
	if pos["teacher/"+theory.ID] > pos["class/"+c.ID] || pos["teacher/"+practice.ID] > pos["class/"+c.ID] {
		t.Fatalf("a class went before its teachers: %v", pos)
	}
	hist, err := s.TeachingHistory(practice.ID)
	if err != nil || len(hist) != 1 || hist[0].Class.ID != c.ID {
		t.Fatalf("执教履历 = %+v %v", hist, err)
	}
}

func TestQualificationScansAreSealedKeptAcrossEditsAndAudited(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir)
	tc, err := s.SaveTeacher(training.Teacher{Name: "陈建国", IDNumber: idFor(904), Teaches: "practice",
		Qualifications: []training.Qualification{{Type: training.QualSkillLevel, Level: 2, Text: "电工"}, {Type: training.QualEducation, Text: "本科"}}})
	if err != nil {
		t.Fatal(err)
	}
	scan := []byte("%PDF-1.4 scanned-certificate-page-XYZZY")
	if _, err := s.AttachQualificationScan(tc.ID, 5, scan); !errs.Is(errs.Invalid, err) {
		t.Fatalf("a qualification that does not exist: %v", err)
	}
	if _, err := s.AttachQualificationScan(tc.ID, 0, scan); err != nil {
		t.Fatal(err)
	}
	// The form rewrites the list: an unchanged qualification keeps its scan.
	edited, _ := s.Teacher(tc.ID)
	edited.Qualifications = []training.Qualification{{Type: training.QualSkillLevel, Level: 2, Text: "电工"}}
	edited.Phone = "13800000000"
	if _, err := s.SaveTeacher(edited); err != nil {
		t.Fatal(err)
	}
	got, err := s.QualificationScan(tc.ID, 0)
	if err != nil || !bytes.Equal(got, scan) {
		t.Fatalf("scan after the edit: %q %v", got, err)
	}
	found, err := s.TeacherByIDNumber(idFor(904))
	if err != nil || found.ID != tc.ID {
		t.Fatalf("by ID number: %+v %v", found, err)
	}
	if n, err := s.VerifyAudit(); err != nil {
		t.Fatalf("audit after attaching and viewing a scan (%d entries): %v", n, err)
	}
	s.Close()
	raw, _ := os.ReadFile(filepath.Join(dir, DBFile))
	if bytes.Contains(raw, []byte("XYZZY")) {
		t.Error("the scan is in clear in the database file")
	}
}
