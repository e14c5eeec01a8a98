package printing

import (
	"bytes"
	"strings"
	"testing"
)

// A name with a character in no font (U+20000 is in none of the embedded
// ones) no longer blocks the class's sign-in sheet or badges: it prints
// with □ in its place, the others print whole, and the clerk is told whose
// name needs writing in. A certificate still refuses it.
func TestARareNameGetsAStandInOnSheetsNotOnCertificates(t *testing.T) {
	rare := "王\U00020000华"
	trainees := []SheetTrainee{{Name: "张三", IDMasked: "110105********002X"}, {Name: rare, IDMasked: "350102********1234"}}
	var buf bytes.Buffer
	if err := SignInSheet(&buf, SheetData{Institution: "某职业培训学校", ClassCode: "K1", ClassName: "电工班", Trainees: trainees}); err != nil {
		t.Fatalf("the sheet was refused: %v", err)
	}
	text := squeeze(pdfText(t, buf.Bytes()))
	if !strings.Contains(text, "王□华") || !strings.Contains(text, "张三") {
		t.Fatalf("the sheet does not show 王□华 and 张三: %q", text)
	}
	buf.Reset()
	if err := Badges(&buf, BadgeData{Institution: "某职业培训学校", Badges: []Badge{{Name: rare, Class: "电工班", Code: "TD1:x"}}}); err != nil {
		t.Fatalf("the badge was refused: %v", err)
	}
	if !strings.Contains(squeeze(pdfText(t, buf.Bytes())), "王□华") {
		t.Error("the badge does not show 王□华")
	}
	notice := StandInNotice([]string{"张三", rare})
	if !strings.Contains(notice, "以下 1 名") || !strings.Contains(notice, rare) || !strings.Contains(notice, "U+20000") {
		t.Errorf("notice: %q", notice)
	}
	if StandInNotice([]string{"张三", "阿依古丽·买买提"}) != "" {
		t.Error("a notice for names every font has")
	}
	if err := CheckName(rare); err == nil {
		t.Error("a certificate would print the name with a stand-in")
	}
}
