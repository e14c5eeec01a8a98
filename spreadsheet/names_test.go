package spreadsheet

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Pasted and imported names go through the one name rule: rare characters
// and the middle dot stay as they are, invisible characters are refused
// naming their code point.
func TestPastedNamesFollowTheNameRule(t *testing.T) {
	ids := []string{withCheck("11010519900101001"), withCheck("33010619850315002"), withCheck("11010519900101003")}
	text := "姓名\t身份证号\n" +
		"王𠮷\t" + ids[0] + "\n" +
		"阿依古丽・买买提\t" + ids[1] + "\n" +
		"王\u200d明\t" + ids[2] + "\n"
	valid, issues := judged(ParsePasted(text))
	if len(valid) != 2 || valid[0].Person.Name != "王𠮷" || valid[1].Person.Name != "阿依古丽·买买提" {
		t.Fatalf("valid rows: %+v", valid)
	}
	if len(issues) != 1 || issues[0].Row != 4 || issues[0].Column != "姓名" || !strings.Contains(issues[0].Message, "U+200D") {
		t.Fatalf("errors: %+v", issues)
	}
}

// A CSV saved by Chinese Excel in GB 18030 (four-byte sequences for the
// supplementary plane) brings 王𠮷 in as it was typed.
func TestGB18030CSVKeepsRareCharacters(t *testing.T) {
	body := "姓名,身份证号\n王𠮷," + withCheck("11010519900101001") + "\n阿依古丽·买买提," + withCheck("33010619850315002") + "\n"
	enc, err := simplifiedchinese.GB18030.NewEncoder().String(body)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ReadRoster(context.Background(), strings.NewReader(enc), "名单.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Valid) != 2 || res.Valid[0].Person.Name != "王𠮷" || res.Valid[1].Person.Name != "阿依古丽·买买提" {
		t.Fatalf("valid %+v errors %+v", res.Valid, res.Errors)
	}
}
