// Package fontmerge adds to one TrueType font the glyphs another has for
// the characters it lacks, so a renderer that takes a single font (Fyne's
// theme) shows both: LXGW WenKai plus the rare-character name font.
//
// It handles what those two fonts are: TrueType outlines ('glyf'), a
// format 12 Unicode cmap, simple glyphs in the added font. The added glyphs
// keep their coordinates (a font of 1024 units per em in one of 1000 draws
// them 2.4 % larger) and get their advances scaled to the base font's em.
// Vertical metrics, which would no longer match, are dropped; 'post' loses
// its glyph names.
package fontmerge

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

var be = binary.BigEndian

type font struct {
	tables    map[string][]byte
	numGlyphs int
	upem      int
	glyphs    [][]byte // glyph data by glyph id
	advance   []uint16
	lsb       []int16
	cmap      map[rune]int
}

// Append returns base with the glyphs of extra added for every character
// extra maps and base does not.
func Append(base, extra []byte) ([]byte, error) {
	b, err := parse(base)
	if err != nil {
		return nil, fmt.Errorf("base font: %w", err)
	}
	x, err := parse(extra)
	if err != nil {
		return nil, fmt.Errorf("added font: %w", err)
	}
	runes := make([]rune, 0, len(x.cmap))
	for r := range x.cmap {
		if _, ok := b.cmap[r]; !ok {
			runes = append(runes, r)
		}
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	newID := map[int]int{}
	for _, r := range runes {
		g := x.cmap[r]
		if g == 0 {
			continue
		}
		if isComposite(x.glyphs[g]) {
			return nil, fmt.Errorf("added font: glyph %d is composite", g)
		}
		id, ok := newID[g]
		if !ok {
			id = len(b.glyphs)
			if id > 0xFFFF {
				return nil, errors.New("too many glyphs for one font")
			}
			newID[g] = id
			b.glyphs = append(b.glyphs, x.glyphs[g])
			b.advance = append(b.advance, uint16(int(x.advance[g])*b.upem/x.upem))
			b.lsb = append(b.lsb, x.lsb[g])
		}
		b.cmap[r] = id
	}
	growMaxp(b.tables["maxp"], x.tables["maxp"])
	return b.write(), nil
}

func parse(data []byte) (*font, error) {
	if len(data) < 12 || be.Uint32(data) != 0x00010000 && string(data[:4]) != "true" {
		return nil, errors.New("not a TrueType font")
	}
	n := int(be.Uint16(data[4:]))
	if len(data) < 12+16*n {
		return nil, errors.New("truncated table directory")
	}
	f := &font{tables: map[string][]byte{}}
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		off, length := be.Uint32(rec[8:]), be.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(data)) {
			return nil, fmt.Errorf("table %q out of bounds", rec[:4])
		}
		f.tables[string(rec[:4])] = data[off : off+length]
	}
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"} {
		if f.tables[tag] == nil {
			return nil, fmt.Errorf("no %q table", tag)
		}
	}
	head, hhea, maxp := f.tables["head"], f.tables["hhea"], f.tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, errors.New("short head, hhea or maxp")
	}
	f.upem = int(be.Uint16(head[18:]))
	f.numGlyphs = int(be.Uint16(maxp[4:]))
	long := be.Uint16(head[50:]) == 1
	loca, glyf := f.tables["loca"], f.tables["glyf"]
	at := func(i int) int {
		if long {
			return int(be.Uint32(loca[4*i:]))
		}
		return 2 * int(be.Uint16(loca[2*i:]))
	}
	if long && len(loca) < 4*(f.numGlyphs+1) || !long && len(loca) < 2*(f.numGlyphs+1) {
		return nil, errors.New("short loca")
	}
	f.glyphs = make([][]byte, f.numGlyphs)
	for i := range f.glyphs {
		s, e := at(i), at(i+1)
		if s > e || e > len(glyf) {
			return nil, fmt.Errorf("glyph %d out of bounds", i)
		}
		f.glyphs[i] = glyf[s:e]
	}
	hm := int(be.Uint16(hhea[34:]))
	hmtx := f.tables["hmtx"]
	if hm < 1 || hm > f.numGlyphs || len(hmtx) < 4*hm+2*(f.numGlyphs-hm) {
		return nil, errors.New("short hmtx")
	}
	f.advance = make([]uint16, f.numGlyphs)
	f.lsb = make([]int16, f.numGlyphs)
	for i := 0; i < f.numGlyphs; i++ {
		if i < hm {
			f.advance[i], f.lsb[i] = be.Uint16(hmtx[4*i:]), int16(be.Uint16(hmtx[4*i+2:]))
		} else {
			f.advance[i], f.lsb[i] = f.advance[hm-1], int16(be.Uint16(hmtx[4*hm+2*(i-hm):]))
		}
	}
	var err error
	f.cmap, err = parseCmap(f.tables["cmap"], f.numGlyphs)
	return f, err
}

