package store

// ClassSize is how many trainees a class has, from the kept count alone: no
// trainee is read or decrypted (screens decide with it whether to read the
// class off the UI thread).
func (s *Store) ClassSize(classID string) (int, error) {
	n := 0
	err := s.view(func(t *tx) error {
		n = readCount(t.index(ixClassCounts).Get([]byte(classID)))
		return nil
	})
	return n, err
}
