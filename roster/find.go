package roster

import (
	"trainingdesk/search"
	"trainingdesk/store"
	"trainingdesk/training"
)

// Entry is what the search index keeps of a trainee: the name and only the
// last 6 characters of the identity number, never the whole number.
func Entry(t training.Trainee) search.Entry {
	id := []rune(t.Person.IDNumber)
	if len(id) > 6 {
		id = id[len(id)-6:]
	}
	return search.Entry{Key: t.ID, Name: t.Person.Name, IDTail: string(id)}
}

// Entries makes the index entries of a list of trainees.
func Entries(list []training.Trainee) []search.Entry {
	out := make([]search.Entry, len(list))
	for i, t := range list {
		out[i] = Entry(t)
	}
	return out
}

// Hit is one trainee found, with the class they are enrolled in.
type Hit struct {
	Trainee training.Trainee
	Class   training.Class
}

// Find searches every class's trainees (the command line's way; the app
// keeps its index for the whole session). It starts from the store's saved
// search snapshot patched with the trainees changed since, and saves a new
// snapshot when there was none or it had fallen behind, so a fresh process
// answers without decrypting every trainee — nor building the index: it
// reads the snapshot's entries in place (search.SearchSaved). limit ≤ 0
// means no limit.
func Find(s *store.Store, query string, limit int) ([]Hit, error) {
	entries, err := findEntries(s, query, limit)
	if err != nil {
		return nil, err
	}
	classes, err := s.Classes()
	if err != nil {
		return nil, err
	}
	classByID := make(map[string]training.Class, len(classes))
	for _, c := range classes {
		classByID[c.ID] = c
	}
	var out []Hit
	for _, e := range entries {
		t, err := s.Trainee(e.Key)
		if err != nil {
			return nil, err
		}
		out = append(out, Hit{Trainee: t, Class: classByID[t.ClassID]})
	}
	return out, nil
}

// findEntries searches the saved snapshot patched with later changes, or,
// when there is none (or it is damaged or far behind), the index LoadIndex
// builds and saves.
func findEntries(s *store.Store, query string, limit int) ([]search.Entry, error) {
	snap, err := s.LoadSearchSnapshot()
	if err != nil {
		return nil, err
	}
	if snap.Index != nil {
		if found, err := search.SearchSaved(snap.Index, Entries(snap.Changed), snap.Removed, query, limit); err == nil {
			return found, nil
		}
	}
	ix, err := LoadIndex(s)
	if err != nil {
		return nil, err
	}
	return ix.Search(query, limit), nil
}

// LoadIndex is the search index over every trainee: the saved snapshot with
// later changes applied, or, when there is none or it is far behind, one
// built from every trainee and saved for the next process.
func LoadIndex(s *store.Store) (*search.Index, error) {
	snap, err := s.LoadSearchSnapshot()
	if err != nil {
		return nil, err
	}
	if snap.Index != nil {
		if ix, err := search.ReadIndex(snap.Index); err == nil {
			for _, t := range snap.Changed {
				ix.Add(Entry(t))
			}
			for _, id := range snap.Removed {
				ix.Remove(id)
			}
			return ix, nil
		}
	}
	all, err := s.AllTrainees()
	if err != nil {
		return nil, err
	}
	ix := search.NewIndex(Entries(all))
	if err := s.SaveSearchSnapshot(ix.AppendBinary(nil), snap.Gen); err != nil {
		return nil, err
	}
	return ix, nil
}

// SaveIndex saves a fresh search snapshot (after seeding or a big import),
// so the next search starts from it.
func SaveIndex(s *store.Store) error {
	snap, err := s.LoadSearchSnapshot()
	if err != nil {
		return err
	}
	all, err := s.AllTrainees()
	if err != nil {
		return err
	}
	return s.SaveSearchSnapshot(search.NewIndex(Entries(all)).AppendBinary(nil), snap.Gen)
}
