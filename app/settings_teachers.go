package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2/widget"

	"trainingdesk/store"
	"trainingdesk/training"
)

// teacherRuleSettings are the 设置 rows of the region's 师资 rule.
type teacherRuleSettings struct {
	MinTheory     *deskEntry
	MinPractice   *deskEntry
	PracticeLevel *widget.Select
	u             *UI
}

const noLevelRule = "不要求"

func newTeacherRuleSettings(u *UI, r *fieldForm, save func()) *teacherRuleSettings {
	c := &teacherRuleSettings{MinTheory: newDeskEntry(u, "0：不要求"), MinPractice: newDeskEntry(u, "0：不要求")}
	c.MinTheory.OnSubmitted = func(string) { save() }
	c.MinPractice.OnSubmitted = func(string) { save() }
	opts := []string{noLevelRule}
	for _, l := range []training.Level{1, 2, 3, 4, 5} {
		opts = append(opts, l.Label()+"及以上")
	}
	c.PracticeLevel = u.newChoice(u.Ts(opts), nil)
	c.u = u
	r.addField(store.FieldMinTheory, c.MinTheory)
	r.addField(store.FieldMinPractice, c.MinPractice)
	r.addField(store.FieldPracticeLevel, c.PracticeLevel)
	return c
}

func (c *teacherRuleSettings) fill(st store.Settings) {
	c.MinTheory.SetText(strconv.Itoa(st.TeacherRule.MinTheory))
	c.MinPractice.SetText(strconv.Itoa(st.TeacherRule.MinPractice))
	c.PracticeLevel.SetSelectedIndex(int(st.TeacherRule.MaxLevel))
	if !st.TeacherRule.MaxLevel.Valid() {
		c.PracticeLevel.SetSelected(c.u.T(noLevelRule))
	}
}

// read puts the rows into st; an unreadable number becomes -1, which the
// store's Settings.Check refuses under its field.
func (c *teacherRuleSettings) read(st *store.Settings) {
	num := func(e *deskEntry) int {
		t := strings.TrimSpace(e.Text)
		if t == "" {
			return 0
		}
		n, err := strconv.Atoi(t)
		if err != nil {
			return -1
		}
		return n
	}
	st.TeacherRule = training.TeacherRule{MinTheory: num(c.MinTheory), MinPractice: num(c.MinPractice),
		MaxLevel: training.Level(c.PracticeLevel.SelectedIndex())}
	if c.PracticeLevel.SelectedIndex() < 0 {
		st.TeacherRule.MaxLevel = 0
	}
}
