package store

// ClassSize is how many trainees a class has, from the index alone: no
// trainee is read or decrypted (screens decide with it whether to read the
// class off the UI thread).
func (s *Store) ClassSize(classID string) (int, error) {
	n := 0
	err := s.view(func(t *tx) error {
		prefix := []byte(classID + "|")
		c := t.index(ixClassTrainees).Cursor()
		for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
			n++
		}
		return nil
	})
	return n, err
}
