package identity

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// Kind is the type of card an 18-character number belongs to.
type Kind string

const (
	ResidentCard     Kind = "居民身份证"
	HKMOTaiwanPermit Kind = "港澳台居民居住证"
	ForeignPermanent Kind = "外国人永久居留身份证"
)

// Number is a checked identity number and what can be read from it.
type Number struct {
	Value    string    // normalized, 18 characters
	Kind     Kind      // which card this is
	Birth    time.Time // date of birth, UTC midnight
	Sex      string    // "男" or "女"
	Warnings []string  // things worth a second look that do not make it invalid
}

// Parse checks a 公民身份号码, 港澳台居民居住证 or 外国人永久居留身份证 number
// against today's date. See ParseAt.
func Parse(s string) (Number, error) {
	return ParseAt(s, time.Now())
}

// ParseAt checks a number as if today were the given day: normalization,
// length, characters, birth date (real, from 1900 on, not after today) and
// the MOD 11-2 check character. A 15-digit legacy number is converted to
// 18 digits. The error says, in Chinese, exactly what is wrong.
func ParseAt(s string, today time.Time) (Number, error) {
	v := Normalize(s)
	var warnings []string
	switch n := utf8.RuneCountInString(v); n {
	case 18:
		if err := checkChars(v, true); err != nil {
			return Number{}, err
		}
	case 15:
		if err := checkChars(v, false); err != nil {
			return Number{}, err
		}
		v = v[:6] + "19" + v[6:]
		v += string(idCheck(v))
		warnings = append(warnings, "15位旧号码已按规则升为18位，请以证件为准核对")
	case 0:
		return Number{}, invalid(ErrLength, "证件号码为空，请填写18位证件号码")
	default:
		return Number{}, invalid(ErrLength, fmt.Sprintf("证件号码应为18位（旧身份证为15位），当前为%d位，请核对是否漏填或多填", n))
	}

	birth, err := birthDate(v[6:14], today)
	if err != nil {
		return Number{}, err
	}
	if want := idCheck(v); v[17] != want {
		return Number{}, invalid(ErrCheckDigit, fmt.Sprintf("校验码不符：按前17位计算第18位应为“%c”，实际为“%c”，请逐位核对号码是否抄错", want, v[17]))
	}

	if !knownArea(v[:2]) {
		warnings = append(warnings, fmt.Sprintf("未知的地区代码“%s”，请核对证件", v[:2]))
	}
	sex := "女"
	if (v[16]-'0')%2 == 1 {
		sex = "男"
	}
	return Number{Value: v, Kind: kindOf(v), Birth: birth, Sex: sex, Warnings: warnings}, nil
}

// checkChars requires ASCII digits, with an X allowed in the last place of an
// 18-character number. Positions in the message count from 1.
func checkChars(v string, allowX bool) error {
	pos := 0
	for i, r := range v {
		pos++
		if r >= '0' && r <= '9' {
			continue
		}
		if allowX && r == 'X' && i == len(v)-1 {
			continue
		}
		hint := "只能是数字"
		if allowX {
			hint = "只能是数字（第18位可以是X）"
		}
		return invalid(ErrCharacter, fmt.Sprintf("证件号码第%d位“%c”无效：%s", pos, r, hint))
	}
	return nil
}

// birthDate reads YYYYMMDD and rejects impossible dates, dates before 1900
// and dates after today (compared as calendar days).
func birthDate(s string, today time.Time) (time.Time, error) {
	y := atoi(s[:4])
	m := atoi(s[4:6])
	d := atoi(s[6:8])
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return time.Time{}, invalid(ErrBirthDate, fmt.Sprintf("证件号码第7-14位的出生日期“%s”不是有效日期，请核对", s))
	}
	if y < 1900 {
		return time.Time{}, invalid(ErrBirthDate, fmt.Sprintf("证件号码第7-14位的出生日期“%s”早于1900年，请核对", s))
	}
	ty, tm, td := today.Date()
	if t.After(time.Date(ty, tm, td, 0, 0, 0, 0, time.UTC)) {
		return time.Time{}, invalid(ErrFutureDate, fmt.Sprintf("证件号码第7-14位的出生日期“%s”晚于今天，请核对", s))
	}
	return t, nil
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func kindOf(v string) Kind {
	switch {
	case v[:6] == "810000" || v[:6] == "820000" || v[:6] == "830000":
		return HKMOTaiwanPermit
	case v[0] == '9':
		return ForeignPermanent
	default:
		return ResidentCard
	}
}
