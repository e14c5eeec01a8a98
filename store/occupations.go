package store

import (
	"trainingdesk/occupation"
	"trainingdesk/training"
)

// Occupations is the catalogue in force: the shipped 职业分类大典 plus the
// region's file chosen in 设置.
func (s *Store) Occupations() (*occupation.Catalogue, error) {
	st, err := s.Settings()
	if err != nil {
		return nil, err
	}
	return occupation.Load(st.OccupationsFile)
}

// resolveOccupation puts a class's occupation in canonical form: a code not
// in the catalogue is an error, a code alone gets the catalogue's name.
func (s *Store) resolveOccupation(c *training.Class) error {
	cat, err := s.Occupations()
	if err != nil {
		return err
	}
	code, name, _, err := cat.Resolve(c.OccupationCode, c.Occupation)
	c.OccupationCode, c.Occupation = code, name
	return err
}
