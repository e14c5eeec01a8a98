package search

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// Searching the saved bytes with the later changes finds what the index
// read back, patched and searched finds, in the same order: renamed entries
// where they were, new ones after, removed ones nowhere.
func TestSearchSavedAnswersAsThePatchedIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	entries := benchEntries(3000, rng)
	raw := NewIndex(entries).AppendBinary(nil)
	more := benchEntries(40, rng)
	var changed []Entry
	for i, e := range more {
		if i%2 == 0 {
			e.Key = strconv.Itoa(rng.IntN(len(entries))) // a rename of a saved entry
		} else {
			e.Key = "new" + strconv.Itoa(i)
		}
		changed = append(changed, e)
	}
	changed = append(changed, Entry{Key: "new1", Name: "张三丰", IDTail: "12002X"}) // changed twice
	removed := []string{"7", "11", "42", "not-there"}
	want, err := ReadIndex(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range changed {
		want.Add(e)
	}
	for _, k := range removed {
		want.Remove(k)
	}
	for _, q := range []string{"张", "张伟", "zw", "zhangwei", "伟", "sf", "zsf", "wang", "002x", "1234", "李秀", "", "   "} {
		for _, limit := range []int{0, 5, 50} {
			got, err := SearchSaved(raw, changed, removed, q, limit)
			if err != nil {
				t.Fatal(err)
			}
			if w := want.Search(q, limit); !slices.Equal(got, w) {
				t.Fatalf("query %q limit %d: saved search finds %v, patched index %v", q, limit, got, w)
			}
		}
	}
	for _, cut := range []int{1, len(raw) / 2, len(raw) - 1} {
		if _, err := SearchSaved(raw[:cut], nil, nil, "张", 5); err == nil {
			t.Fatalf("bytes cut at %d were searched", cut)
		}
	}
}

// BenchmarkSearchSaved100k is `trainees search` in a fresh process after
// decryption: one query over a saved index of 100,000 names.
func BenchmarkSearchSaved100k(b *testing.B) {
	raw := NewIndex(benchEntries(100_000, rand.New(rand.NewPCG(1, 2)))).AppendBinary(nil)
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := SearchSaved(raw, nil, nil, "zhangwei", 20); err != nil {
			b.Fatal(err)
		}
	}
}
