package occupation

import (
	"sort"
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

var pinyinArgs = pinyin.NewArgs() // toneless, one reading per character

// syllables reads a name in pinyin, one syllable per Chinese character.
func syllables(name string) []string {
	out := make([]string, 0, len(name)/3)
	for _, r := range name {
		if py := pinyin.SinglePinyin(r, pinyinArgs); len(py) > 0 {
			out = append(out, py[0])
		}
	}
	return out
}

// Search finds occupations by part of the name (维修), the code or its
// start (6-31), or pinyin where each syllable may be typed as its initial,
// in full or as a prefix (dg, diangong, dgong → 电工). Best matches first:
// exact name, then name start, then shorter names.
func (c *Catalogue) Search(query string, limit int) []Occupation {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	codeQ := NormalizeCode(q)
	letters := isLetters(q)
	type hit struct{ i, rank int }
	var hits []hit
	for i, o := range c.occ {
		rank := -1
		switch {
		case o.Name == query || o.Code == codeQ:
			rank = 0
		case strings.HasPrefix(o.Name, q):
			rank = 1
		case strings.HasPrefix(o.Code, codeQ) && strings.ContainsAny(codeQ, "0123456789"):
			rank = 2
		case strings.Contains(o.Name, q):
			rank = 3
		case letters:
			if at := pinyinMatch(c.spell[i], q); at == 0 {
				rank = 1
			} else if at > 0 {
				rank = 3
			}
		}
		if rank >= 0 {
			hits = append(hits, hit{i, rank})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool {
		ha, hb := hits[a], hits[b]
		if ha.rank != hb.rank {
			return ha.rank < hb.rank
		}
		return len([]rune(c.occ[ha.i].Name)) < len([]rune(c.occ[hb.i].Name))
	})
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	out := make([]Occupation, len(hits))
	for k, h := range hits {
		out[k] = c.occ[h.i]
	}
	return out
}

// pinyinMatch returns the syllable at which q matches a run of syllables
// (each typed as a non-empty prefix of itself), or -1.
func pinyinMatch(syl []string, q string) int {
	for start := range syl {
		if matchFrom(syl, start, q) {
			return start
		}
	}
	return -1
}

func matchFrom(syl []string, i int, q string) bool {
	if q == "" {
		return true
	}
	if i == len(syl) {
		return false
	}
	s := syl[i]
	for n := min(len(s), len(q)); n >= 1; n-- {
		if s[:n] == q[:n] && matchFrom(syl, i+1, q[n:]) {
			return true
		}
	}
	return false
}

func isLetters(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}
