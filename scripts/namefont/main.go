// Command namefont lists the code points the embedded name font holds:
// the characters the main font lacks of
//   - Extension A, all of it (GB 18030-2022 implementation level 1 has all
//     of Extension A), and
//   - Extensions C–F, those the pinyin dictionary knows (characters in
//     present-day use, where names come from).
//
// Extension B (42,711 characters, ~20 MB of outlines) is left to the
// optional font (fonts-hanazono, or HanaMinB.ttf in the data directory's
// fonts folder) beyond the 525 the main font has, which include the
// 通用规范汉字表 ones and 𠮷. scripts/namefont.sh feeds the list to pyftsubset.
//
//	go run ./scripts/namefont MAIN.ttf SOURCE.ttf... > unicodes.txt
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/image/font/sfnt"

	"trainingdesk/personname"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: namefont MAIN.ttf SOURCE.ttf... > unicodes.txt")
		os.Exit(2)
	}
	main := load(os.Args[1])
	var sources []*sfnt.Font
	for _, p := range os.Args[2:] {
		sources = append(sources, load(p))
	}
	var buf sfnt.Buffer
	has := func(f *sfnt.Font, r rune) bool {
		g, err := f.GlyphIndex(&buf, r)
		return err == nil && g != 0
	}
	args := pinyin.NewArgs()
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	n := 0
	for r := rune(0x3400); r <= 0x2EBEF; r++ {
		b := personname.Block(r)
		if b == "" || b == "基本区" || b == "兼容区" || b == "扩展I" {
			continue
		}
		if has(main, r) {
			continue // printed with the main font (as an outline above U+FFFF)
		}
		if b != "扩展A" && (b == "扩展B" || len(pinyin.SinglePinyin(r, args)) == 0) && !extra[r] {
			continue
		}
		for _, s := range sources {
			if has(s, r) {
				fmt.Fprintf(out, "U+%04X\n", r)
				n++
				break
			}
		}
	}
	fmt.Fprintf(os.Stderr, "%d code points\n", n)
}

// extra are characters wanted whatever the rules above say.
var extra = map[rune]bool{}

func load(path string) *sfnt.Font {
	b, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	f, err := sfnt.Parse(b)
	if err != nil {
		fmt.Fprintln(os.Stderr, path, err)
		os.Exit(1)
	}
	return f
}
