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
func ReadIndex(raw []byte) (*Index, error) {
	d := decoder{raw: raw, src: string(raw)} // one copy; every string is a slice of it
	n, ok := d.header()
	if !ok {
		return nil, errBadIndex
	}
	ix := &Index{items: make([]*item, n)} // byKey is built if the index is changed
	block := make([]item, n)
	spells := make([]spelling, 0, n+n/8)
	starts := make([]uint16, 0, 2*n)
	for i := range block {
		if spells, starts, ok = d.item(&block[i], spells, starts); !ok {
			return nil, errBadIndex
		}
		ix.items[i] = &block[i]
	}
	if d.at != len(raw) {
		return nil, errBadIndex
	}
	return ix, nil
}

// decoder reads what AppendBinary wrote; strings are slices of src.
type decoder struct {
	raw  []byte
	src  string // raw as a string
	at   int
	fail bool
}

func (d *decoder) uv() int {
	v, n := binary.Uvarint(d.raw[d.at:])
	if n <= 0 || v > uint64(len(d.raw)) {
		d.fail = true
		return 0
	}
	d.at += n
	return int(v)
}

func (d *decoder) str() string {
	n := d.uv()
	if d.fail || d.at+n > len(d.raw) {
		d.fail = true
		return ""
	}
	s := d.src[d.at : d.at+n]
	d.at += n
	return s
}

// header reads the version and the number of entries.
func (d *decoder) header() (int, bool) {
	if d.uv() != persistVersion || d.fail {
		return 0, false
	}
	n := d.uv()
	return n, !d.fail && n <= len(d.raw)
}

// item reads one entry into it, appending its spellings and syllable starts
// to spells and starts (which it returns, grown).
func (d *decoder) item(it *item, spells []spelling, starts []uint16) ([]spelling, []uint16, bool) {
	it.entry.Key, it.entry.Name, it.entry.IDTail, it.name = d.str(), d.str(), d.str(), d.str()
	if d.fail || d.at >= len(d.raw) {
		return spells, starts, false
	}
	it.nameHasASCII = d.raw[d.at] == 1
	d.at++
	ns := d.uv()
	if d.fail || ns > 64 {
		return spells, starts, false
	}
	first := len(spells)
	for range ns {
		var sp spelling
		sp.full, sp.initials = d.str(), d.str()
		nst := d.uv()
		if d.fail || nst > len(sp.full) {
			return spells, starts, false
		}
		from := len(starts)
		for range nst {
			starts = append(starts, uint16(d.uv()))
		}
		sp.starts = starts[from:len(starts):len(starts)]
		spells = append(spells, sp)
	}
	if d.fail {
		return spells, starts, false
	}
	it.spellings = spells[first:len(spells):len(spells)]
	return spells, starts, true
}
