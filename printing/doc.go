// Package printing draws the PDFs an office printer needs: merged
// certificates (A4 landscape), sign-in sheets (签到表), trainee badges and
// the claim and filing papers (Document).
//
// It wraps gofpdf, which has sharp edges with CJK text: it takes TrueType
// only, panics on runes above U+FFFF, prints nothing for a rune the font
// lacks, and its MultiCell/SplitText can break UTF-8 text. So all text goes
// through DrawText/DrawCell (draw.go): what gofpdf can set goes to it, every
// other character — 𠮷 and the rest of CJK Extensions A–J — is drawn as a
// vector outline from the first font that has it (glyphs.go: the main font,
// the embedded name font, DATA/fonts, the machine's fonts). Every string is
// checked first (CheckPrintable; CheckName for "can this name be printed?"),
// text is wrapped by runes, and a panic inside gofpdf becomes an error.
// Nothing is written to w unless the whole PDF was made.
package printing
