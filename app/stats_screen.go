package app

import (
	"fmt"
	"image/color"
	"io"
	"sort"
	"strconv"
	gosync "sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/outcome"
	"trainingdesk/printing"
	"trainingdesk/sheets"
	"trainingdesk/store"
	"trainingdesk/training"
)

// StatsScreen (统计) shows the scorecard a director reads at a glance: each
// figure as a bar against its target line (pending ones greyed with the day
// they close), beside a class-by-class table of the year; a row shows that
// class's bars. Both print as a one-page PDF.
type StatsScreen struct {
	u    *UI
	root fyne.CanvasObject

	YearSelect  *widget.Select
	EmptyHint   *widget.Label // no finished class yet
	Title       *widget.Label
	Counts      *widget.Label
	Bars        *fyne.Container
	Table       *widget.Table
	AllButton   *widget.Button
	PrintButton *widget.Button
	LastPDF     string

	report  store.ScoreReport // UI thread only
	shown   int               // -1: the year; else the class row shown
	year    int
	loading gosync.WaitGroup
}

var statsCols = []column{{"班级编号", 130}, {"班级名称", 180}, {"结业日期", 100}, {"结业", 50}, {"合格率", 70}, {"就业率", 70}, {"6个月开业率", 90}}

func newStatsScreen(u *UI) *StatsScreen {
	s := &StatsScreen{u: u, shown: -1}
	s.YearSelect = widget.NewSelect(nil, func(v string) {
		if y, err := strconv.Atoi(v); err == nil && y != s.year {
			s.year = y
			s.load()
		}
	})
	s.Title = widget.NewLabel("")
	s.Title.TextStyle.Bold = true
	s.Counts = widget.NewLabel("")
	s.Counts.Wrapping = fyne.TextWrapWord
	s.Bars = container.NewVBox()
	s.Table = widget.NewTable(func() (int, int) { return len(s.report.Classes), len(statsCols) },
		func() fyne.CanvasObject { l := widget.NewLabel(""); l.Truncation = fyne.TextTruncateEllipsis; return l },
		s.updateCell)
	setColumns(s.Table, statsCols, u.T)
	s.Table.OnSelected = func(id widget.TableCellID) { s.ShowClass(id.Row) }
	s.AllButton = widget.NewButton(u.T("全年"), func() { s.Table.UnselectAll(); s.ShowClass(-1) })
	s.PrintButton = widget.NewButton(u.T("打印报告"), s.Print)
	top := container.NewHBox(widget.NewLabel(u.T("结业年份")), s.YearSelect, s.AllButton, s.PrintButton)
	left := container.NewBorder(container.NewVBox(s.Title, s.Counts), nil, nil, nil, container.NewVScroll(s.Bars))
	s.EmptyHint = newEmptyHint()
	split := container.NewHSplit(left, overList(s.Table, s.EmptyHint))
	split.Offset = 0.42 // the figures wrap; the table shows up to 就业率 at 1280 px
	s.root = container.NewBorder(top, nil, nil, nil, split)
	return s
}

func (s *StatsScreen) Content() fyne.CanvasObject { return s.root }

// Refresh offers the years classes ended in and shows the chosen one
// (the latest year with a finished class by default).
func (s *StatsScreen) Refresh() {
	classes, err := s.u.Store.Classes()
	if err != nil {
		s.Title.SetText(err.Error())
		return
	}
	seen := map[int]bool{}
	var years []string
	latest := 0
	for _, c := range classes {
		y := c.End.Year()
		if !seen[y] {
			seen[y] = true
			years = append(years, strconv.Itoa(y))
		}
		if !c.End.After(today()) && y > latest {
			latest = y
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(years)))
	s.YearSelect.Options = years
	if s.year == 0 {
		s.year = latest
	}
	if s.year == 0 && len(years) > 0 {
		s.year, _ = strconv.Atoi(years[0])
	}
	s.YearSelect.SetSelected(strconv.Itoa(s.year))
	s.load()
}

// load computes the year's scorecard off the UI thread.
func (s *StatsScreen) load() {
	year, day := s.year, today()
	s.loading.Add(1)
	go func() {
		defer s.loading.Done()
		rep, err := s.u.Store.Scorecard(store.ScoreSelect{Year: year}, day)
		fyne.Do(func() {
			if err != nil {
				s.Title.SetText(err.Error())
				return
			}
			s.report, s.shown = rep, -1
			s.Table.UnselectAll()
			s.Table.Refresh()
			s.updateEmpty()
			s.ShowClass(-1)
		})
	}()
}

func (s *StatsScreen) wait() { s.loading.Wait() }

