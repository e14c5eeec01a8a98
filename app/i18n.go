package app

// Chinese is the language of the UI on every OS; English is a setting
// (the table is wording_en.go).

// T translates a UI text to the current language.
func (u *UI) T(zh string) string {
	if u.lang == "en" {
		if en, ok := english[zh]; ok {
			return en
		}
	}
	return zh
}
