package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/identity"
)

// rowChoice is a row's status as the clerk sees it; SetSelected behaves as
// choosing it in the row's select (the list shows it when on screen).
type rowChoice struct {
	Selected string
	set      func(string)
	row      *MarkRow
	m        *markingTab
}

func (c *rowChoice) SetSelected(s string) {
	if c.Selected == s {
		return
	}
	c.Selected = s
	if c.set != nil {
		c.set(s)
	}
	c.m.showRow(c.row)
}

// rowText is a row's time or source text; SetText behaves as typing it.
type rowText struct {
	Text string
	set  func(string)
	row  *MarkRow
	m    *markingTab
}

func (t *rowText) SetText(s string) {
	if t.Text == s {
		return
	}
	t.Text = s
	if t.set != nil {
		t.set(s)
	}
	t.m.showRow(t.row)
}

// markCells are the widgets of one visible line, bound to a row.
type markCells struct {
	no, name, id, source *widget.Label
	status               *widget.Select
	in, out              *timeEntry
	row                  *MarkRow
	binding              bool
	u                    *UI
}

func newMarkList(m *markingTab) *widget.List {
	m.cells = map[fyne.CanvasObject]*markCells{}
	return widget.NewList(
		func() int { return len(m.Rows) },
		func() fyne.CanvasObject {
			c := &markCells{no: widget.NewLabel("0000"), name: widget.NewLabel(""), id: widget.NewLabel(""), source: widget.NewLabel(""), u: m.s.u}
			u := c.u // the rows keep the Chinese statuses; the select shows them in the UI's language
			c.status = widget.NewSelect(u.Ts(statusChoices), func(s string) {
				if !c.binding && c.row != nil {
					c.row.Status.SetSelected(u.valueOf(s, statusChoices))
				}
			})
			c.status.PlaceHolder = u.T(notMarked)
			c.in, c.out = newTimeEntry(m), newTimeEntry(m)
			c.in.OnChanged = func(s string) {
				if !c.binding && c.row != nil {
					c.row.SignIn.SetText(s)
				}
			}
			c.out.OnChanged = func(s string) {
				if !c.binding && c.row != nil {
					c.row.SignOut.SetText(s)
				}
			}
			line := container.New(m.cols, c.no, c.name, c.id, c.status, c.in, c.out, c.source)
			m.cells[line] = c
			return line
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if c := m.cells[o]; c != nil && id < len(m.Rows) {
				c.bind(m.Rows[id])
			}
		},
	)
}

// bind shows row r in these widgets without treating it as the clerk's edit.
func (c *markCells) bind(r *MarkRow) {
	c.binding = true
	defer func() { c.binding = false }()
	c.row = r
	c.no.SetText(fmt.Sprint(r.index + 1))
	c.name.SetText(r.Trainee.Name())
	c.id.SetText(identity.Mask(r.Trainee.Person.IDNumber))
	if r.Status.Selected == "" {
		c.status.ClearSelected()
	} else {
		c.status.SetSelected(c.u.T(r.Status.Selected))
	}
	if c.in.Text != r.SignIn.Text {
		c.in.SetText(r.SignIn.Text)
	}
	if c.out.Text != r.SignOut.Text {
		c.out.SetText(r.SignOut.Text)
	}
	c.source.SetText(r.Source.Text)
}

// showRow refreshes the widgets showing r, if it is on screen.
func (m *markingTab) showRow(r *MarkRow) {
	if c := m.visible(r); c != nil && !c.binding {
		c.bind(r)
	}
}

func (m *markingTab) visible(r *MarkRow) *markCells {
	for _, c := range m.cells {
		if c.row == r {
			return c
		}
	}
	return nil
}

// SignInField is the sign-in field of row i as on screen (scrolled to), for
// typing into it.
func (m *markingTab) SignInField(i int) *timeEntry {
	m.list.ScrollTo(i)
	if c := m.visible(m.Rows[i]); c != nil {
		return c.in
	}
	return nil
}
