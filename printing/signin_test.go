package printing

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

func sheetTrainees(n int) []SheetTrainee {
	names := []string{"欧阳娜娜", "张三", "阿卜杜热合曼·买买提艾力", "李四"}
	var ts []SheetTrainee
	for i := 0; i < n; i++ {
		ts = append(ts, SheetTrainee{Name: fmt.Sprintf("%s%02d", names[i%len(names)], i+1), IDMasked: fmt.Sprintf("440106********%04d", i)})
	}
	return ts
}

func TestSignInSheet(t *testing.T) {
	trainees := sheetTrainees(30) // more than a page holds
	lessons := []SheetLesson{
		{No: 3, Date: time.Date(2024, 3, 3, 0, 0, 0, 0, time.UTC), Start: "08:30", End: "11:30", Topic: "刀工基础与原料初加工", Teacher: "李老师"},
		{No: 4, Date: time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), Start: "14:00", End: "17:00", Topic: "热菜烹调", Teacher: "王老师"},
	}
	var buf bytes.Buffer
	err := SignInSheet(&buf, SheetData{Institution: longInstitution, ClassCode: "BJ2024-003", ClassName: "中式烹调师五级就业技能培训班",
		Lessons: lessons, Trainees: trainees})
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(strings.TrimRight(pdfText(t, buf.Bytes()), "\f"), "\f")
	if len(pages) != 4 {
		t.Fatalf("%d pages, want 2 lessons × 2 pages", len(pages))
	}
	for i, p := range pages {
		sq := squeeze(p)
		lesson := lessons[i/2]
		for _, want := range []string{"签到表", longInstitution, "BJ2024-003", "序号", "姓名", "证件号码", "签到", "签退",
			fmt.Sprintf("第%d课", lesson.No), lesson.Topic, lesson.Teacher, lesson.Start} {
			if !strings.Contains(sq, squeeze(want)) {
				t.Errorf("page %d lacks header %q", i+1, want)
			}
		}
	}
	// Every trainee is on each lesson's pages exactly once.
	for l := 0; l < 2; l++ {
		both := squeeze(pages[2*l] + pages[2*l+1])
		for _, tr := range trainees {
			for _, s := range []string{tr.Name, tr.IDMasked} {
				if n := strings.Count(both, s); n != 1 {
					t.Errorf("lesson %d: %q appears %d times, want once", l+1, s, n)
				}
			}
		}
	}
}

func TestSignInSheetWithoutLessonHasBlanks(t *testing.T) {
	var buf bytes.Buffer
	if err := SignInSheet(&buf, SheetData{Institution: "某学校", ClassCode: "C1", ClassName: "一班", Trainees: sheetTrainees(3)}); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, buf.Bytes())
	if strings.Count(text, "\f") != 1 || !strings.Contains(text, "日期：____") {
		t.Errorf("want one page with blank lesson lines:\n%s", text)
	}
	if err := SignInSheet(&buf, SheetData{Institution: "某学校"}); err == nil {
		t.Error("an empty class printed a sheet")
	}
}
