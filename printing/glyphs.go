package printing

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/image/font/sfnt"

	"trainingdesk/assets"
)

// outlineFont is a font whose glyph outlines are drawn as vector paths for
// the characters gofpdf cannot set with the main font: those above U+FFFF
// (gofpdf panics on them) and those the main font lacks.
type outlineFont struct {
	name string
	f    *sfnt.Font
	upem float64
}

// outlineFonts is the fallback chain, searched in order: the main font
// itself (it has some hundred characters of Extensions B–H, which gofpdf
// cannot set), the embedded name font (a Hanazono subset), then the fonts
// found on this machine (see systemFontPaths and AddFontDir), loaded only
// when an earlier one lacks a character.
type outlineFonts struct {
	mu       sync.Mutex
	dirs     map[string]bool // font folders already added
	loaded   []*outlineFont
	pending  []string // font files not read yet
	byRune   map[rune]*outlineFont
	notFound map[rune]bool
}

var fallback = newOutlineFonts(systemFontPaths())

// newOutlineFonts is the embedded fonts followed by the font files paths.
func newOutlineFonts(paths []string) *outlineFonts {
	o := &outlineFonts{byRune: map[rune]*outlineFont{}, notFound: map[rune]bool{}, dirs: map[string]bool{}, pending: paths}
	for _, b := range []struct {
		name string
		data []byte
	}{{assets.FontName, assets.Font}, {assets.NameFontName, assets.NameFont}} {
		if f, err := sfnt.Parse(b.data); err == nil {
			o.loaded = append(o.loaded, &outlineFont{b.name, f, float64(f.UnitsPerEm())})
		}
	}
	return o
}

// systemFontPaths are fonts with Extension B–H characters that machines
// commonly have: Debian's fonts-hanazono and fonts-babelstone-han, Windows'
// SimSun-ExtB and SimSun-ExtG.
func systemFontPaths() []string {
	var paths []string
	windir := os.Getenv("WINDIR")
	if windir == "" {
		windir = `C:\Windows`
	}
	for _, p := range []string{
		"/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
		"/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
		"/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf",
		filepath.Join(windir, "Fonts", "simsunb.ttf"),
		filepath.Join(windir, "Fonts", "SimsunExtG.ttf"),
	} {
		if _, err := os.Stat(p); err == nil {
			paths = append(paths, p)
		}
	}
	return paths
}

// AddFontDir makes the TrueType/OpenType fonts in dir (the data
// directory's fonts folder) available for characters no shipped font has:
// an institution that meets such a name drops, e.g., HanaMinB.ttf there.
// A missing dir is not an error.
func AddFontDir(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	fallback.mu.Lock()
	defer fallback.mu.Unlock()
	if fallback.dirs[dir] {
		return
	}
	fallback.dirs[dir] = true
	var paths []string
	for _, e := range entries {
		ext := strings.ToLower(filepath.Ext(e.Name()))
		if !e.IsDir() && (ext == ".ttf" || ext == ".otf") {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	// The clerk's own fonts come before the machine's.
	fallback.pending = append(paths, fallback.pending...)
	clear(fallback.notFound)
}

// lookup finds the font and glyph that draw r, or nil.
func (o *outlineFonts) lookup(r rune) (*outlineFont, sfnt.GlyphIndex) {
	o.mu.Lock()
	defer o.mu.Unlock()
	var buf sfnt.Buffer
	if f, ok := o.byRune[r]; ok {
		g, _ := f.f.GlyphIndex(&buf, r)
		return f, g
	}
	if o.notFound[r] {
		return nil, 0
	}
	for i := 0; ; i++ {
		for i >= len(o.loaded) && len(o.pending) > 0 {
			o.loadNext()
		}
		if i >= len(o.loaded) {
			break
		}
		f := o.loaded[i]
		if g, err := f.f.GlyphIndex(&buf, r); err == nil && g != 0 {
			o.byRune[r] = f
			return f, g
		}
	}
	o.notFound[r] = true
	return nil, 0
}

// loadNext reads the next pending font file; an unreadable one is skipped.
func (o *outlineFonts) loadNext() {
	p := o.pending[0]
	o.pending = o.pending[1:]
	b, err := os.ReadFile(p)
	if err != nil {
		return
	}
	f, err := sfnt.Parse(b)
	if err != nil {
		c, cerr := sfnt.ParseCollection(b)
		if cerr != nil {
			return
		}
		if f, err = c.Font(0); err != nil {
			return
		}
	}
	o.loaded = append(o.loaded, &outlineFont{filepath.Base(p), f, float64(f.UnitsPerEm())})
}

// glyphFor tells how r prints: with gofpdf (settable), as an outline from
// a fallback font, or not at all.
func glyphFor(r rune) (settable bool, f *outlineFont, g sfnt.GlyphIndex) {
	if loadFont().hasGlyph(r) {
		return true, nil, 0
	}
	f, g = fallback.lookup(r)
	return false, f, g
}
