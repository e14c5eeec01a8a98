package app

import (
	"fmt"
	"sort"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/errs"
	"trainingdesk/training"
)

// ClassesScreen lists the classes (开班) with filters, files new ones and
// edits them, and holds the search box that finds a trainee in any class.
type ClassesScreen struct {
	u *UI

	NewButton    *widget.Button
	StatusFilter *widget.Select
	TypeFilter   *widget.Select
	YearFilter   *widget.Select
	FromFilter   *widget.Entry // classes running on or after this day (YYYY-MM-DD)
	ToFilter     *widget.Entry // … and on or before this one
	Table        *widget.Table
	EmptyHint    *widget.Label // what to do when the list shows nothing
	Form         *classForm
	Search       *SearchBox
	index        *traineeIndex

	all     []training.Class
	shown   []training.Class
	counts  map[string]int
	editing string // id of the class in the form ("" for a new one)
	main    fyne.CanvasObject
	root    fyne.CanvasObject
}

// Filter choices; the "all" entries come first.
const (
	allStatuses = "全部状态"
	allTypes    = "全部类型"
	allYears    = "全部年份"
)

// statusFilters and typeFilters are the filters' choices (shown in the UI's language).
var statusFilters = []string{allStatuses, training.Planned.Label(), training.Running.Label(), training.Finished.Label()}

func typeFilters() []string { return append([]string{allTypes}, training.TrainingTypes...) }

// yearLabel is a year filter's choice: "2026 年" (English "2026").
func (s *ClassesScreen) yearLabel(y int) string { return fmt.Sprintf(s.u.T("%d 年"), y) }

var classColumns = []column{
	{"班级编号", 118}, {"班级名称", 216}, {"开班日期", 96}, {"结业日期", 96}, {"学时", 48}, {"人数", 48}, {"状态", 80},
}

func newClassesScreen(u *UI) *ClassesScreen {
	s := &ClassesScreen{u: u, counts: map[string]int{}}
	s.index = newTraineeIndex(u)
	s.Search = newSearchBox(u, s.index, func(searching bool) {
		if searching {
			s.main.Hide()
		} else {
			s.main.Show()
		}
	})
	s.NewButton = widget.NewButtonWithIcon(u.T("新建班级"), theme.ContentAddIcon(), s.NewClass)
	s.NewButton.Importance = widget.HighImportance
	s.StatusFilter = widget.NewSelect(u.Ts(statusFilters), func(string) { s.applyFilters() })
	s.StatusFilter.SetSelectedIndex(0)
	s.TypeFilter = widget.NewSelect(u.Ts(typeFilters()), func(string) { s.applyFilters() })
	s.TypeFilter.SetSelectedIndex(0)
	s.YearFilter = widget.NewSelect([]string{u.T(allYears)}, func(string) { s.applyFilters() })
	s.YearFilter.SetSelectedIndex(0)
	s.FromFilter, s.ToFilter = dateFilter(u.T("起始日期"), s.applyFilters), dateFilter(u.T("截止日期"), s.applyFilters)
	s.Table = s.newTable()
	s.EmptyHint = newEmptyHint()
	s.Form = newClassForm(s)

	bar := container.NewBorder(nil, nil,
		container.NewHBox(s.NewButton, s.StatusFilter, s.TypeFilter, s.YearFilter,
			sized(s.FromFilter, dateEntryWidth()), sized(s.ToFilter, dateEntryWidth())), nil, // a typed date shows whole
		s.Search.Entry)
	split := container.NewHSplit(overList(s.Table, s.EmptyHint), container.NewVScroll(s.Form.Content()))
	split.SetOffset(0.69)
	s.main = split
	s.root = container.NewBorder(container.NewPadded(bar), nil, nil, nil, container.NewStack(s.main, s.Search.Panel))
	u.registerShortcuts()
	return s
}

func (s *ClassesScreen) newTable() *widget.Table {
	t := widget.NewTable(
		func() (int, int) { return len(s.shown), len(classColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < len(s.shown) {
				o.(*widget.Label).SetText(s.cell(s.shown[id.Row], id.Col))
			}
		})
	setColumns(t, classColumns, s.u.T)
	// Headings, dates and 状态 show whole, in the UI's language.
	for i, c := range classColumns {
		var texts []string
		switch i {
		case 2, 3:
			texts = []string{sampleDate}
		case 6:
			texts = s.u.Ts(statusFilters[1:])
		}
		t.SetColumnWidth(i, fitWidth(c.width, s.u.T(c.title), texts...))
	}
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(s.shown) {
			s.open(s.shown[id.Row])
		}
	}
	return t
}

