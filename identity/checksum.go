package identity

// ISO 7064 MOD 11-2 as used by GB 11643: weights of the first 17 digits and
// the check character for each remainder.
var (
	idWeights   = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	idCheckChar = [11]byte{'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'}
)

// idCheck returns the check character for the first 17 digits of body.
// body must hold at least 17 ASCII digits.
func idCheck(body string) byte {
	sum := 0
	for i, w := range idWeights {
		sum += int(body[i]-'0') * w
	}
	return idCheckChar[sum%11]
}
