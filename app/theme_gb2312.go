package app

import (
	"unicode"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// inGB2312 tells whether r is one of GB2312's 6,763 Han characters (rows
// 16–87 of the code table, which GBK encodes as 0xB0–0xF7, 0xA1–0xFE).
func inGB2312(r rune) bool {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(string(r)))
	return err == nil && len(b) == 2 && b[0] >= 0xB0 && b[0] <= 0xF7 && b[1] >= 0xA1 && b[1] <= 0xFE
}
