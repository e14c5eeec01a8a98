package subsidy

import (
	"testing"

	"trainingdesk/errs"
)

func TestParseYuanWithoutFloats(t *testing.T) {
	for in, want := range map[string]Fen{"1200": 120000, "1200.5": 120050, "1,200.50": 120050, "￥0.07": 7, "0.1": 10, "1234.56元": 123456, ".5": 50} {
		got, err := ParseYuan(in)
		if err != nil || got != want {
			t.Errorf("ParseYuan(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "abc", "1.234", "-5", "1e3", "12.", "100000000"} {
		if _, err := ParseYuan(in); err == nil || errs.FieldOf(err) != FieldAmount {
			t.Errorf("ParseYuan(%q) = %v, want an amount error", in, err)
		}
	}
	if Fen(123456).Yuan() != "1234.56" || Fen(7).Yuan() != "0.07" || Fen(-150).Yuan() != "-1.50" {
		t.Error("Yuan")
	}
}

func TestPercentRoundsHalfUp(t *testing.T) {
	if percentOf(123456, 60) != 74074 || percentOf(123456, 120) != 148147 || percentOf(5, 50) != 3 {
		t.Error("percentOf")
	}
}

func TestCapitalAmount(t *testing.T) {
	for fen, want := range map[Fen]string{
		123456:    "壹仟贰佰叁拾肆元伍角陆分",
		120000:    "壹仟贰佰元整",
		120050:    "壹仟贰佰元伍角整",
		120005:    "壹仟贰佰元零伍分",
		7:         "柒分",
		0:         "零元整",
		10010000:  "壹拾万零壹佰元整",
		100000000: "壹佰万元整",
		10000100:  "壹拾万零壹元整",
		20500:     "贰佰零伍元整",
	} {
		if got := fen.Capital(); got != want {
			t.Errorf("%d: %s, want %s", fen, got, want)
		}
	}
}
