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
