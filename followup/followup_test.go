package followup

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"trainingdesk/identity"
	"trainingdesk/outcome"
	"trainingdesk/store"
	"trainingdesk/training"
)

func day(s string) time.Time {
	t, err := time.Parse(training.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func idFor(t *testing.T, i int) string {
	id, err := identity.Complete(fmt.Sprintf("11010519900101%03d", i))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// finishedClass: F1 ended 2026-03-20 with 6 trainees; the 6th withdrew.
func finishedClass(t *testing.T) (*store.Store, training.Class, []training.Trainee) {
	t.Helper()
	s, err := store.Open(t.TempDir(), store.Options{Who: "测试员", Now: func() time.Time { return day("2026-07-01") }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	c, err := s.FileClass(training.Class{Code: "F1", Name: "电工班", Occupation: "电工", OccupationCode: "6-31-01-03", Level: 5,
		Type: "就业技能培训", Start: day("2026-03-01"), End: day("2026-03-20"), Hours: 40})
	if err != nil {
		t.Fatal(err)
	}
	var trs []training.Trainee
	for i := range 6 {
		tr, _, err := s.EnrolTrainee(c.ID, training.Person{Name: fmt.Sprintf("学员%c", '甲'+rune(i)), IDNumber: idFor(t, i+1), Phone: "13812345678"}, "")
		if err != nil {
			t.Fatal(err)
		}
		trs = append(trs, tr)
	}
	if _, err := s.WithdrawTrainee(trs[5].ID, training.Withdrawal{Date: day("2026-03-05"), Reason: "生病"}); err != nil {
		t.Fatal(err)
	}
	return s, c, trs
}

// filled exports the due list of F1 and fills its rows the way a clerk
// would, with one mistake of every kind.
func filled(t *testing.T, s *store.Store, c training.Class, trs []training.Trainee, other string) []byte {
	t.Helper()
	all, err := s.FollowUpsDue(day("2026-06-18"))
	if err != nil {
		t.Fatal(err)
	}
	calls := OfClass(all, c.ID)
	if len(calls) != 5 {
		t.Fatalf("due: %d calls, want 5 (the withdrawn trainee is not called)", len(calls))
	}
	var buf bytes.Buffer
	if err := WriteTemplate(&buf, calls, 6); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	row := map[string]int{}
	for i, call := range calls {
		row[call.Trainee.ID] = i + 2
	}
	set := func(r int, column, v string) {
		if err := f.SetCellStr(sheetName, cellOf(column, r), v); err != nil {
			t.Fatal(err)
		}
	}
	answer := func(r int, cells map[string]string) {
		for k, v := range cells {
			set(r, k, v)
		}
	}
	answer(row[trs[0].ID], map[string]string{colDate: "2026-06-18", colStatus: "就业", colEmployer: "榕城电器", colEmpUSCC: "91350100M000100Y43",
		colEvidence: "劳动合同、社保缴费记录", colRef: "HT-1", colWage: "4,800"}) // fine
	answer(row[trs[1].ID], map[string]string{colDate: "2026/6/18", colStatus: "灵活就业", colEvidence: "灵活就业登记"}) // fine
	answer(row[trs[2].ID], map[string]string{colDate: "2026-06-18", colStatus: "跳槽"})                         // unknown status
	answer(row[trs[3].ID], map[string]string{colDate: "2026-03-10", colStatus: "未就业"})                        // before the class end
	answer(row[trs[4].ID], map[string]string{colDate: "2026-06-18", colStatus: "就业", colEmployer: "某厂", colEmpUSCC: "91350100M000100Y44"})
	extra := len(calls) + 2
	answer(extra, map[string]string{colTraineeID: trs[5].ID, colDate: "2026-06-18", colStatus: "未就业"})                       // withdrawn
	answer(extra+1, map[string]string{colTraineeID: other, colDate: "2026-06-18", colStatus: "未就业"})                         // another class
	answer(extra+2, map[string]string{colTraineeID: trs[0].ID, colDate: "2026-06-18", colStatus: "就业", colEmployer: "榕城电器"}) // same contact twice
	answer(extra+3, map[string]string{colTraineeID: trs[1].ID, colDate: "六月", colStatus: "未就业"})                             // bad date
	answer(extra+4, map[string]string{colTraineeID: trs[2].ID, colDate: "2026-06-19", colStatus: "就业"})                      // no employer
	answer(extra+5, map[string]string{colTraineeID: trs[3].ID, colDate: "2026-06-19", colStatus: "自主创业", colBizName: "甲小吃店",
		colBizUSCC: "91350100M000100Y43", colRegistered: "2026-05-01", colEmployees: "2", colOperating: "是", colEvidence: "营业执照"}) // fine
	var out bytes.Buffer
	if err := f.Write(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestPreviewEqualsImportRowForRow(t *testing.T) {
	s, c, trs := finishedClass(t)
	other, err := s.FileClass(training.Class{Code: "F2", Name: "焊工班", Occupation: "焊工", OccupationCode: "6-18-02-04", Level: 5,
		Type: "就业技能培训", Start: day("2026-03-01"), End: day("2026-03-20"), Hours: 40})
	if err != nil {
		t.Fatal(err)
	}
	stranger, _, err := s.EnrolTrainee(other.ID, training.Person{Name: "外班", IDNumber: idFor(t, 50)}, "")
	if err != nil {
		t.Fatal(err)
	}
	data := filled(t, s, c, trs, stranger.ID)
	sh, err := Read(context.Background(), bytes.NewReader(data), "跟踪.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	auditBefore, _ := s.VerifyAudit()
	preview, err := Preview(s, c.ID, sh)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := s.VerifyAudit(); n != auditBefore {
		t.Fatal("the preview wrote to the audit log")
	}
	if fu, _ := s.ClassFollowUps(c.ID); len(fu[trs[0].ID]) != 0 {
		t.Fatal("the preview saved an entry")
	}
	wantBad := map[int]string{4: colStatus, 5: colDate, 6: colEmpUSCC, 7: "学员", 8: "学员", 9: colDate, 10: colDate, 11: colEmployer}
	if preview.Rows != 11 || preview.Valid != 3 || len(preview.Errors) != len(wantBad) {
		t.Fatalf("preview: %+v", preview)
	}
	for _, e := range preview.Errors {
		if wantBad[e.Row] != e.Column || e.Message == "" {
			t.Errorf("row %d: column %q (%s), want %q", e.Row, e.Column, e.Message, wantBad[e.Row])
		}
	}
	real, err := Save(s, c.ID, sh)
	if err != nil {
		t.Fatal(err)
	}
	if real.Imported != preview.Valid {
		t.Fatalf("preview said %d valid, import saved %d", preview.Valid, real.Imported)
	}
	real.Imported = 0
	if !reflect.DeepEqual(preview, real) {
		t.Fatalf("preview and import differ:\npreview %+v\nimport  %+v", preview, real)
	}
	fu, _ := s.ClassFollowUps(c.ID)
	e := fu[trs[0].ID][0]
	if e.MonthlyWageFen != 480000 || len(e.Evidence) != 2 || e.Evidence[0].Ref != "HT-1" || e.Evidence[1].Kind != outcome.SocialInsurance {
		t.Errorf("row 2 as saved: %+v", e)
	}
	if b := fu[trs[3].ID][0].Business; b == nil || *b.Employees != 2 || !*b.Operating {
		t.Errorf("business row: %+v", fu[trs[3].ID])
	}
	// Imported again: every row is now refused as a contact already recorded, or for its own mistake.
	again, _ := Preview(s, c.ID, sh)
	if again.Valid != 0 {
		t.Errorf("a file imported twice adds %d entries", again.Valid)
	}
}

func TestReadRefusesWhatIsNotAFollowUpSheet(t *testing.T) {
	if _, err := Read(context.Background(), bytes.NewReader([]byte("姓名,电话\n张三,1\n")), "x.csv"); err == nil {
		t.Error("a sheet without the follow-up header was read")
	}
	if _, err := Read(context.Background(), bytes.NewReader([]byte("PK\x03\x04garbage")), "x.xlsx"); err == nil {
		t.Error("a broken xlsx was read")
	}
}
