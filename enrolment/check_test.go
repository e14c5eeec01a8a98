package enrolment

import (
	"testing"
	"time"

	"trainingdesk/codes"

	"trainingdesk/training"
)

func TestCheckNormalizesAndDerivesFromTheNumber(t *testing.T) {
	p := training.Person{Name: " 张三 ", IDNumber: "１１０１０５１９４９１２３１００２ｘ", Phone: "13812345678"}
	if _, err := Check(&p); err != nil {
		t.Fatal(err)
	}
	if p.Name != "张三" || p.IDNumber != "11010519491231002X" || p.Sex != "女" || p.Birth.Year() != 1949 || p.IDType != "居民身份证" {
		t.Fatalf("person after check: %+v", p)
	}
}

func TestCheckNamesTheFieldToFix(t *testing.T) {
	cases := []struct {
		p     training.Person
		field string
	}{
		{training.Person{Name: "", IDNumber: "11010519491231002X"}, "姓名"},
		{training.Person{Name: "张3", IDNumber: "11010519491231002X"}, "姓名"},
		{training.Person{Name: "张三", IDNumber: "110105194912310021"}, "证件号码"},
		{training.Person{Name: "张三", IDNumber: "11010519491231002X", Sex: "男"}, "性别"},
		{training.Person{Name: "张三", IDNumber: "11010519491231002X", Phone: "12345"}, "联系电话"},
	}
	for _, c := range cases {
		p := c.p
		_, err := Check(&p)
		if training.FieldOf(err) != c.field {
			t.Errorf("%+v: error %v, want it on %s", c.p, err, c.field)
		}
	}
}

func TestLandlineWithAreaCodeIsAPhone(t *testing.T) {
	p := training.Person{Name: "李四", IDNumber: "11010519491231002X", Phone: "0591-87654321"}
	if _, err := Check(&p); err != nil {
		t.Fatal(err)
	}
}

func TestCheckCodesNormalizesAndRefusesUnknownValues(t *testing.T) {
	cats := codes.DefaultCategories()
	on := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	p := training.Person{Name: "张三", IDNumber: "11010519491231002X", Ethnicity: "汉", Education: "大专"}
	if _, err := Check(&p); err != nil {
		t.Fatal(err)
	}
	cat := "企业职工"
	if err := CheckCodes(&p, &cat, cats, on); err != nil || p.Ethnicity != "汉族" || p.Education != "大学专科" {
		t.Fatalf("%v %+v", err, p)
	}
	bad := "外星人"
	if err := CheckCodes(&p, &bad, cats, on); training.FieldOf(err) != "人员类别" {
		t.Fatalf("unknown category: %v", err)
	}
	p.Ethnicity = "火星族"
	if err := CheckCodes(&p, &cat, cats, on); training.FieldOf(err) != "民族" {
		t.Fatalf("unknown ethnicity: %v", err)
	}
	young := training.Person{Name: "小明", IDNumber: "", Birth: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)}
	if err := CheckCodes(&young, &cat, cats, on); training.FieldOf(err) != "人员类别" {
		t.Fatalf("an 11-year-old as 企业职工: %v", err)
	}
}
