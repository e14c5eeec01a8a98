package roster

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"trainingdesk/identity"
	"trainingdesk/spreadsheet"
	"trainingdesk/store"
	"trainingdesk/training"
)

func validID(t *testing.T, first17 string) string {
	t.Helper()
	id, err := identity.Complete(first17)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// everyBadRow is a roster with one row of every kind the file or the store
// refuses, plus rows that pass with a warning or through a synonym.
func everyBadRow(t *testing.T) (csv string, enrolled, elsewhere string) {
	enrolled = validID(t, "11010519800101001")
	elsewhere = validID(t, "11010519800101002")
	rows := []string{
		"姓名,身份证号码,性别,民族,文化程度,人员类别,联系电话",
		"张三," + validID(t, "11010519800101003") + ",,汉族,初中,企业职工,13812345678", // 2 fine
		"," + validID(t, "11010519800101004") + ",,,,,",                      // 3 no name
		"李4," + validID(t, "11010519800101005") + ",,,,,",                    // 4 digit in name
		"王五,,,,,,",                                             // 5 no ID
		"赵六,110105198001010060,,,,,",                           // 6 bad check digit
		"钱七,1.10105E+17,,,,,",                                  // 7 Excel number
		"孙八," + validID(t, "11010519800101003") + ",,,,,",      // 8 same ID as row 2
		"周九," + validID(t, "11010519800101007") + ",女,,,,",     // 9 sex differs from ID (odd 17th = 男)
		"吴十," + validID(t, "11010519800101009") + ",不详,,,,",    // 10 sex unreadable
		"郑一," + validID(t, "11010519800101011") + ",,,,,12345", // 11 bad phone
		"冯二," + validID(t, "11010519800101013") + ",,,,外星人,",   // 12 unknown 人员类别
		"陈三," + validID(t, "11010519800101015") + ",,火星族,,,",   // 13 unknown 民族
		"褚四," + validID(t, "11010519800101017") + ",,,幼儿园大班,,", // 14 unknown 文化程度
		"卫五," + validID(t, "11010520150101019") + ",,,,企业职工,",  // 15 too young for the category
		"蒋六," + enrolled + ",,,,,",                             // 16 already in this class
		"沈七," + elsewhere + ",,,,,",                            // 17 in an overlapping class: warning
		"韩八," + validID(t, "11010519800101021") + ",,汉,大专,,",   // 18 synonyms
	}
	return strings.Join(rows, "\n") + "\n", enrolled, elsewhere
}

// TestPreviewEqualsImportOnEveryKindOfBadRow is the promise of the dry run:
// what the preview shows is, row for row, what the import then does.
func TestPreviewEqualsImportOnEveryKindOfBadRow(t *testing.T) {
	s, c := openClass(t)
	csv, enrolled, elsewhere := everyBadRow(t)
	if _, _, err := s.EnrolTrainee(c.ID, training.Person{Name: "蒋六", IDNumber: enrolled}, ""); err != nil {
		t.Fatal(err)
	}
	other, err := s.FileClass(training.Class{Code: "R2", Name: "焊工班", Occupation: "焊工", Level: 5, Type: "就业技能培训",
		Start: c.Start.AddDate(0, 0, 5), End: c.End.AddDate(0, 0, 5), Hours: 40})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.EnrolTrainee(other.ID, training.Person{Name: "沈七", IDNumber: elsewhere}, ""); err != nil {
		t.Fatal(err)
	}
	for _, source := range []struct {
		name string
		read func() (spreadsheet.Result, error)
	}{
		{"file", func() (spreadsheet.Result, error) {
			return Read(context.Background(), strings.NewReader(csv), "名单.csv", nil)
		}},
		{"paste", func() (spreadsheet.Result, error) {
			return spreadsheet.ParsePasted(strings.ReplaceAll(csv, ",", "\t")), nil
		}},
	} {
		t.Run(source.name, func(t *testing.T) {
			s, c := s, c
			res, err := source.read()
			if err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, s, c.ID)
			preview, err := Preview(s, c.ID, res)
			if err != nil {
				t.Fatal(err)
			}
			if after := snapshot(t, s, c.ID); after != before {
				t.Fatalf("the preview changed the store: %+v → %+v", before, after)
			}
			wantBad := map[int]bool{3: true, 4: true, 5: true, 6: true, 7: true, 8: true, 9: true, 10: true, 11: true,
				12: true, 13: true, 14: true, 15: true, 16: true}
			for _, e := range preview.Errors {
				if !wantBad[e.Row] {
					t.Errorf("preview refuses row %d: %s", e.Row, e.Message)
				}
				delete(wantBad, e.Row)
			}
			if len(wantBad) > 0 {
				t.Errorf("preview lets through rows %v", wantBad)
			}
			// The rules' refusals name the row and the column as the file
			// writes it, with what to do.
			says := map[int][2]string{3: {"姓名", "姓名"}, 6: {"身份证号码", "校验码"}, 7: {"身份证号码", "Excel"},
				8: {"身份证号码", "第 2 行重复"}, 9: {"性别", "证件号码显示为“男”"}, 10: {"性别", "请填写“男”或“女”"},
				11: {"联系电话", "11 位手机号"}, 12: {"人员类别", "外星人"}}
			for _, e := range preview.Errors {
				if w, ok := says[e.Row]; ok && (e.Column != w[0] || !strings.Contains(e.Message, w[1])) {
					t.Errorf("row %d: %s %q, want %s and %q", e.Row, e.Column, e.Message, w[0], w[1])
				}
			}
			imported, saved, err := Save(s, c.ID, res)
			if err != nil {
				t.Fatal(err)
			}
			if imported.Imported != len(saved) || imported.Imported != preview.Valid || preview.Imported != 0 {
				t.Fatalf("preview said %d valid, import saved %d", preview.Valid, imported.Imported)
			}
			imported.Imported = 0
			if !reflect.DeepEqual(preview, imported) {
				t.Fatalf("preview and import differ:\npreview %+v\nimport  %+v", preview, imported)
			}
			for _, tr := range saved { // leave the class as it was for the next source
				if err := s.RemoveTrainee(tr.ID); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

type storeState struct {
	trainees, audit int
}

func snapshot(t *testing.T, s *store.Store, classID string) storeState {
	t.Helper()
	list, err := s.Trainees(classID)
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.VerifyAudit()
	if err != nil {
		t.Fatal(err)
	}
	return storeState{len(list), n}
}
