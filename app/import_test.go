package app

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"github.com/xuri/excelize/v2"

	"trainingdesk/identity"
	"trainingdesk/roster"
)

func xlsx(t *testing.T, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func hasLine(lines []string, parts ...string) bool {
	for _, l := range lines {
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(l, p)
		}
		if ok {
			return true
		}
	}
	return false
}

func TestImportFileWithBadRows(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	running, _ := u.Store.ClassByCode("DEMO-2026-02")
	already, _ := u.Store.Trainees(running.ID)
	s := openRoster(t, u, "DEMO-2026-02")
	before := len(s.Rows())
	data := xlsx(t, [][]any{
		{"姓名", "证件号码", "联系电话", "人员类别"},
		{"王五", personID(t, 1000, 1), "13900000001", ""},              // 2 ok
		{"赵六", wrongCheck(personID(t, 1001, 1)), "", ""},             // 3 bad check character
		{"钱七", personID(t, 1002, 1), "12345", ""},                    // 4 bad phone
		{already[0].Person.Name, already[0].Person.IDNumber, "", ""}, // 5 already in this class
		{"孙八", personID(t, 1003, 1), "", ""},                         // 6 ok
	})

	s.Import.load("名单.xlsx", bytes.NewReader(data))
	s.Import.wait()
	p := s.Import.Preview
	if p == nil {
		t.Fatalf("no preview: %s", s.Import.Done)
	}
	if !strings.Contains(p.Summary.Text, "共 5 行") || !strings.Contains(p.Summary.Text, "可导入 2 行") {
		t.Errorf("summary %q", p.Summary.Text)
	}
	for _, want := range [][]string{{"第 3 行", "证件号码"}, {"第 4 行", "联系电话"}, {"第 5 行", "不能重复报名"}} {
		if !hasLine(p.Lines, want...) {
			t.Errorf("preview lacks %v: %v", want, p.Lines)
		}
	}
	if len(s.Rows()) != before {
		t.Fatal("the preview saved rows")
	}

	test.Tap(p.ConfirmButton)
	s.Import.wait()
	if got := len(s.Rows()); got != before+2 {
		t.Fatalf("roster has %d, want %d", got, before+2)
	}
	if !strings.Contains(s.Import.Done, "已导入 2 人") {
		t.Errorf("done message %q", s.Import.Done)
	}
	u.Classes.Search.Entry.SetText("sunba")
	if len(u.Classes.Search.Hits) != 1 {
		t.Error("imported trainee not searchable")
	}
}

func TestImportCancelledAtPreviewSavesNothing(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	s := openRoster(t, u, "DEMO-2026-03")
	s.Import.load("名单.csv", strings.NewReader("姓名,证件号码\n王五,"+personID(t, 5, 1)+"\n"))
	s.Import.wait()
	test.Tap(s.Import.Preview.CancelButton)
	if len(s.Rows()) != 0 || !strings.Contains(s.Import.Done, "没有保存") {
		t.Fatalf("cancel: %d rows, %q", len(s.Rows()), s.Import.Done)
	}
}

func TestPasteThreeRowsOneBad(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	s := openRoster(t, u, "DEMO-2026-03")
	test.Tap(s.PasteButton)
	s.Import.PasteEntry.SetText(strings.Join([]string{
		"王五\t" + personID(t, 10, 1),
		"赵六\t" + wrongCheck(personID(t, 11, 1)),
		"钱七\t" + personID(t, 12, 1) + "\t男",
	}, "\n"))
	test.Tap(s.Import.CheckPaste)
	p := s.Import.Preview
	if !strings.Contains(p.Summary.Text, "可导入 2 行") || len(p.Lines) == 0 || !hasLine(p.Lines, "第 2 行", "证件号码") {
		t.Fatalf("preview %q %v", p.Summary.Text, p.Lines)
	}
	test.Tap(p.ConfirmButton)
	s.Import.wait()
	rows := s.Rows()
	if len(rows) != 2 || !strings.Contains(rows[0], "王五") || !strings.Contains(rows[1], "钱七") {
		t.Fatalf("roster %v", rows)
	}
}

// TestExportedRosterIsMaskedUnlessAskedForFullNumbers writes the 花名册
// where the save dialog would, and reads the file back.
func TestExportedRosterIsMaskedUnlessAskedForFullNumbers(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	s := openRoster(t, u, "DEMO-2026-01")
	list, _ := u.Store.Trainees(s.class.ID)
	full := list[0].Person.IDNumber
	for _, fullID := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "花名册.xlsx")
		w, err := storage.Writer(storage.NewFileURI(path))
		if err != nil {
			t.Fatal(err)
		}
		class := s.class
		s.Import.writeFile(w, func(w io.Writer) error { return roster.Export(u.Store, class.ID, w, fullID, nil) },
			"导出完成", "导出花名册失败", "已导出花名册：%s", "")
		s.Import.wait()
		if !strings.Contains(s.Import.Done, "花名册.xlsx") {
			t.Fatalf("confirmation %q", s.Import.Done)
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(f.GetSheetName(0))
		f.Close()
		var all strings.Builder
		for _, r := range rows {
			all.WriteString(strings.Join(r, "|"))
		}
		if got := strings.Contains(all.String(), full); got != fullID {
			t.Errorf("fullID=%v: full number in the file = %v", fullID, got)
		}
		if !strings.Contains(all.String(), identity.Mask(full)) && !fullID {
			t.Errorf("masked number missing from the export")
		}
	}
}
