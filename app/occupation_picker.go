package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/occupation"
)

// occupationPicker finds an occupation of the 职业分类大典 by part of its
// name, its code or pinyin initials (dgong → 电工) and hands the choice to
// the class form. The catalogue has a fixed ~1,600 entries, so a search per
// keystroke is well under a millisecond.
type occupationPicker struct {
	Search  *deskEntry
	Results *widget.List
	Path    *widget.Label // the groups above the highlighted occupation

	cat    *occupation.Catalogue
	hits   []occupation.Occupation
	choose func(occupation.Occupation)
	dlg    dialog.Dialog
}

// maxPickerHits keeps a one-letter query's list short enough to read.
const maxPickerHits = 200

func newOccupationPicker(u *UI, cat *occupation.Catalogue, choose func(occupation.Occupation)) *occupationPicker {
	p := &occupationPicker{cat: cat, choose: choose}
	p.Search = newDeskEntry(u, "输入名称、编码或拼音首字母，如 电工 / 6-31 / dgong")
	p.Search.onEsc = func() { // Esc closes the picker, as it cancels a form
		if p.dlg != nil {
			p.dlg.Hide()
		}
	}
	p.Path = widget.NewLabel("")
	p.Path.Wrapping = fyne.TextWrapWord
	p.Results = widget.NewList(
		func() int { return len(p.hits) },
		func() fyne.CanvasObject { return widget.NewLabel("6-31-01-03  职业名称占位（足够宽）") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			h := p.hits[i]
			o.(*widget.Label).SetText(h.Code + "  " + h.Name)
		})
	p.Results.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(p.hits) {
			p.pick(p.hits[i])
		}
	}
	p.Search.OnChanged = p.find
	p.Search.OnSubmitted = func(string) { // Enter takes the best match
		if len(p.hits) > 0 {
			p.pick(p.hits[0])
		}
	}
	return p
}

func (p *occupationPicker) find(q string) {
	p.hits = p.cat.Search(q, maxPickerHits)
	p.Results.UnselectAll()
	p.Results.Refresh()
	p.Results.ScrollToTop()
	if len(p.hits) > 0 {
		p.Path.SetText(p.hits[0].Path)
	} else if q != "" {
		p.Path.SetText("没有相符的职业：试试名称的一部分、编码开头或拼音首字母")
	} else {
		p.Path.SetText("")
	}
}

func (p *occupationPicker) pick(o occupation.Occupation) {
	p.choose(o)
	if p.dlg != nil {
		p.dlg.Hide()
	}
}

// show opens the picker over win with query typed in already.
func (p *occupationPicker) show(win fyne.Window, query string, tr func(string) string) {
	content := container.NewBorder(container.NewVBox(p.Search, p.Path), nil, nil, nil, p.Results)
	p.dlg = dialog.NewCustom(tr("选择职业（职业分类大典 2022）"), tr("取消"), content, win)
	p.dlg.Resize(fyne.NewSize(560, 520))
	p.Search.SetText(query)
	p.find(query)
	p.dlg.Show()
	win.Canvas().Focus(p.Search)
}

// pickOccupation opens the picker on what the clerk typed as the occupation
// (or its code) and fills name and code from the choice.
func (f *classForm) pickOccupation() {
	cat, err := f.s.u.Store.Occupations()
	if err != nil {
		f.s.u.showError(err)
		return
	}
	query := f.Occupation.Text
	if query == "" {
		query = f.OccupationCode.Text
	}
	f.Picker = newOccupationPicker(f.s.u, cat, func(o occupation.Occupation) {
		f.Occupation.SetText(o.Name)
		f.OccupationCode.SetText(o.Code)
		f.tradeOptions(o.Code)
	})
	f.Picker.show(f.s.u.Win, query, f.s.u.T)
}

// tradeOptions offers the region's 工种 under the occupation (free text
// stays allowed).
func (f *classForm) tradeOptions(code string) {
	var names []string
	if cat, err := f.s.u.Store.Occupations(); err == nil && code != "" {
		for _, t := range cat.Trades(code) {
			names = append(names, t.Name)
		}
	}
	f.Trade.SetOptions(names)
}
