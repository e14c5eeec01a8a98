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

// Find searches every class's trainees once (the command line's way; the
// app keeps its index for the whole session). limit ≤ 0 means no limit.
func Find(s *store.Store, query string, limit int) ([]Hit, error) {
	all, err := s.AllTrainees()
	if err != nil {
		return nil, err
	}
	classes, err := s.Classes()
	if err != nil {
		return nil, err
	}
	byID := make(map[string]training.Trainee, len(all))
	for _, t := range all {
		byID[t.ID] = t
	}
	classByID := make(map[string]training.Class, len(classes))
	for _, c := range classes {
		classByID[c.ID] = c
	}
	var out []Hit
	for _, e := range search.NewIndex(Entries(all)).Search(query, limit) {
		t := byID[e.Key]
		out = append(out, Hit{Trainee: t, Class: classByID[t.ClassID]})
	}
	return out, nil
}
