package bureau

import "time"

// idWeights are the GB 11643 MOD 11-2 weights of the first 17 digits.
var idWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// idCheckChars maps the weighted sum mod 11 to the check character.
const idCheckChars = "10X98765432"

// validIDNumber checks an 18-character 公民身份号码 (and the residence
// permits that share its layout): 17 digits, a birth date, and the
// MOD 11-2 check character.
func validIDNumber(s string) bool {
	if len(s) != 18 {
		return false
	}
	sum := 0
	for i := 0; i < 17; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return false
		}
		sum += int(c-'0') * idWeights[i]
	}
	last := s[17]
	if last == 'x' {
		last = 'X'
	}
	if idCheckChars[sum%11] != last {
		return false
	}
	birth, err := time.Parse("20060102", s[6:14])
	// A day's slack: the school's calendar day may be ahead of UTC, and a
	// baby born "today" in Beijing must not be refused at 01:00 UTC.
	return err == nil && birth.Year() >= 1900 && !birth.After(time.Now().Add(24*time.Hour))
}
