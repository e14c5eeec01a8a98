package identity

import "testing"

func TestMask(t *testing.T) {
	tests := []struct{ in, want string }{
		{"11010519491231002X", "110105********002X"},
		{"11010519491231002x", "110105********002X"},
		{"１１０１０５１９４９１２３１００２Ｘ", "110105********002X"},
		{"110105491231002", "110105*****1002"},
		{"1101051949", "**********"},
		{"11010519491231002X99", "********************"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Mask(tt.in); got != tt.want {
			t.Errorf("Mask(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMaskPhone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"13812345678", "138****5678"},
		{" 13812345678 ", "138****5678"},
		{"01088886666", "010****6666"},
		{"12345678", "123*5678"},
		{"1234567", "*******"},
		{"110", "***"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := MaskPhone(tt.in); got != tt.want {
			t.Errorf("MaskPhone(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMaskAsProvinceStyles(t *testing.T) {
	id := "11010519491231002X"
	for style, want := range map[string]string{
		StyleMasked: "110105********002X", StyleTail4: "**************002X", StyleFull: id, "typo": "110105********002X",
	} {
		if got := MaskAs(id, style); got != want {
			t.Errorf("MaskAs(%q) = %q, want %q", style, got, want)
		}
	}
}
