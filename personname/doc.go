// Package personname is the one rule for a person's name, applied by every
// path that takes one (roster form, paste, xlsx/csv import, command line)
// through enrolment.Check and the spreadsheet reader.
//
// A name is stored and compared in Unicode NFC. Its letters are Han
// ideographs from the Unified block and every extension (A through J, the
// newest in Unicode 17) — the repertoire GB 18030-2022 asks for and beyond —,
// 〇 and 々, the middle dot of minority and foreign names (·, with its look-alikes
// and a full stop between Han characters folded to U+00B7), and Latin letters
// with single spaces, hyphens, apostrophes, and a full stop or comma after a
// letter for foreign names. Everything else is refused with a message
// naming the character and its code point: digits, punctuation, controls,
// bidi overrides, zero-width characters, private-use code points.
package personname
