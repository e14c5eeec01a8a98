package spreadsheet

import (
	"bytes"
	"context"
	"fmt"
	"testing"
)

// BenchmarkImport10k reads a 10,000-row roster with every column filled; the
// target is under 2 s per file on a 2-core machine.
func BenchmarkImport10k(b *testing.B) {
	rows := [][]any{{"序号", "姓名", "身份证号码", "性别", "民族", "文化程度", "人员类别", "联系电话", "户籍地址"}}
	for i := 0; i < 10000; i++ {
		id := withCheck(fmt.Sprintf("110105%04d0101%03d", 1950+i/1000, i%1000))
		rows = append(rows, []any{fmt.Sprint(i + 1), "学员" + string(rune('甲'+i%10)), id, "", "汉族", "高中", "失业人员",
			fmt.Sprintf("138%08d", i), "北京市朝阳区某某街道某某社区"})
	}
	data := buildXLSX(b, "Sheet1", rows)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := ReadRoster(context.Background(), bytes.NewReader(data), "big.xlsx", nil)
		if err != nil || res.Rows != 10000 {
			b.Fatalf("rows %d, err %v", res.Rows, err)
		}
	}
}