func (s *ClassesScreen) cell(c training.Class, col int) string {
	switch col {
	case 0:
		return c.Code
	case 1:
		return c.Name
	case 2:
		return c.Start.Format(training.DateLayout)
	case 3:
		return c.End.Format(training.DateLayout)
	case 4:
		return strconv.FormatFloat(c.Hours, 'f', -1, 64)
	case 5:
		return strconv.Itoa(s.counts[c.ID])
	case 6:
		return s.u.T(c.StatusOn(today()).Label())
	}
	return ""
}

// today is the screens' calendar day (training.Day of the clock now).
func today() time.Time { return training.Day(now()) }

func (s *ClassesScreen) Content() fyne.CanvasObject { return s.root }

// Refresh reloads the classes and counts from the store.
func (s *ClassesScreen) Refresh() {
	all, err := s.u.Store.Classes()
	if err != nil {
		s.u.showError(err)
		return
	}
	counts, err := s.u.Store.TraineeCounts()
	if err != nil {
		s.u.showError(err)
		return
	}
	s.all, s.counts = all, counts
	s.fitCodeColumn()
	years := map[int]bool{}
	for _, c := range all {
		years[c.Start.Year()] = true
	}
	opts := []string{s.u.T(allYears)}
	var ys []int
	for y := range years {
		ys = append(ys, y)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ys)))
	for _, y := range ys {
		opts = append(opts, s.yearLabel(y))
	}
	sel := s.YearFilter.Selected
	s.YearFilter.Options = opts
	s.YearFilter.Selected = s.u.T(allYears)
	for _, o := range opts {
		if o == sel {
			s.YearFilter.Selected = sel
		}
	}
	s.YearFilter.Refresh()
	s.applyFilters()
	if s.editing != "" {
		if c, err := s.u.Store.Class(s.editing); err == nil {
			s.Form.hint(c)
		}
	}
}

func (s *ClassesScreen) applyFilters() {
	if s.Table == nil {
		return // still being built
	}
	day := today()
	s.shown = s.shown[:0]
	for _, c := range s.all {
		if st, ok := training.ParseClassStatus(s.u.valueOf(s.StatusFilter.Selected, statusFilters)); ok && c.StatusOn(day) != st {
			continue
		}
		if ty := s.u.valueOf(s.TypeFilter.Selected, typeFilters()); ty != allTypes && ty != "" && c.Type != ty {
			continue
		}
		if y := s.YearFilter.Selected; y != s.u.T(allYears) && y != "" && s.yearLabel(c.Start.Year()) != y {
			continue
		}
		if from, ok := filterDate(s.FromFilter); ok && c.End.Before(from) {
			continue
		}
		if to, ok := filterDate(s.ToFilter); ok && c.Start.After(to) {
			continue
		}
		s.shown = append(s.shown, c)
	}
	s.Table.UnselectAll()
	s.Table.Refresh()
	s.updateEmpty()
}

// Shown lists the codes of the classes the list shows, in order.
func (s *ClassesScreen) Shown() []string {
	var out []string
	for _, c := range s.shown {
		out = append(out, c.Code)
	}
	return out
}

// NewClass empties the form for a new class (Ctrl+N).
func (s *ClassesScreen) NewClass() {
	s.editing = ""
	s.Table.UnselectAll()
	s.Form.fill(training.Class{})
	s.u.Win.Canvas().Focus(s.Form.Code)
}

// open shows a class in the form and makes it the selected class.
func (s *ClassesScreen) open(c training.Class) {
	s.editing = c.ID
	s.u.SelectClass(c.ID)
	s.Form.fill(c)
}

// Select opens the class with this code, as a tap on its row would.
func (s *ClassesScreen) Select(code string) bool {
	for i, c := range s.shown {
		if c.Code == code {
			s.Table.Select(widget.TableCellID{Row: i, Col: 0})
			return true
		}
	}
	return false
}

// dateFilter is an entry for one end of the date range: the list follows as
// soon as a whole date is typed; a half-typed one filters nothing.
func dateFilter(placeholder string, changed func()) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(placeholder)
	e.OnChanged = func(string) { changed() }
	withCalendar(e)
	return e
}

// filterDate reads a date-range entry; false when empty or not yet a date.
func filterDate(e *widget.Entry) (time.Time, bool) {
	if e == nil || e.Text == "" {
		return time.Time{}, false
	}
	d, err := training.ParseDate(errs.Field{}, e.Text)
	return d, err == nil
}

// maxCodeWidth keeps a very long class code (up to 40 characters) from
// pushing the other columns away; such a code ends in "…".
const maxCodeWidth = 260

// fitCodeColumn widens 班级编号 to the longest code on file (one
// measurement, whatever the number of classes).
func (s *ClassesScreen) fitCodeColumn() {
	codes := make([]string, len(s.all))
	for i, c := range s.all {
		codes[i] = c.Code
	}
	if s.Table != nil {
		s.Table.SetColumnWidth(0, min(fitWidth(classColumns[0].width, s.u.T(classColumns[0].title), longest(codes)), maxCodeWidth))
	}
}
