package search

import "testing"

// Rare-character names are found by their other characters, by the rare
// character itself, by pinyin where go-pinyin knows the characters, and
// whatever Unicode form the query arrives in.
func TestRareCharacterNames(t *testing.T) {
	ix := NewIndex([]Entry{
		{Key: "a", Name: "王𠮷"},
		{Key: "b", Name: "李𬌗"},
		{Key: "c", Name: "阿依古丽·买买提"},
		{Key: "d", Name: "José Martín"},
	})
	for q, want := range map[string]string{
		"王": "a", "𠮷": "a", "王𠮷": "a", "wang": "a",
		"𬌗": "b", "lihe": "b", "lh": "b",
		"买买提": "c", "阿依古丽・买买提": "c", "ayglmmt": "c",
		"Jose\u0301": "d", // decomposed é
	} {
		got := keys(ix.Search(q, 10))
		if len(got) == 0 || got[0] != want {
			t.Errorf("Search(%q) = %v, want %s first", q, got, want)
		}
	}
}
