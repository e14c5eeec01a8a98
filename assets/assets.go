// Package assets embeds everything the program ships besides code: the CJK
// font (with its licence), code tables, the icon and templates. It imports
// nothing of the project, so any package may use it.
package assets

import "embed"

// FS holds every shipped file, addressed by its path below assets/.
//
//go:embed fonts/*.ttf fonts/*.txt icon.png
var FS embed.FS

// Font is LXGW WenKai Regular (SIL OFL 1.1): TrueType with CJK and Latin
// glyphs, the only format gofpdf's UTF-8 support accepts.
//
//go:embed fonts/LXGWWenKai-Regular.ttf
var Font []byte

// FontName is the font's file name, for renderers that want one.
const FontName = "LXGWWenKai-Regular.ttf"

// NameFont is a subset of Hanazono Mincho (HanaMinA/HanaMinB, GlyphWiki
// Project, Hanazono Font License — fonts/LICENSE-Hanazono.txt): the
// characters of CJK Extensions A–F in present-day use that Font cannot
// print (scripts/namefont.sh makes it). Printing draws them as outlines and
// the GUI shows them through it.
//
//go:embed fonts/NameFallback-Hanazono.ttf
var NameFont []byte

// NameFontName is NameFont's file name.
const NameFontName = "NameFallback-Hanazono.ttf"

// Icon is the application icon (PNG, 256×256).
//
//go:embed icon.png
var Icon []byte
