package search

import (
	"encoding/binary"
	"errors"
)

// The index can be saved and read back with everything a query compares
// against already worked out, so a fresh process answers its first query
// without reading pinyin for every name again. The bytes hold names: the
// caller keeps them encrypted.

const persistVersion = 1

var errBadIndex = errors.New("search index snapshot is damaged")

// AppendBinary appends the index, in order, to b.
func (ix *Index) AppendBinary(b []byte) []byte {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	b = binary.AppendUvarint(b, persistVersion)
	b = binary.AppendUvarint(b, uint64(len(ix.items)))
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, it := range ix.items {
		str(it.entry.Key)
		str(it.entry.Name)
		str(it.entry.IDTail)
		str(it.name)
		flag := byte(0)
		if it.nameHasASCII {
			flag = 1
		}
		b = append(b, flag)
		b = binary.AppendUvarint(b, uint64(len(it.spellings)))
		for _, sp := range it.spellings {
			str(sp.full)
			str(sp.initials)
			b = binary.AppendUvarint(b, uint64(len(sp.starts)))
			for _, s := range sp.starts {
				b = binary.AppendUvarint(b, uint64(s))
			}
		}
	}
	return b
}

// ReadIndex reads an index written by AppendBinary.
func ReadIndex(raw []byte) (ix *Index, err error) {
	src := string(raw) // one copy; every string below is a slice of it
	at := 0
	fail := false
	uv := func() int {
		v, n := binary.Uvarint(raw[at:])
		if n <= 0 || v > uint64(len(raw)) {
			fail = true
			return 0
		}
		at += n
		return int(v)
	}
	str := func() string {
		n := uv()
		if fail || at+n > len(raw) {
			fail = true
			return ""
		}
		s := src[at : at+n]
		at += n
		return s
	}
	if uv() != persistVersion || fail {
		return nil, errBadIndex
	}
	n := uv()
	if fail {
		return nil, errBadIndex
	}
	if n > len(raw) {
		return nil, errBadIndex
	}
	ix = &Index{items: make([]*item, n)} // byKey is built if the index is changed
	block := make([]item, n)
	spells := make([]spelling, 0, n+n/8)
	starts := make([]uint16, 0, 2*n)
	for i := range block {
		it := &block[i]
		it.entry.Key, it.entry.Name, it.entry.IDTail, it.name = str(), str(), str(), str()
		if fail || at >= len(raw) {
			return nil, errBadIndex
		}
		it.nameHasASCII = raw[at] == 1
		at++
		ns := uv()
		if fail || ns > 64 {
			return nil, errBadIndex
		}
		first := len(spells)
		for range ns {
			var sp spelling
			sp.full, sp.initials = str(), str()
			nst := uv()
			if fail || nst > len(sp.full) {
				return nil, errBadIndex
			}
			from := len(starts)
			for range nst {
				starts = append(starts, uint16(uv()))
			}
			sp.starts = starts[from:len(starts):len(starts)]
			spells = append(spells, sp)
		}
		if fail {
			return nil, errBadIndex
		}
		it.spellings = spells[first:len(spells):len(spells)]
		ix.items[i] = it
	}
	if at != len(raw) {
		return nil, errBadIndex
	}
	return ix, nil
}
