package app

import (
	"fmt"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/identity"
	"trainingdesk/roster"
	"trainingdesk/search"
	"trainingdesk/training"
)

// traineeIndex is the session's search index over every class. It is
// loaded when the clerk first goes to search (at 100,000 trainees it holds
// some 40 MB, which a session that never searches does not need) and then
// kept up to date by the screens that change trainees. Besides the index's
// name and ID tail it keeps, per trainee, only the class and the MASKED
// number to show in results.
type traineeIndex struct {
	u     *UI
	mu    sync.Mutex
	ready chan struct{} // nil until a load starts
	ix    *search.Index
	info  map[string]hitInfo
	err   error
}

type hitInfo struct {
	name, masked, classID string
}

func newTraineeIndex(u *UI) *traineeIndex { return &traineeIndex{u: u} }

// rebuild forgets the index (after the demo data replaced the store); the
// next search loads it again.
func (x *traineeIndex) rebuild() {
	x.mu.Lock()
	ready := x.ready
	x.mu.Unlock()
	if ready != nil {
		<-ready // a load in flight finishes before it is dropped
	}
	x.mu.Lock()
	x.ready, x.ix, x.info, x.err = nil, nil, nil, nil
	x.mu.Unlock()
}

// load starts loading in the background, once: from the store's saved
// snapshot when there is one, so a big institution neither decrypts every
// trainee nor keeps them all in memory; a hit's name, class and masked
// number are read when it is shown.
func (x *traineeIndex) load() chan struct{} {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.ready != nil {
		return x.ready
	}
	ready := make(chan struct{})
	x.ready = ready
	go func() {
		defer close(ready)
		ix, err := roster.LoadIndex(x.u.Store)
		if ix == nil {
			ix = search.NewIndex(nil)
		}
		x.mu.Lock()
		x.ix, x.info, x.err = ix, map[string]hitInfo{}, err
		x.mu.Unlock()
	}()
	return ready
}

func infoOf(t training.Trainee) hitInfo {
	return hitInfo{name: t.Person.Name, masked: identity.Mask(t.Person.IDNumber), classID: t.ClassID}
}

// loaded waits for a load in flight and tells whether there is an index;
// without one, changes need no applying (the next load reads them).
func (x *traineeIndex) loaded() bool {
	x.mu.Lock()
	ready := x.ready
	x.mu.Unlock()
	if ready == nil {
		return false
	}
	<-ready
	return true
}

// add indexes new or changed enrolments.
func (x *traineeIndex) add(list ...training.Trainee) {
	if !x.loaded() {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, t := range list {
		x.ix.Add(roster.Entry(t))
		x.info[t.ID] = infoOf(t)
	}
}

// remove drops a withdrawn enrolment.
func (x *traineeIndex) remove(id string) {
	if !x.loaded() {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.ix.Remove(id)
	delete(x.info, id)
}

// searchHit is one result line: who, masked number, which class.
type searchHit struct {
	TraineeID, Name, Masked, ClassID, Class string
}

func (x *traineeIndex) find(query string, limit int) ([]searchHit, error) {
	<-x.load()
	x.mu.Lock()
	ix, info, err := x.ix, x.info, x.err
	x.mu.Unlock()
	if err != nil {
		return nil, err
	}
	classes := map[string]string{}
	if list, err := x.u.Store.Classes(); err == nil {
		for _, c := range list {
			classes[c.ID] = c.Code + " " + c.Name
		}
	}
	var out []searchHit
	for _, e := range ix.Search(query, limit) {
		i, ok := info[e.Key]
		if !ok {
			t, err := x.u.Store.Trainee(e.Key)
			if err != nil {
				continue // removed meanwhile
			}
			i = infoOf(t)
		}
		out = append(out, searchHit{TraineeID: e.Key, Name: i.name, Masked: i.masked, ClassID: i.classID, Class: classes[i.classID]})
	}
	return out, nil
}

// SearchBox finds a trainee across classes as the clerk types: name,
// pinyin initials (zsf), full pinyin or the last digits of the number.
// Choosing a result opens that class's roster on that trainee.
type SearchBox struct {
	u       *UI
	index   *traineeIndex
	Entry   *deskEntry
	Results *widget.List
	Summary *widget.Label
	Hits    []searchHit
	// Panel shows the results; the screen shows it in place of its own
	// content while a query is typed.
	Panel    *fyne.Container
	onChange func(searching bool)
}

const searchLimit = 50

func newSearchBox(u *UI, index *traineeIndex, onChange func(searching bool)) *SearchBox {
	b := &SearchBox{u: u, index: index, onChange: onChange}
	b.Entry = newDeskEntry(u, u.T("查找学员：姓名、拼音、证件尾号（Ctrl+F）"))
	b.Entry.OnChanged = b.search
	b.Entry.onEsc = func() { b.Entry.SetText("") }
	b.Entry.onFocus = func() { index.load() }
	b.Entry.OnSubmitted = func(string) {
		if len(b.Hits) > 0 {
			b.choose(0)
		}
	}
	b.Summary = widget.NewLabel("")
	b.Results = widget.NewList(func() int { return len(b.Hits) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("名字名字名字")
			name.TextStyle.Bold = true
			return container.NewGridWithColumns(3, name, widget.NewLabel("110105********002X"), widget.NewLabel("班级"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(b.Hits) {
				return
			}
			h, row := b.Hits[i], o.(*fyne.Container).Objects
			row[0].(*widget.Label).SetText(h.Name)
			row[1].(*widget.Label).SetText(h.Masked)
			row[2].(*widget.Label).SetText(h.Class)
		})
	b.Results.OnSelected = func(i widget.ListItemID) { b.choose(i) }
	b.Panel = container.NewBorder(b.Summary, nil, nil, nil, b.Results)
	b.Panel.Hide()
	return b
}

func (b *SearchBox) search(q string) {
	q = strings.TrimSpace(q)
	if q == "" {
		b.Hits = nil
		b.Panel.Hide()
		b.Results.UnselectAll()
		b.Results.Refresh()
		b.onChange(false)
		return
	}
	hits, err := b.index.find(q, searchLimit)
	if err != nil {
		b.Summary.SetText(err.Error())
	} else if len(hits) == 0 {
		b.Summary.SetText(fmt.Sprintf("没有找到“%s”。可输入姓名、拼音首字母（如 zsf）、全拼，或证件号码后 4-6 位。", q))
	} else {
		b.Summary.SetText(fmt.Sprintf("找到 %d 人（点选一人打开其班级名单；Esc 返回）", len(hits)))
	}
	b.Hits = hits
	b.Results.UnselectAll()
	b.Results.Refresh()
	b.Panel.Show()
	b.onChange(true)
}

// choose opens the roster of the chosen trainee's class on them.
func (b *SearchBox) choose(i int) {
	if i < 0 || i >= len(b.Hits) {
		return
	}
	h := b.Hits[i]
	b.Entry.SetText("")
	b.u.SelectClass(h.ClassID)
	b.u.Show(tabRoster)
	b.u.Roster.Reveal(h.TraineeID)
}
