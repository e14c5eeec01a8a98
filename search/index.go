package search

import "sync"

// Entry is one searchable person. Key is whatever the caller uses to find
// the record again (e.g. the trainee id); IDTail is the last 6 characters of
// the ID number — anything longer is cut to its last 6 when added.
type Entry struct {
	Key    string
	Name   string
	IDTail string
}

// item is an entry with everything a query compares against, computed once
// when the entry is added so that a query is a plain scan.
type item struct {
	entry        Entry
	name         string // folded name
	nameHasASCII bool   // rare: Latin letters or digits in the name
	spellings    []spelling
}

// Index is an in-memory search index. Searches may run concurrently with
// each other and with Add and Remove.
type Index struct {
	mu    sync.RWMutex
	items []*item          // in insertion order, which breaks ties in ranking
	byKey map[string]*item // for replacing and removing by key; nil until needed after ReadIndex
}

// keys builds byKey when an index read back from bytes is first changed.
func (ix *Index) keys() map[string]*item {
	if ix.byKey == nil {
		ix.byKey = make(map[string]*item, len(ix.items))
		for _, it := range ix.items {
			ix.byKey[it.entry.Key] = it
		}
	}
	return ix.byKey
}

// NewIndex builds an index over entries. A later entry with the same Key
// replaces an earlier one.
func NewIndex(entries []Entry) *Index {
	ix := &Index{
		items: make([]*item, 0, len(entries)),
		byKey: make(map[string]*item, len(entries)),
	}
	// Items side by side in one block scan faster than scattered ones.
	block := make([]item, len(entries))
	for i, e := range entries {
		block[i] = *newItem(e)
		ix.put(&block[i])
	}
	return ix
}

func newItem(e Entry) *item {
	e.IDTail = idTail(e.IDTail)
	name := fold(e.Name)
	return &item{entry: e, name: name, nameHasASCII: !isASCIIFree(name), spellings: spellings(name)}
}

// Add indexes a newly enrolled trainee, or updates the entry with the same
// Key in place (keeping its position in the order).
func (ix *Index) Add(e Entry) {
	it := newItem(e) // pinyin work outside the lock
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.put(it)
}

func (ix *Index) put(it *item) {
	if old, ok := ix.keys()[it.entry.Key]; ok {
		*old = *it
		return
	}
	ix.byKey[it.entry.Key] = it
	ix.items = append(ix.items, it)
}

// Remove drops the entry with this key; an unknown key is ignored.
func (ix *Index) Remove(key string) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	it, ok := ix.keys()[key]
	if !ok {
		return
	}
	delete(ix.byKey, key)
	for i, x := range ix.items {
		if x == it {
			copy(ix.items[i:], ix.items[i+1:])
			ix.items[len(ix.items)-1] = nil
			ix.items = ix.items[:len(ix.items)-1]
			return
		}
	}
}

// Len reports how many entries the index holds.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.items)
}

func isASCIIFree(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			return false
		}
	}
	return true
}
