package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Fyne's own "(Select one)" is English whatever the language: no choice the
// clerk sees empty, on any place or in the forms opened from them, shows it.
func TestNoChoiceSaysSelectOneInEnglish(t *testing.T) {
	atTestDay(t)
	u := newDemoUI(t)
	u.Win.Resize(fyne.NewSize(1280, 800))
	var bad []string
	check := func(where string, o fyne.CanvasObject) {
		walkUI(o, func(o fyne.CanvasObject) bool {
			if s, ok := o.(*widget.Select); ok && s.PlaceHolder == "(Select one)" && s.Selected == "" {
				bad = append(bad, fmt.Sprintf("%s: %v", where, s.Options))
			}
			return true
		})
	}
	for i, item := range u.Tabs.Items {
		u.Tabs.SelectIndex(i)
		check(item.Text, item.Content)
	}
	u.Show(tabFollowUp)
	u.FollowUp.wait()
	u.FollowUp.Record(0)
	check("跟踪 → 记录…", u.FollowUp.Form.Status)
	if len(bad) > 0 {
		t.Errorf("%d choices show Fyne's English placeholder:\n%s", len(bad), strings.Join(bad, "\n"))
	}
}
