package store

import (
	"trainingdesk/codes"
)

// categories is the region's 人员类别 list: the settings file when one is
// set, else the national default. Read afresh by every transaction (a clerk
// may have just changed the file) but only once in it.
func (t *tx) categories() (*codes.Categories, error) {
	if t.cats != nil {
		return t.cats, nil
	}
	st := DefaultSettings()
	if _, err := t.getMeta(mSettings, &st); err != nil {
		return nil, err
	}
	if st.CategoriesFile == "" {
		t.cats = codes.DefaultCategories()
		return t.cats, nil
	}
	cats, err := codes.LoadCategories(st.CategoriesFile)
	if err != nil {
		return nil, err
	}
	t.cats = cats
	return cats, nil
}
