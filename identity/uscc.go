package identity

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// usccAlphabet is the GB 32100 character set; a character's value is its
// index. I, O, S, V and Z are left out so they cannot be misread.
const usccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// usccWeights are 3^(i-1) mod 31 for positions 1..17.
var usccWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// ValidateUSCC checks a 统一社会信用代码 (GB 32100) and returns it normalized:
// trimmed, full-width turned into ASCII and upper-cased.
func ValidateUSCC(s string) (string, error) {
	v := strings.ToUpper(Normalize(s))
	if n := utf8.RuneCountInString(v); n != 18 {
		if n == 0 {
			return "", invalid(ErrLength, "统一社会信用代码为空，请填写18位代码")
		}
		return "", invalid(ErrLength, fmt.Sprintf("统一社会信用代码应为18位，当前为%d位，请核对", n))
	}
	sum := 0
	pos := 0
	for i, r := range v {
		pos++
		val := strings.IndexRune(usccAlphabet, r)
		if val < 0 {
			hint := "只能是数字或大写字母"
			if strings.ContainsRune("IOSVZ", r) {
				hint = "代码中不使用字母I、O、S、V、Z，请核对是否为数字1、0、5、2或其他字母"
			}
			return "", invalid(ErrCharacter, fmt.Sprintf("统一社会信用代码第%d位“%c”无效：%s", pos, r, hint))
		}
		if i < 17 {
			sum += val * usccWeights[i]
		}
	}
	want := usccAlphabet[(31-sum%31)%31]
	if v[17] != want {
		return "", invalid(ErrCheckDigit, fmt.Sprintf("统一社会信用代码校验码不符：按前17位计算第18位应为“%c”，实际为“%c”，请逐位核对", want, v[17]))
	}
	return v, nil
}
