package search

import (
	"strings"
	"unsafe"
)

// SearchSaved answers query straight from bytes AppendBinary wrote, as
// ReadIndex, then Add of each changed entry, Remove of each removed key and
// Search would, without building the index: a fresh process asking once
// reads each entry in place and keeps only the hits (the command line's
// `trainees search`). raw must not change during the call.
func SearchSaved(raw []byte, changed []Entry, removed []string, query string, limit int) ([]Entry, error) {
	d := decoder{raw: raw}
	if len(raw) > 0 {
		d.src = unsafe.String(&raw[0], len(raw)) // read only, and no string outlives the call
	}
	n, ok := d.header()
	if !ok {
		return nil, errBadIndex
	}
	q := parseQuery(query)
	gone := make(map[string]bool, len(removed))
	for _, k := range removed {
		gone[k] = true
	}
	newer := make(map[string]*item, len(changed))
	var added []*item // changed entries not in raw, in the order Add would append them
	for _, e := range changed {
		it := newItem(e)
		if _, dup := newer[e.Key]; !dup {
			added = append(added, it)
		}
		newer[e.Key] = it
	}
	var buckets [numRanks][]Entry
	consider := func(it *item) {
		if q.text == "" {
			return
		}
		if r := it.rank(&q); r != noMatch && (limit <= 0 || len(buckets[r]) < limit) {
			e := it.entry
			buckets[r] = append(buckets[r], Entry{Key: strings.Clone(e.Key), Name: strings.Clone(e.Name), IDTail: strings.Clone(e.IDTail)})
		}
	}
	inRaw := map[string]bool{}
	var it item
	var spells []spelling
	var starts []uint16
	for range n {
		if spells, starts, ok = d.item(&it, spells[:0], starts[:0]); !ok {
			return nil, errBadIndex
		}
		key := it.entry.Key
		switch c, isNew := newer[key]; {
		case gone[key]:
		case isNew:
			inRaw[c.entry.Key] = true
			consider(c)
		default:
			consider(&it)
		}
	}
	if d.at != len(raw) {
		return nil, errBadIndex
	}
	for _, a := range added {
		if !inRaw[a.entry.Key] && !gone[a.entry.Key] {
			consider(newer[a.entry.Key])
		}
	}
	var out []Entry
	for _, b := range buckets {
		out = append(out, b...)
		if limit > 0 && len(out) >= limit {
			return out[:limit], nil
		}
	}
	return out, nil
}
