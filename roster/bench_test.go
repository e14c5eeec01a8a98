package roster

import (
	"bytes"
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/training"
)

var (
	surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高")
	givens   = []rune("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞")
)

// BenchmarkImport10kIntoStore is the clerk's whole import of a 10,000-row
// .xlsx: read, check every row, enrol all in one transaction (target ≤ 2 s).
func BenchmarkImport10kIntoStore(b *testing.B) {
	f := excelize.NewFile()
	sw, _ := f.NewStreamWriter("Sheet1")
	_ = sw.SetRow("A1", []any{"姓名", "身份证号码", "性别", "民族", "文化程度", "人员类别", "联系电话"})
	for i := 0; i < 10000; i++ {
		birth := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		id, _ := identity.Complete(fmt.Sprintf("110105%s%03d", birth.Format("20060102"), i%1000))
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		name := string(surnames[i%len(surnames)]) + string(givens[i/len(surnames)%len(givens)])
		_ = sw.SetRow(cell, []any{name, id, "", "汉族", "初中", "登记失业人员", fmt.Sprintf("138%08d", i)})
	}
	_ = sw.Flush()
	var file bytes.Buffer
	_ = f.Write(&file)
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		s, err := store.Open(b.TempDir(), store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		start := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
		c, _ := s.FileClass(training.Class{Code: "BIG", Name: "大班", Occupation: "电工", Level: 5, Type: "就业技能培训",
			Start: start, End: start.AddDate(0, 1, 0), Hours: 40})
		b.StartTimer()
		res, err := Read(context.Background(), bytes.NewReader(file.Bytes()), "名单.xlsx", nil)
		if err != nil {
			b.Fatal(err)
		}
		rep, _, err := Save(s, c.ID, res)
		if err != nil || rep.Imported != 10000 {
			b.Fatalf("imported %d, errors %v, %v", rep.Imported, rep.Errors[:min(3, len(rep.Errors))], err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}
