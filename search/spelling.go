package search

import (
	"strings"
	"sync"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

// spelling is one way to read a name in pinyin.
type spelling struct {
	full     string   // "zhangsanfeng"
	initials string   // "zsf"
	starts   []uint16 // byte offsets in full where the 2nd, 3rd … syllables begin
}

// maxSurnameReadings caps the readings tried for the surname: enough for
// 单 (dan/chan/shan) and 朴 (pu/po/piao) without multiplying entries.
const maxSurnameReadings = 4

// spellings reads a name in pinyin without tones (ü as v, as input methods
// type it). Only the surname's readings vary — 曾 is zeng as a surname but
// ceng in go-pinyin's default — since trying every reading of every
// character would multiply the index for little gain.
func spellings(name string) []spelling {
	syllables := make([][]string, 0, 4)
	var latin []rune
	flush := func() {
		if len(latin) > 0 {
			syllables = append(syllables, []string{strings.ToLower(string(latin))})
			latin = latin[:0]
		}
	}
	for _, r := range name {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			latin = append(latin, r)
			continue
		}
		flush()
		py := readings(r)
		if len(py) == 0 {
			continue // punctuation or a character go-pinyin does not know
		}
		if len(syllables) > 0 {
			py = py[:1]
		}
		syllables = append(syllables, py)
	}
	flush()
	if len(syllables) == 0 {
		return nil
	}

	out := make([]spelling, 0, len(syllables[0]))
	for _, first := range syllables[0] {
		var full, ini strings.Builder
		var starts []uint16
		for i, s := range syllables {
			syl := s[0]
			if i == 0 {
				syl = first
			} else if full.Len() <= 0xffff {
				starts = append(starts, uint16(full.Len()))
			}
			full.WriteString(syl)
			ini.WriteByte(syl[0])
		}
		// One allocation for both strings keeps them on the same cache line
		// for the scan.
		both := full.String() + ini.String()
		n := full.Len()
		out = append(out, spelling{full: both[:n], initials: both[n:], starts: starts})
	}
	return out
}

// readingCache holds the toneless readings of each character seen, default
// first: go-pinyin splits and restyles its dictionary entry on every call,
// which made building an index of 100,000 names take over a second.
var readingCache = struct {
	sync.RWMutex
	m map[rune][]string
}{m: map[rune][]string{}}

// readings returns up to maxSurnameReadings toneless readings of r, the
// default one first; nil if go-pinyin does not know r.
func readings(r rune) []string {
	readingCache.RLock()
	py, ok := readingCache.m[r]
	readingCache.RUnlock()
	if ok {
		return py
	}
	args := pinyin.NewArgs()
	args.Style = pinyin.Normal
	args.Heteronym = true
	py = nil
	// A handful of interjections (呣 m̀, 欸 ê̄) keep marks no keyboard types.
	for _, p := range pinyin.SinglePinyin(r, args) {
		if isLetters(p) && len(py) < maxSurnameReadings {
			py = append(py, p)
		}
	}
	readingCache.Lock()
	readingCache.m[r] = py
	readingCache.Unlock()
	return py
}
