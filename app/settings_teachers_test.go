package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"trainingdesk/store"
)

// The 师资 rule is set in 设置 and refused by the store when out of range.
func TestSettingsSetTheTeacherRule(t *testing.T) {
	u := newDemoUI(t)
	u.Show(tabSettings)
	s := u.Settings
	retype(s.TeacherRule.MinTheory, "2")
	retype(s.TeacherRule.MinPractice, "1")
	s.TeacherRule.PracticeLevel.SetSelectedIndex(3)
	test.Tap(s.RulesSave)
	st, _ := u.Store.Settings()
	if st.TeacherRule.MinTheory != 2 || st.TeacherRule.MinPractice != 1 || st.TeacherRule.MaxLevel != 3 {
		t.Fatalf("saved rule %+v", st.TeacherRule)
	}
	retype(s.TeacherRule.MinPractice, "99")
	test.Tap(s.RulesSave)
	if s.rules.errorAt(store.FieldMinPractice) == "" {
		t.Fatal("99 practice teachers must be refused under its field")
	}
	if st, _ := u.Store.Settings(); st.TeacherRule.MinPractice != 1 {
		t.Fatal("the refused value was saved")
	}
}
