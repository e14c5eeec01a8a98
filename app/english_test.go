package app

import (
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/demo"
	"trainingdesk/store"
)

// newEnglishUI is the main window with 界面语言 = English, on an empty store
// or on the demo data.
func newEnglishUI(t *testing.T, withDemo bool) *UI {
	t.Helper()
	return newUIWith(t, func(s *store.Store) error {
		if withDemo {
			if err := demo.Seed(s, 60, testDay); err != nil {
				return err
			}
		}
		st, err := s.Settings()
		if err != nil {
			return err
		}
		st.Language = "en"
		return s.SaveSettings(st)
	})
}

// hasHan reports Chinese in s outside {…}: a template's variables
// ({班级}) are what the clerk types, in every language.
func hasHan(s string) bool {
	s = templateVar.ReplaceAllString(s, "")
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

var templateVar = regexp.MustCompile(`\{[^{}]*\}`)

// walkUI visits o and everything drawn inside it, hidden parts included
// (an empty-list hint is hidden until the list is empty). An entry's own
// text is what the clerk typed, so only its placeholder is visited. visit
// returns false to leave out what is inside o.
func walkUI(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if o == nil || !visit(o) {
		return
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walkUI(c, visit)
		}
	case fyne.Widget:
		if _, ok := fieldOf[string](x, "PlaceHolder"); ok && isEntryLike(x) {
			return
		}
		for _, c := range test.WidgetRenderer(x).Objects() {
			walkUI(c, visit)
		}
	}
}

func isEntryLike(w fyne.Widget) bool {
	v := reflect.ValueOf(w)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return false
	}
	return v.Elem().FieldByName("MultiLine").IsValid() // widget.Entry and types built on it
}

// fieldOf reads an exported field (promoted ones too) of a widget.
func fieldOf[T any](o any, name string) (T, bool) {
	var zero T
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return zero, false
	}
	f := v.Elem().FieldByName(name)
	if !f.IsValid() || !f.CanInterface() {
		return zero, false
	}
	t, ok := f.Interface().(T)
	return t, ok
}

// hintsOf are the texts of o that are the UI's own words whatever the data:
// placeholders and choices.
func hintsOf(o fyne.CanvasObject) []string {
	var out []string
	if ph, ok := fieldOf[string](o, "PlaceHolder"); ok && ph != "" {
		out = append(out, "placeholder "+ph)
	}
	if opts, ok := fieldOf[[]string](o, "Options"); ok {
		for _, op := range opts {
			out = append(out, "choice "+op)
		}
	}
	return out
}

// wordsOf is every text o draws (labels, buttons, rich text).
func wordsOf(o fyne.CanvasObject) []string {
	switch x := o.(type) {
	case *canvas.Text:
		return []string{x.Text}
	case *widget.Label:
		return []string{x.Text}
	case *widget.Button:
		return []string{x.Text}
	case *widget.Check:
		return []string{x.Text}
	case *widget.Hyperlink:
		return []string{x.Text}
	case *widget.RichText:
		return []string{x.String()}
	}
	return nil
}

// placesInEnglish walks every place of the window and reports the Chinese
// texts what(o) finds, except in the objects skip names.
func placesInEnglish(t *testing.T, u *UI, what func(fyne.CanvasObject) []string, skip map[fyne.CanvasObject]bool) []string {
	t.Helper()
	u.Win.Resize(fyne.NewSize(1280, 800))
	var bad []string
	seen := map[string]bool{}
	for i, item := range u.Tabs.Items {
		u.Tabs.SelectIndex(i)
		walkUI(item.Content, func(o fyne.CanvasObject) bool {
			if skip[o] {
				return false
			}
			for _, s := range what(o) {
				if hasHan(s) && !seen[s] {
					seen[s] = true
					bad = append(bad, fmt.Sprintf("%s: %s", item.Text, s))
				}
			}
			return true
		})
	}
	return bad
}

// dataChoices are the selects whose choices are the clerk's data (classes,
// lessons, teachers, qualifications), and the language choice (中文 names
// itself).
func dataChoices(u *UI) map[fyne.CanvasObject]bool {
	return map[fyne.CanvasObject]bool{
		u.Roster.ClassSelect: true, u.Attendance.ClassSelect: true, u.Completion.ClassSelect: true,
		u.Claims.ClassSelect: true, u.Attendance.Marking.LessonSelect: true,
		u.Teachers.ScanQual: true, u.Settings.Language: true,
	}
}

// In English every placeholder, hint and choice of every place is English;
// only the clerk's data (class names, trainee names…) stays as typed.
func TestEnglishPlaceholdersAndChoices(t *testing.T) {
	atTestDay(t)
	u := newEnglishUI(t, true)
	openClass(t, u, "DEMO-2026-02")
	if bad := placesInEnglish(t, u, hintsOf, dataChoices(u)); len(bad) > 0 {
		t.Errorf("%d Chinese placeholders or choices in English mode:\n%s", len(bad), strings.Join(bad, "\n"))
	}
}

// With no data at all, nothing the window shows is Chinese in English mode:
// empty lists' hints, headings, buttons.
func TestEnglishEmptyPlaces(t *testing.T) {
	atTestDay(t)
	u := newEnglishUI(t, false)
	for _, s := range u.screens() {
		s.Refresh()
	}
	skip := dataChoices(u)
	skip[u.StatusDir], skip[u.Settings.Output.Path] = true, true // paths
	all := func(o fyne.CanvasObject) []string { return append(hintsOf(o), wordsOf(o)...) }
	if bad := placesInEnglish(t, u, all, skip); len(bad) > 0 {
		t.Errorf("%d Chinese texts on the empty places in English mode:\n%s", len(bad), strings.Join(bad, "\n"))
	}
}
