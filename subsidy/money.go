package subsidy

import (
	"strconv"
	"strings"

	"trainingdesk/errs"
)

// Fen is an amount of money in 分 (1 元 = 100 分). Money is never a float.
type Fen int64

// MaxFen bounds any single amount (¥10,000,000.00), so sums cannot overflow
// and a slip of the keyboard is caught.
const MaxFen Fen = 1_000_000_000

// FieldAmount is an amount of money typed by the clerk.
var FieldAmount = errs.NewField("amount", "金额", "Amount")

// ParseYuan reads "1200", "1200.5", "1,200.50" or "￥1200" as 分, without a
// float on the way: more than two decimals or a negative amount is refused.
func ParseYuan(s string) (Fen, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimLeft(t, "￥¥")
	t = strings.TrimSuffix(strings.TrimSuffix(t, "元"), " ")
	t = strings.NewReplacer(",", "", "，", "", " ", "").Replace(t)
	bad := errs.E(errs.Invalid, FieldAmount, "“"+s+"”不是有效的金额：请填写元，最多两位小数，如 1200 或 1200.50")
	if t == "" {
		return 0, bad
	}
	whole, frac, dot := strings.Cut(t, ".")
	if whole == "" {
		whole = "0"
	}
	if dot && (len(frac) == 0 || len(frac) > 2) {
		return 0, bad
	}
	for _, part := range []string{whole, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return 0, bad
			}
		}
	}
	if len(whole) > 8 {
		return 0, errs.E(errs.Limit, FieldAmount, "金额“"+s+"”超过上限 10,000,000 元")
	}
	y, _ := strconv.ParseInt(whole, 10, 64)
	f := int64(0)
	if frac != "" {
		f, _ = strconv.ParseInt((frac + "0")[:2], 10, 64)
	}
	v := Fen(y*100 + f)
	if v > MaxFen {
		return 0, errs.E(errs.Limit, FieldAmount, "金额“"+s+"”超过上限 10,000,000 元")
	}
	return v, nil
}

// Yuan renders 分 as yuan with two decimals: 123456 → "1234.56".
func (f Fen) Yuan() string {
	sign := ""
	v := int64(f)
	if v < 0 {
		sign, v = "-", -v
	}
	return sign + strconv.FormatInt(v/100, 10) + "." + pad2(v%100)
}

// String is the amount as a clerk reads it: "1234.56 元".
func (f Fen) String() string { return f.Yuan() + " 元" }

func pad2(v int64) string {
	if v < 10 {
		return "0" + strconv.FormatInt(v, 10)
	}
	return strconv.FormatInt(v, 10)
}

// percentOf is fen × pct / 100, rounded half up (分 are never split).
func percentOf(f Fen, pct int) Fen {
	return Fen((int64(f)*int64(pct) + 50) / 100)
}

var (
	capDigits = []string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}
	capUnits  = []string{"", "拾", "佰", "仟"}
)

// Capital is the amount in Chinese capitals as forms and receipts write it
// (人民币大写): 123456 分 → 壹仟贰佰叁拾肆元伍角陆分, 120000 → 壹仟贰佰元整.
func (f Fen) Capital() string {
	v := int64(f)
	if v < 0 {
		return "负" + Fen(-v).Capital()
	}
	yuan, jiao, fen := v/100, v/10%10, v%10
	var b []string
	if yuan > 0 {
		b = append(b, capitalInt(yuan), "元")
	}
	switch {
	case jiao == 0 && fen == 0:
		if yuan == 0 {
			return "零元整"
		}
		b = append(b, "整")
	case jiao == 0:
		if yuan > 0 {
			b = append(b, "零")
		}
		b = append(b, capDigits[fen], "分")
	default:
		b = append(b, capDigits[jiao], "角")
		if fen > 0 {
			b = append(b, capDigits[fen], "分")
		} else {
			b = append(b, "整")
		}
	}
	out := ""
	for _, s := range b {
		out += s
	}
	return out
}

// capitalInt writes a positive whole number in capitals, by sections of
// four digits (万, 亿), with one 零 for each run of zeros inside.
func capitalInt(n int64) string {
	sections := []int64{n % 10000, n / 10000 % 10000, n / 100000000}
	units := []string{"", "万", "亿"}
	out, zero := "", false
	for i := len(sections) - 1; i >= 0; i-- {
		s := sections[i]
		if s == 0 {
			zero = out != ""
			continue
		}
		if out != "" && (zero || s < 1000) {
			out += "零"
		}
		out += capitalSection(s) + units[i]
		zero = false
	}
	return out
}

func capitalSection(s int64) string {
	out, pending := "", false
	for pos := 3; pos >= 0; pos-- {
		d := s / pow10(pos) % 10
		if d == 0 {
			pending = out != ""
			continue
		}
		if pending {
			out += "零"
			pending = false
		}
		out += capDigits[d] + capUnits[pos]
	}
	return out
}

func pow10(n int) int64 {
	v := int64(1)
	for range n {
		v *= 10
	}
	return v
}
