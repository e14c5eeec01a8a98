package search

import "testing"

// FuzzSearch: no name in a roster and nothing typed may make the index panic.
func FuzzSearch(f *testing.F) {
	for _, s := range [][2]string{
		{"张三丰", "zsf"}, {"阿卜杜·热合曼", "abd"}, {"呣欸", "m"}, {"Mary 李", "mary"},
		{"", "002X"}, {"\xff\xfe", "\xff"}, {"曾", "'"},
	} {
		f.Add(s[0], s[1], "31002X")
	}
	f.Fuzz(func(t *testing.T, name, query, tail string) {
		ix := NewIndex([]Entry{{Key: "k", Name: name, IDTail: tail}})
		if got := ix.Search(query, 5); len(got) > 1 {
			t.Fatalf("one entry, %d results", len(got))
		}
		if got := ix.Search(name, 0); fold(name) != "" && len(got) != 1 {
			t.Fatalf("entry not found by its own name %q", name)
		}
		if len([]rune(ix.items[0].entry.IDTail)) > tailLen {
			t.Fatalf("tail %q longer than %d", ix.items[0].entry.IDTail, tailLen)
		}
	})
}