// ShowClass shows the bars of class row i, or of the whole year (-1).
func (s *StatsScreen) ShowClass(i int) {
	if i >= len(s.report.Classes) {
		return
	}
	s.shown = i
	sc := s.report.Total
	title := fmt.Sprintf(s.u.T("%d 年结业的班级（%d 个）"), s.year, len(s.report.Classes))
	if i >= 0 {
		c := s.report.Classes[i]
		sc, title = c.Score, c.Class.Code+" "+c.Class.Name
	}
	s.Title.SetText(title + " · " + s.u.T("截至") + " " + sc.AsOf.Format(training.DateLayout))
	s.Counts.SetText(fmt.Sprintf(s.u.T("报名 %d　退学 %d　结业 %d　合格 %d　证书 %d　就业 %d"), sc.Enrolled, sc.Withdrawn, sc.Completed, sc.Passed, sc.Certified, sc.Employed))
	var rows []fyne.CanvasObject
	for _, f := range sc.Figures {
		if !f.NA {
			rows = append(rows, s.barRow(f))
		}
	}
	s.Bars.Objects = rows
	s.Bars.Refresh()
}

// Figures is what the bars show now (tests).
func (s *StatsScreen) Figures() []outcome.Figure {
	sc := s.report.Total
	if s.shown >= 0 {
		sc = s.report.Classes[s.shown].Score
	}
	var out []outcome.Figure
	for _, f := range sc.Figures {
		if !f.NA {
			out = append(out, f)
		}
	}
	return out
}

func (s *StatsScreen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row >= len(s.report.Classes) {
		l.SetText("")
		return
	}
	c := s.report.Classes[id.Row]
	rate := func(key string) string {
		f := c.Score.Get(key)
		switch {
		case f.NA:
			return "—"
		case f.Pending:
			return s.u.T("待定")
		case f.Value == nil:
			return s.u.T("无")
		}
		return fmt.Sprintf("%.1f%%", *f.Value*100)
	}
	l.SetText([]string{c.Class.Code, c.Class.Name, c.Class.End.Format(training.DateLayout), strconv.Itoa(c.Score.Completed),
		rate(outcome.KeyPassRate), rate(outcome.KeyEmploymentRate), rate(outcome.KeyBusinessRate6m)}[id.Col])
}

// barRow is one figure: its name, a bar against the dashed target line, its
// value with numerator and denominator (or 待定 with its closing day).
func (s *StatsScreen) barRow(f outcome.Figure) fyne.CanvasObject {
	name := widget.NewLabel(s.u.T(f.Label))
	value := widget.NewLabel(s.figureText(f))
	value.Wrapping = fyne.TextWrapWord // the note on open classes runs long: wrap, never cut
	scale := 1.0
	if f.Ratio {
		scale = max(f.Target*2, 1)
		if f.Value != nil && *f.Value > scale {
			scale = *f.Value
		}
	}
	bar := &barLayout{target: f.Target / scale}
	bg := canvas.NewRectangle(color.NRGBA{R: 128, G: 128, B: 128, A: 60})
	fill := canvas.NewRectangle(color.NRGBA{R: 46, G: 125, B: 50, A: 255})
	if f.Value != nil && !f.Pending {
		bar.value = min(*f.Value/scale, 1)
		if !f.Met() {
			fill.FillColor = color.NRGBA{R: 198, G: 40, B: 40, A: 255}
		}
	} else {
		bg.StrokeColor, bg.StrokeWidth = color.NRGBA{R: 150, G: 150, B: 150, A: 255}, 1
	}
	line := canvas.NewLine(color.NRGBA{R: 255, G: 193, B: 7, A: 255}) // amber: visible on both themes
	line.StrokeWidth = 2
	if f.Target <= 0 {
		line.Hide()
	}
	chart := container.New(bar, bg, fill, line)
	return container.NewBorder(nil, value, nil, nil, container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(120, 30), name), nil, chart))
}

// barLayout draws a bar filled to value (0..1) with a target line across it.
type barLayout struct{ value, target float64 }

func (b *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h := float32(18)
	y := (size.Height - h) / 2
	objs[0].Move(fyne.NewPos(0, y))
	objs[0].Resize(fyne.NewSize(size.Width, h))
	objs[1].Move(fyne.NewPos(0, y))
	objs[1].Resize(fyne.NewSize(size.Width*float32(b.value), h))
	x := size.Width * float32(min(b.target, 1))
	objs[2].Move(fyne.NewPos(x, y-4))
	objs[2].Resize(fyne.NewSize(0, h+8))
}

func (b *barLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(200, 30) }

// Print writes the one-page report of what is shown (the year or a class)
// into the output folder and offers to print or open it.
func (s *StatsScreen) Print() {
	sel := store.ScoreSelect{Year: s.year}
	name := fmt.Sprintf("培训成效报告_%d.pdf", s.year)
	if s.shown >= 0 {
		c := s.report.Classes[s.shown].Class
		sel, name = store.ScoreSelect{ClassID: c.ID}, "培训成效报告_"+c.Code+".pdf"
	}
	d, err := sheets.Outcomes(s.u.Store, sel, today())
	if err != nil {
		s.u.showError(err)
		return
	}
	path, err := writePDF(s.u.OutputDir(), name, func(w io.Writer) error { return printing.OutcomeReport(w, d) })
	if err != nil {
		s.u.showError(err)
		return
	}
	s.LastPDF = path
	s.u.deliver(s.u.T("培训成效报告"), path)
}
