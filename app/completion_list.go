package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// cellText is a label's text and colour in a completion row.
type cellText struct {
	Text       string
	Importance widget.Importance
	row        *CompletionRow
}

func (c *cellText) SetText(s string) { c.Text = s; c.row.redraw() }
func (c *cellText) Refresh()         { c.row.redraw() }

// scoreField is a score as typed; SetText behaves as typing it.
type scoreField struct {
	Text      string
	Validator func(string) error
	OnChanged func(string)
	disabled  bool
	row       *CompletionRow
}

func (f *scoreField) SetText(s string) {
	if f.Text == s {
		return
	}
	f.Text = s
	if f.OnChanged != nil {
		f.OnChanged(s)
	}
	f.row.redraw()
}

// Validate runs the inline check the field's entry shows.
func (f *scoreField) Validate() error {
	if f.Validator == nil {
		return nil
	}
	return f.Validator(f.Text)
}

func (f *scoreField) Disabled() bool { return f.disabled }
func (f *scoreField) Disable()       { f.disabled = true }
func (f *scoreField) Refresh()       { f.row.redraw() }

// pickBox is a row's tick.
type pickBox struct {
	Checked bool
	on      func(bool)
	row     *CompletionRow
}

func (p *pickBox) SetChecked(on bool) {
	p.Checked = on
	if p.on != nil {
		p.on(on)
	}
	p.row.redraw()
}

// redraw shows the row again if it is on screen.
func (r *CompletionRow) redraw() {
	if r.s == nil {
		return
	}
	for _, c := range r.s.cells {
		if c.row == r && !c.binding {
			c.bind(r)
		}
	}
}

// completionCells are the widgets of one visible line.
type completionCells struct {
	pick                                    *widget.Check
	name, rate, result, eligible, cert, why *widget.Label
	theory, practice                        *widget.Entry
	row                                     *CompletionRow
	binding                                 bool
}

func newCompletionList(s *CompletionScreen) *widget.List {
	s.cells = map[fyne.CanvasObject]*completionCells{}
	label := func() *widget.Label {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	return widget.NewList(
		func() int { return len(s.Rows) },
		func() fyne.CanvasObject {
			c := &completionCells{name: label(), rate: label(), result: label(), eligible: label(), cert: label(), why: label()}
			c.pick = widget.NewCheck("", func(on bool) {
				if !c.binding && c.row != nil {
					c.row.Pick.SetChecked(on)
				}
			})
			c.theory, c.practice = widget.NewEntry(), widget.NewEntry()
			c.theory.SetPlaceHolder(s.u.T("理论"))
			c.practice.SetPlaceHolder(s.u.T("实操"))
			c.theory.OnChanged = func(t string) {
				if !c.binding && c.row != nil {
					c.row.Theory.SetText(t)
				}
			}
			c.practice.OnChanged = func(t string) {
				if !c.binding && c.row != nil {
					c.row.Practice.SetText(t)
				}
			}
			line := container.New(s.widths, c.pick, c.name, c.rate, c.theory, c.practice, c.result, c.eligible, c.cert, c.why)
			s.cells[line] = c
			return line
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if c := s.cells[o]; c != nil && id < len(s.Rows) {
				c.bind(s.Rows[id])
			}
		},
	)
}

// bind shows row r in these widgets without treating it as the clerk's edit.
func (c *completionCells) bind(r *CompletionRow) {
	c.binding = true
	defer func() { c.binding = false }()
	c.row = r
	c.pick.SetChecked(r.Pick.Checked)
	for _, p := range []struct {
		l *widget.Label
		t *cellText
	}{{c.name, r.Name}, {c.rate, r.Rate}, {c.result, r.Result}, {c.eligible, r.Eligible}, {c.cert, r.Cert}, {c.why, r.Why}} {
		p.l.Text, p.l.Importance = p.t.Text, p.t.Importance
		p.l.Refresh()
	}
	for _, p := range []struct {
		e *widget.Entry
		f *scoreField
	}{{c.theory, r.Theory}, {c.practice, r.Practice}} {
		if p.e.Text != p.f.Text {
			p.e.SetText(p.f.Text)
		}
		p.e.Validator = p.f.Validator
		if p.f.Validator != nil {
			_ = p.e.Validate()
		} else {
			p.e.SetValidationError(nil)
		}
		if p.f.disabled {
			p.e.Disable()
		} else {
			p.e.Enable()
		}
	}
}
