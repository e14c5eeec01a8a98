package enrolment

import (
	"strings"
	"testing"
	"time"

	"trainingdesk/errs"
	"trainingdesk/personname"

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
		field errs.Field
	}{
		{training.Person{Name: "", IDNumber: "11010519491231002X"}, personname.FieldName},
		{training.Person{Name: "张3", IDNumber: "11010519491231002X"}, personname.FieldName},
		{training.Person{Name: "张三", IDNumber: "110105194912310021"}, training.FieldIDNumber},
		{training.Person{Name: "张三", IDNumber: "11010519491231002X", Sex: "男"}, training.FieldSex},
		{training.Person{Name: "张三", IDNumber: "11010519491231002X", Phone: "12345"}, training.FieldPhone},
	}
	for _, c := range cases {
		p := c.p
		_, err := Check(&p)
		if !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != c.field {
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
	if err := CheckCodes(&p, &bad, cats, on); errs.FieldOf(err) != training.FieldCategory || !strings.Contains(err.Error(), "登记失业人员") {
		t.Fatalf("unknown category, without the accepted values: %v", err)
	}
	p.Ethnicity = "火星族"
	if err := CheckCodes(&p, &cat, cats, on); errs.FieldOf(err) != training.FieldEthnicity || !strings.Contains(err.Error(), "维吾尔族") {
		t.Fatalf("unknown ethnicity, without the accepted values: %v", err)
	}
	p.Ethnicity = "回"
	p.Education = "幼儿园"
	if err := CheckCodes(&p, &cat, cats, on); errs.FieldOf(err) != training.FieldEducation || !strings.Contains(err.Error(), "普通高中") {
		t.Fatalf("unknown education, without the accepted values: %v", err)
	}
	young := training.Person{Name: "小明", IDNumber: "", Birth: time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)}
	if err := CheckCodes(&young, &cat, cats, on); errs.FieldOf(err) != training.FieldCategory {
		t.Fatalf("an 11-year-old as 企业职工: %v", err)
	}
}

// Clerks write 人员类别 the way their office says it; each synonym lands on
// the code table's name.
func TestCategorySynonymsAsClerksWriteThem(t *testing.T) {
	cats := codes.DefaultCategories()
	on := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for written, want := range map[string]string{
		"城镇登记失业人员": "登记失业人员", "下岗失业人员": "登记失业人员",
		"脱贫劳动力": "脱贫人口", "建档立卡贫困劳动力": "脱贫人口",
		"毕业年度高校毕业生": "高校毕业生", "农民工": "农村转移就业劳动者", " 03 ": "登记失业人员",
	} {
		p := training.Person{Name: "张三", IDNumber: "11010519491231002X"}
		if _, err := Check(&p); err != nil {
			t.Fatal(err)
		}
		cat := written
		if err := CheckCodes(&p, &cat, cats, on); err != nil || cat != want {
			t.Errorf("%q → %q, %v; want %q", written, cat, err, want)
		}
	}
}

// The form, the paste box, the file and the command line read sex and phone
// by the one rule: the ways clerks write them are accepted and tidied.
func TestSexAndPhoneAreReadTheWayClerksWriteThem(t *testing.T) {
	for _, c := range []struct{ sex, phone, wantPhone string }{
		{"女性", "+86 138 1234 5678", "13812345678"},
		{"F", "138-1234-5678", "13812345678"},
		{"female", "０５７１-８８８８８８８８", "0571-88888888"},
		{"", "0571-88888888-123", "0571-88888888-123"},
	} {
		p := training.Person{Name: "张三", IDNumber: "11010519491231002X", Sex: c.sex, Phone: c.phone}
		if _, err := Check(&p); err != nil || p.Sex != "女" || p.Phone != c.wantPhone {
			t.Errorf("sex %q phone %q: %+v, %v; want 女 and %q", c.sex, c.phone, p, err, c.wantPhone)
		}
	}
	for _, sex := range []string{"不详", "X"} {
		p := training.Person{Name: "张三", IDNumber: "11010519491231002X", Sex: sex}
		if _, err := Check(&p); !errs.Is(errs.Invalid, err) || errs.FieldOf(err) != training.FieldSex {
			t.Errorf("sex %q: %v, want an error on 性别", sex, err)
		}
	}
}
