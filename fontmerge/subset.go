package fontmerge

// Hollow returns data with the outlines of every glyph reached only through
// characters drop reports emptied, and those characters left out of the
// cmap, so a renderer falls back to another font for them. Glyph ids stay
// as they are (layout tables still point at the right glyphs); a glyph a
// kept character or a composite reaches keeps its outline.
//
// Fyne parses every outline of a theme font once per text style; a hollowed
// font for the styles that show labels (bold headings) costs a fraction.
func Hollow(data []byte, drop func(rune) bool) ([]byte, error) {
	f, err := parse(data)
	if err != nil {
		return nil, err
	}
	kept := make([]bool, f.numGlyphs)
	kept[0] = true // .notdef
	for r, g := range f.cmap {
		if drop(r) {
			delete(f.cmap, r)
			continue
		}
		keepGlyph(f, kept, g)
	}
	for g, k := range kept {
		if !k {
			f.glyphs[g] = nil
		}
	}
	return f.write(), nil
}

// keepGlyph marks a glyph and, for a composite, its components.
func keepGlyph(f *font, kept []bool, g int) {
	if g < 0 || g >= len(kept) || kept[g] {
		return
	}
	kept[g] = true
	d := f.glyphs[g]
	if !isComposite(d) {
		return
	}
	// Composite: after the 10-byte header, records of flags, glyph index,
	// arguments and an optional transform, while MORE_COMPONENTS is set.
	for at := 10; at+4 <= len(d); {
		flags := be.Uint16(d[at:])
		keepGlyph(f, kept, int(be.Uint16(d[at+2:])))
		at += 4
		if flags&0x0001 != 0 { // ARG_1_AND_2_ARE_WORDS
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&0x0008 != 0: // WE_HAVE_A_SCALE
			at += 2
		case flags&0x0040 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
			at += 4
		case flags&0x0080 != 0: // WE_HAVE_A_TWO_BY_TWO
			at += 8
		}
		if flags&0x0020 == 0 { // MORE_COMPONENTS
			return
		}
	}
}
