// Package printing draws the PDFs an office printer needs: merged
// certificates (A4 landscape), sign-in sheets (签到表) and trainee badges.
//
// It wraps gofpdf, which has sharp edges with CJK text: it takes TrueType
// only, panics on runes above U+FFFF, prints nothing for a rune the font
// lacks, and its MultiCell/SplitText can break UTF-8 text. So every function
// here checks every string against the font's own character table first
// (CheckPrintable), wraps text by runes itself, and turns any panic inside
// gofpdf into an error. Nothing is written to w unless the whole PDF was made.
package printing
