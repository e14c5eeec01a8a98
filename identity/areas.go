package identity

// provinceCodes are the province-level administrative division codes
// (GB/T 2260) that may open a 公民身份号码.
var provinceCodes = map[string]bool{
	"11": true, "12": true, "13": true, "14": true, "15": true,
	"21": true, "22": true, "23": true,
	"31": true, "32": true, "33": true, "34": true, "35": true, "36": true, "37": true,
	"41": true, "42": true, "43": true, "44": true, "45": true, "46": true,
	"50": true, "51": true, "52": true, "53": true, "54": true,
	"61": true, "62": true, "63": true, "64": true, "65": true,
	"71": true, "81": true, "82": true, "83": true,
}

// knownArea reports whether the first two digits are a code we recognise.
// An unknown code is only a warning: new or rare codes must not block
// enrolment, but the clerk should look at the card again.
func knownArea(code string) bool {
	return provinceCodes[code] || code[0] == '9'
}
