package spreadsheet

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"trainingdesk/errs"
)

// zipBomb is a small .xlsx whose one sheet unpacks to size bytes.
func zipBomb(tb testing.TB, size int) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
		w, _ := zw.Create(name)
		io.WriteString(w, `<?xml version="1.0"?><x/>`)
	}
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	chunk := bytes.Repeat([]byte("<c><v>0</v></c>"), 1<<16)
	for n := 0; n < size; n += len(chunk) {
		w.Write(chunk)
	}
	zw.Close()
	return buf.Bytes()
}

// hostile are files no roster is, each refused as over a limit.
func hostile(tb testing.TB) map[string]struct {
	name string
	data io.Reader
} {
	header := "姓名,证件号码\n"
	var manyRows strings.Builder
	manyRows.WriteString(header)
	for i := range 2*MaxRows + 100 {
		fmt.Fprintf(&manyRows, "学员%d,11010519491231002X\n", i)
	}
	return map[string]struct {
		name string
		data io.Reader
	}{
		"file over the size limit": {"大.csv", io.LimitReader(&repeat{b: []byte("张三,11010519491231002X\n")}, MaxFileBytes+100)},
		"zip bomb":                 {"炸弹.xlsx", bytes.NewReader(zipBomb(tb, MaxUnzippedBytes+(1<<20)))},
		"one-line CSV":             {"一行.csv", strings.NewReader(strings.Repeat("张三,", 3<<20))},
		"too many rows":            {"多.csv", strings.NewReader(manyRows.String())},
		"too many columns":         {"宽.csv", strings.NewReader(header + strings.Repeat("x,", 300) + "\n")},
		"over-long cell":           {"长.csv", strings.NewReader(header + strings.Repeat("张", MaxCellChars+1) + ",11010519491231002X\n")},
	}
}

type repeat struct {
	b []byte
	i int
}

func (r *repeat) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.b[r.i:])
		n += c
		r.i = (r.i + c) % len(r.b)
	}
	return n, nil
}

func TestFilesNoRosterIsAreRefusedAsOverALimit(t *testing.T) {
	for name, f := range hostile(t) {
		t.Run(name, func(t *testing.T) {
			_, err := ReadRoster(context.Background(), f.data, f.name, nil)
			if !errs.Is(errs.Limit, err) || errs.FieldOf(err) != FieldFile {
				t.Fatalf("%v, want a Limit error on the file", err)
			}
			if len(errs.Message(err)) > 400 {
				t.Errorf("a %d-byte message: it must name the limit, not repeat the file", len(errs.Message(err)))
			}
		})
	}
}

// The limits hold for the largest real roster: MaxRows rows are read.
func TestTheLargestRosterIsWithinTheLimits(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 100,000 rows")
	}
	var b strings.Builder
	b.WriteString("姓名,证件号码,户籍地址\n")
	for i := range MaxRows {
		fmt.Fprintf(&b, "学员%d,11010519491231002X,%s\n", i, strings.Repeat("路", 100))
	}
	res, err := ReadRoster(context.Background(), strings.NewReader(b.String()), "全市.csv", nil)
	if err != nil || res.Rows != MaxRows {
		t.Fatalf("%d rows, %v", res.Rows, err)
	}
}

// BenchmarkHostileFiles measures how fast and in how little memory each
// hostile file is refused (the bombs took 41 s and 2.6 GB):
// go test -tags ci -run ^$ -bench HostileFiles -benchmem ./spreadsheet/
func BenchmarkHostileFiles(b *testing.B) {
	for name := range hostile(b) {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				f := hostile(b)[name]
				b.StartTimer()
				if _, err := ReadRoster(context.Background(), f.data, f.name, nil); !errs.Is(errs.Limit, err) {
					b.Fatal(err)
				}
			}
		})
	}
}