// parseCmap reads the Windows full-Unicode (3,10) format 12 subtable, or a
// Unicode-platform format 12 one.
func parseCmap(t []byte, numGlyphs int) (map[rune]int, error) {
	if len(t) < 4 {
		return nil, errors.New("short cmap")
	}
	n := int(be.Uint16(t[2:]))
	for i := 0; i < n && 4+8*i+8 <= len(t); i++ {
		rec := t[4+8*i:]
		pid, eid, off := be.Uint16(rec), be.Uint16(rec[2:]), int(be.Uint32(rec[4:]))
		if !(pid == 3 && eid == 10 || pid == 0 && eid == 4) || off+16 > len(t) || be.Uint16(t[off:]) != 12 {
			continue
		}
		sub := t[off:]
		groups := int(be.Uint32(sub[12:]))
		if 16+12*groups > len(sub) {
			return nil, errors.New("short cmap format 12")
		}
		m := map[rune]int{}
		for g := 0; g < groups; g++ {
			rec := sub[16+12*g:]
			start, end, gid := be.Uint32(rec), be.Uint32(rec[4:]), be.Uint32(rec[8:])
			for c := start; c <= end && c <= 0x10FFFF; c++ {
				if id := int(gid + c - start); id < numGlyphs {
					m[rune(c)] = id
				}
			}
		}
		return m, nil
	}
	return nil, errors.New("no format 12 Unicode cmap")
}

func isComposite(g []byte) bool { return len(g) >= 2 && int16(be.Uint16(g)) < 0 }

// growMaxp raises the base font's maxima (points, contours, …) to the added
// font's where those are larger.
func growMaxp(base, extra []byte) {
	for off := 6; off+2 <= len(base) && off+2 <= len(extra) && off < 32; off += 2 {
		if v := be.Uint16(extra[off:]); v > be.Uint16(base[off:]) {
			be.PutUint16(base[off:], v)
		}
	}
}

