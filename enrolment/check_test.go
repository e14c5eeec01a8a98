package enrolment

import (
	"testing"

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
