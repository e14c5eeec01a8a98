package identity

import "errors"

// Complete appends the check character to the first 17 digits of a
// 公民身份号码 — for demo data and tests that need valid numbers.
func Complete(first17 string) (string, error) {
	if len(first17) != 17 {
		return "", errors.New("需要 17 位数字")
	}
	for i := 0; i < 17; i++ {
		if first17[i] < '0' || first17[i] > '9' {
			return "", errors.New("需要 17 位数字")
		}
	}
	return first17 + string(idCheck(first17)), nil
}
