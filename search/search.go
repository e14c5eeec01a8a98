package search

import "strings"

// Ranks, best first. Within a rank, entries keep the order they were added.
const (
	rankExactName     = iota // 张三丰
	rankNamePrefix           // 张三
	rankExactPinyin          // zhangsanfeng, zsf
	rankPinyinPrefix         // zhangsan, zs
	rankNameSubstring        // 三丰
	rankPinyinInside         // sanfeng, sf: starts at a later syllable
	rankIDTail               // 002X
	numRanks
	noMatch = -1
)

// Search returns up to limit entries matching query, best first: exact name,
// name prefix, exact pinyin or initials, pinyin or initials prefix, name
// substring, pinyin from a later syllable, ID tail. Matching ignores case,
// spaces and full-width forms. limit ≤ 0 means no limit. An empty query
// finds nothing.
func (ix *Index) Search(query string, limit int) []Entry {
	q := parseQuery(query)
	if q.text == "" {
		return nil
	}
	ix.mu.RLock()
	defer ix.mu.RUnlock()

	// Items are scanned in insertion order, so each rank's bucket is already
	// in tie order, and no bucket needs more than limit entries.
	var buckets [numRanks][]Entry
	for _, it := range ix.items {
		r := it.rank(&q)
		if r == noMatch || (limit > 0 && len(buckets[r]) >= limit) {
			continue
		}
		buckets[r] = append(buckets[r], it.entry)
	}
	var out []Entry
	for _, b := range buckets {
		out = append(out, b...)
		if limit > 0 && len(out) >= limit {
			return out[:limit]
		}
	}
	return out
}

// rank returns the best rank at which the item matches q, or noMatch.
func (it *item) rank(q *query) int {
	// A query of ASCII only cannot be in a name of Chinese characters only;
	// skipping those comparisons is most of the speed for pinyin queries.
	nameMayMatch := !q.ascii || it.nameHasASCII
	if nameMayMatch {
		if it.name == q.text {
			return rankExactName
		}
		if hasPrefix(it.name, q.text) {
			return rankNamePrefix
		}
	}
	best := noMatch
	if q.pinyin != "" {
		best = it.pinyinRank(q.pinyin)
		if best == rankExactPinyin || best == rankPinyinPrefix {
			return best
		}
	}
	if nameMayMatch && strings.Contains(it.name, q.text) {
		return rankNameSubstring
	}
	if best != noMatch {
		return best
	}
	if q.idTail != "" && strings.HasSuffix(it.entry.IDTail, q.idTail) {
		return rankIDTail
	}
	return noMatch
}

func (it *item) pinyinRank(p string) int {
	best := noMatch
	for i := range it.spellings {
		s := &it.spellings[i]
		if s.full == p || s.initials == p {
			return rankExactPinyin
		}
		if hasPrefix(s.full, p) || hasPrefix(s.initials, p) {
			best = rankPinyinPrefix
			continue
		}
		if best != noMatch {
			continue
		}
		if len(s.initials) > 1 && strings.Contains(s.initials[1:], p) {
			best = rankPinyinInside
			continue
		}
		for _, off := range s.starts {
			if hasPrefix(s.full[off:], p) {
				best = rankPinyinInside
				break
			}
		}
	}
	return best
}

// hasPrefix is strings.HasPrefix with the first byte compared inline: most
// entries differ there, and this avoids a call per entry in the scan.
func hasPrefix(s, p string) bool {
	return len(s) >= len(p) && (len(p) == 0 || s[0] == p[0]) && s[:len(p)] == p
}
