package store

import (
	"trainingdesk/codes"
)

// categories is the region's 人员类别 list: the settings file when one is
// set, else the national default. Loaded per call: the file is small and a
// clerk may have just changed it.
func (t *tx) categories() (*codes.Categories, error) {
	st := DefaultSettings()
	if _, err := t.getMeta(mSettings, &st); err != nil {
		return nil, err
	}
	if st.CategoriesFile == "" {
		return codes.DefaultCategories(), nil
	}
	return codes.LoadCategories(st.CategoriesFile)
}