func (f *font) write() []byte {
	n := len(f.glyphs)
	size := 0
	for _, g := range f.glyphs {
		size += (len(g) + 3) &^ 3
	}
	glyf := make([]byte, 0, size)
	loca := make([]byte, 4*(n+1))
	for i, g := range f.glyphs {
		be.PutUint32(loca[4*i:], uint32(len(glyf)))
		glyf = append(glyf, g...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
	}
	be.PutUint32(loca[4*n:], uint32(len(glyf)))
	hmtx := make([]byte, 4*n)
	for i := range f.glyphs {
		be.PutUint16(hmtx[4*i:], f.advance[i])
		be.PutUint16(hmtx[4*i+2:], uint16(f.lsb[i]))
	}
	head := append([]byte(nil), f.tables["head"]...)
	be.PutUint16(head[50:], 1) // long loca
	be.PutUint32(head[8:], 0)  // checkSumAdjustment, set below
	hhea := append([]byte(nil), f.tables["hhea"]...)
	be.PutUint16(hhea[34:], uint16(n))
	maxp := append([]byte(nil), f.tables["maxp"]...)
	be.PutUint16(maxp[4:], uint16(n))
	tables := map[string][]byte{}
	for tag, t := range f.tables {
		switch tag {
		case "vhea", "vmtx", "hdmx", "LTSH", "VDMX", "DSIG", "kern":
			continue // per-glyph tables that would no longer match
		}
		tables[tag] = t
	}
	tables["glyf"], tables["loca"], tables["hmtx"] = glyf, loca, hmtx
	tables["head"], tables["hhea"], tables["maxp"] = head, hhea, maxp
	tables["cmap"] = cmap12(f.cmap)
	if post := f.tables["post"]; len(post) >= 32 {
		p := append([]byte(nil), post[:32]...)
		be.PutUint32(p, 0x00030000) // no glyph names
		tables["post"] = p
	}
	out := assemble(tables)
	// The whole font must sum to 0xB1B0AFBA.
	hoff := tableOffset(out, "head")
	be.PutUint32(out[hoff+8:], 0xB1B0AFBA-checksum(out))
	return out
}

// cmap12 is a cmap with one format 12 subtable, listed for (0,4) and (3,10).
func cmap12(m map[rune]int) []byte {
	runes := make([]rune, 0, len(m))
	for r := range m {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	var groups [][3]uint32
	for _, r := range runes {
		g := uint32(m[r])
		if k := len(groups) - 1; k >= 0 && groups[k][1]+1 == uint32(r) && groups[k][2]+uint32(r)-groups[k][0] == g {
			groups[k][1] = uint32(r)
			continue
		}
		groups = append(groups, [3]uint32{uint32(r), uint32(r), g})
	}
	sub := make([]byte, 16+12*len(groups))
	be.PutUint16(sub, 12)
	be.PutUint32(sub[4:], uint32(len(sub)))
	be.PutUint32(sub[12:], uint32(len(groups)))
	for i, g := range groups {
		be.PutUint32(sub[16+12*i:], g[0])
		be.PutUint32(sub[20+12*i:], g[1])
		be.PutUint32(sub[24+12*i:], g[2])
	}
	t := make([]byte, 4+8*2)
	be.PutUint16(t[2:], 2)
	for i, enc := range [][2]uint16{{0, 4}, {3, 10}} {
		be.PutUint16(t[4+8*i:], enc[0])
		be.PutUint16(t[6+8*i:], enc[1])
		be.PutUint32(t[8+8*i:], uint32(len(t)))
	}
	return append(t, sub...)
}

func assemble(tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	for t := range tables {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	n := len(tags)
	size := 12 + 16*n
	for _, t := range tables {
		size += (len(t) + 3) &^ 3
	}
	sr, es := 1, 0
	for sr*2 <= n {
		sr *= 2
		es++
	}
	out := make([]byte, 12+16*n, size)
	be.PutUint32(out, 0x00010000)
	be.PutUint16(out[4:], uint16(n))
	be.PutUint16(out[6:], uint16(sr*16))
	be.PutUint16(out[8:], uint16(es))
	be.PutUint16(out[10:], uint16(n*16-sr*16))
	for i, tag := range tags {
		t := tables[tag]
		rec := out[12+16*i:]
		copy(rec, tag)
		be.PutUint32(rec[4:], checksum(t))
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(t)))
		out = append(out, t...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func tableOffset(font []byte, tag string) int {
	n := int(be.Uint16(font[4:]))
	for i := 0; i < n; i++ {
		rec := font[12+16*i:]
		if string(rec[:4]) == tag {
			return int(be.Uint32(rec[8:]))
		}
	}
	return 0
}

func checksum(b []byte) uint32 {
	var sum uint32
	i := 0
	for ; i+4 <= len(b); i += 4 {
		sum += be.Uint32(b[i:])
	}
	if i < len(b) {
		var w [4]byte
		copy(w[:], b[i:])
		sum += be.Uint32(w[:])
	}
	return sum
}
