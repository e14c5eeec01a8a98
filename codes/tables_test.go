package codes

import "testing"

func TestEthnicities(t *testing.T) {
	all := Ethnicities()
	if len(all) != 58 {
		t.Fatalf("got %d 民族 entries, want 56 + 其他 + 外国血统", len(all))
	}
	if all[0] != (Entry{"01", "汉族"}) || all[55] != (Entry{"56", "基诺族"}) || all[57] != (Entry{"98", "外国血统中国籍人士"}) {
		t.Errorf("table order wrong: %v … %v … %v", all[0], all[55], all[57])
	}
	tests := []struct {
		in   string
		want string // code, "" for not found
	}{
		{"汉族", "01"}, {"汉", "01"}, {"01", "01"}, {"1", "01"}, {" 汉族 ", "01"},
		{"蒙古", "02"}, {"维吾尔族", "05"}, {"基诺", "56"}, {"其他", "97"},
		{"穿青人", ""}, {"", ""}, {"族", ""},
	}
	for _, tt := range tests {
		e, ok := Ethnicity(tt.in)
		if ok != (tt.want != "") || e.Code != tt.want {
			t.Errorf("Ethnicity(%q) = %v, %v; want %q", tt.in, e, ok, tt.want)
		}
	}
}

func TestEducation(t *testing.T) {
	if n := len(Educations()); n != 10 {
		t.Errorf("got %d 文化程度 entries, want 10", n)
	}
	tests := []struct{ in, name string }{
		{"本科", "大学本科"}, {"大学本科", "大学本科"}, {"20", "大学本科"},
		{"大专", "大学专科"}, {"中专", "中等专科"}, {"高中", "普通高中"},
		{"硕士", "研究生"}, {"技校", "技工学校"}, {"初中", "初中"}, {"幼儿园", ""},
	}
	for _, tt := range tests {
		e, ok := Education(tt.in)
		if ok != (tt.name != "") || e.Name != tt.name {
			t.Errorf("Education(%q) = %v, %v; want %q", tt.in, e, ok, tt.name)
		}
	}
}

func TestSex(t *testing.T) {
	for in, code := range map[string]string{"男": "1", "女": "2", "1": "1", "女性": "2"} {
		if e, ok := Sex(in); !ok || e.Code != code {
			t.Errorf("Sex(%q) = %v, %v; want %s", in, e, ok, code)
		}
	}
	if len(Sexes()) != 2 {
		t.Error("want 2 sexes")
	}
}
