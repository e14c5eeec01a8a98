package app

import "testing"

// Every screen fits a 1280×800 office screen: a wide screen scrolls inside
// the window instead of making the window wider than the display.
func TestEveryScreenFitsA1280WideDisplay(t *testing.T) {
	u := newDemoUI(t)
	for i, item := range u.Tabs.Items {
		u.Show(i)
		if w := u.Win.Content().MinSize().Width; w > 1280 {
			t.Errorf("with %s shown the window needs %.0f px", item.Text, w)
		}
	}
}
