package search

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// An index read back from its bytes answers every query as the one it came
// from, in the same order; damaged bytes are refused, never half-read.
func TestSavedIndexAnswersAsTheOriginal(t *testing.T) {
	entries := benchEntries(2000, rand.New(rand.NewPCG(3, 4)))
	entries = append(entries, Entry{Key: "x1", Name: "单田芳", IDTail: "11002X"}, Entry{Key: "x2", Name: "Anna·李", IDTail: "123456"})
	ix := NewIndex(entries)
	raw := ix.AppendBinary(nil)
	back, err := ReadIndex(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"张", "张伟", "zw", "zhangwei", "伟", "sf", "shantianfang", "dtf", "anna", "002x", "123456", "wang"} {
		if got, want := back.Search(q, 50), ix.Search(q, 50); !slices.Equal(got, want) {
			t.Fatalf("query %q: read-back index finds %v, original %v", q, got, want)
		}
	}
	back.Add(Entry{Key: "x3", Name: "张三丰", IDTail: "000000"})
	if got := back.Search("zsf", 5); len(got) == 0 || got[0].Key != "x3" {
		t.Fatalf("an entry added after reading back is not found: %v", got)
	}
	for _, cut := range []int{1, len(raw) / 2, len(raw) - 1} {
		if _, err := ReadIndex(raw[:cut]); err == nil {
			t.Fatalf("index cut at %d was read", cut)
		}
	}
}

// BenchmarkReadIndex100k reads back a saved index of 100,000 names: the
// work `trainees search` does in a fresh process before its first query.
func BenchmarkReadIndex100k(b *testing.B) {
	raw := NewIndex(benchEntries(100_000, rand.New(rand.NewPCG(1, 2)))).AppendBinary(nil)
	b.SetBytes(int64(len(raw)))
	b.ResetTimer()
	for range b.N {
		if _, err := ReadIndex(raw); err != nil {
			b.Fatal(err)
		}
	}
}
