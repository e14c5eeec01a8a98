package search

import (
	"reflect"
	"sync"
	"testing"
)

func testIndex() *Index {
	return NewIndex([]Entry{
		{Key: "1", Name: "张三丰", IDTail: "31002X"},
		{Key: "2", Name: "张三", IDTail: "101234"},
		{Key: "3", Name: "李四", IDTail: "071239"},
		{Key: "4", Name: "王三丰", IDTail: "152010"},
		{Key: "5", Name: "曾小明", IDTail: "045678"},
		{Key: "6", Name: "单田芳", IDTail: "011230"},
		{Key: "7", Name: "吕布", IDTail: "099999"},
		{Key: "8", Name: "阿卜杜·热合曼", IDTail: "12345X"},
	})
}

func keys(es []Entry) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.Key)
	}
	return out
}

func TestSearch(t *testing.T) {
	ix := testIndex()
	tests := []struct {
		name, query string
		want        []string
	}{
		{"initials", "zsf", []string{"1"}},
		{"initials prefix, exact before prefix", "zs", []string{"2", "1"}},
		{"full pinyin", "zhangsanfeng", []string{"1"}},
		{"full pinyin prefix, exact first", "zhangsan", []string{"2", "1"}},
		{"upper case and spaces", "  ZhangSan Feng ", []string{"1"}},
		{"full-width letters", "ｚｓｆ", []string{"1"}},
		{"exact name before name prefix", "张三", []string{"2", "1"}},
		{"name substring", "三丰", []string{"1", "4"}},
		{"pinyin from the given name", "sanfeng", []string{"1", "4"}},
		{"ID tail with X", "002X", []string{"1"}},
		{"ID tail lower-case x", "002x", []string{"1"}},
		{"ID tail digits", "1234", []string{"2"}},
		{"ID tail needs the last digits", "1002", nil},
		{"full ID matched on its last 6", "11010519491231002X", []string{"1"}},
		{"too few ID digits", "234", nil},
		{"surname reading zeng", "zengxiaoming", []string{"5"}},
		{"surname initials zxm", "zxm", []string{"5"}},
		{"default reading ceng still found", "cxm", []string{"5"}},
		{"surname reading shan", "shantianfang", []string{"6"}},
		{"ü typed as v", "lvbu", []string{"7"}},
		{"minority name without dot", "阿卜杜热合曼", []string{"8"}},
		{"minority name with dot", "阿卜杜·热合曼", []string{"8"}},
		{"no match", "xyz", nil},
		{"no match Chinese", "赵六", nil},
		{"empty query", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := keys(ix.Search(tt.query, 10))
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

func TestSearchRanking(t *testing.T) {
	ix := NewIndex([]Entry{
		{Key: "sub", Name: "欧阳张三"},            // substring
		{Key: "pre", Name: "张三丰"},             // name prefix
		{Key: "exact", Name: "张三"},            // exact
		{Key: "pre2", Name: "张三宝"},            // name prefix, added later
		{Key: "id", Name: "王五", IDTail: "张三"}, // nonsense tail must not count as a name
	})
	got := keys(ix.Search("张三", 0))
	want := []string{"exact", "pre", "pre2", "sub"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSearchLimit(t *testing.T) {
	ix := testIndex()
	if got := ix.Search("z", 2); len(got) != 2 {
		t.Errorf("limit 2: got %d entries", len(got))
	}
	if got := keys(ix.Search("z", 0)); !reflect.DeepEqual(got, []string{"1", "2", "5"}) {
		t.Errorf("no limit: got %v", got)
	}
	// The limit keeps the best ranked, not the first scanned.
	if got := keys(ix.Search("张三", 1)); !reflect.DeepEqual(got, []string{"2"}) {
		t.Errorf("limit 1: got %v, want the exact name", got)
	}
}

func TestAddRemove(t *testing.T) {
	ix := testIndex()
	ix.Add(Entry{Key: "9", Name: "张三丰", IDTail: "110105194912315678"})
	got := ix.Search("zsf", 10)
	if !reflect.DeepEqual(keys(got), []string{"1", "9"}) {
		t.Fatalf("after Add: %v", keys(got))
	}
	if got[1].IDTail != "315678" {
		t.Errorf("a full ID must be cut to its last 6, index holds %q", got[1].IDTail)
	}
	ix.Remove("1")
	ix.Remove("no such key")
	if got := keys(ix.Search("zsf", 10)); !reflect.DeepEqual(got, []string{"9"}) {
		t.Errorf("after Remove: %v", got)
	}
	ix.Add(Entry{Key: "9", Name: "李四光", IDTail: "5678"}) // same key: update
	if got := keys(ix.Search("zsf", 10)); len(got) != 0 {
		t.Errorf("old name still found after update: %v", got)
	}
	if got := keys(ix.Search("lsg", 10)); !reflect.DeepEqual(got, []string{"9"}) {
		t.Errorf("new name not found after update: %v", got)
	}
	if ix.Len() != 8 {
		t.Errorf("Len = %d, want 8", ix.Len())
	}
}

// Run with -race: searches alongside enrolments must be safe.
func TestConcurrentSearchAndAdd(t *testing.T) {
	ix := testIndex()
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if g == 0 {
					ix.Add(Entry{Key: string(rune('a' + i%26)), Name: "赵六"})
					ix.Remove(string(rune('a' + (i+13)%26)))
				} else {
					ix.Search("zs", 5)
				}
			}
		}(g)
	}
	wg.Wait()
}
