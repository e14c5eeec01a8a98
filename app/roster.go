package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/photos"
	"trainingdesk/training"
)

// RosterScreen is the selected class's trainees: a virtualized table (only
// the visible rows have cell widgets, so 5,000 trainees scroll smoothly),
// the add/edit form beside it, and paste, import and export.
type RosterScreen struct {
	u *UI

	ClassSelect    *widget.Select
	Title          *widget.Label
	Table          *widget.Table
	AddButton      *widget.Button
	RemoveButton   *widget.Button
	WithdrawButton *widget.Button // 退学: leaves with a date and reason; the record stays
	PasteButton    *widget.Button
	ImportButton   *widget.Button
	ExportButton   *widget.Button
	TemplateButton *widget.Button
	PhotoButton    *widget.Button // 导入照片: a folder of 1-inch photos
	Photo          *canvas.Image  // the selected trainee's photo
	PhotoReport    *photos.Report // the last photo import, for tests
	Form           *traineeForm
	Import         *importer
	EmptyHint      *widget.Label // what to do first: choose a class, import its roster

	// CellsCreated counts the table's cell widgets, to prove it stays
	// virtual however long the roster is.
	CellsCreated int

	class    training.Class
	list     []training.Trainee
	selected int    // row in list, -1 for none
	wanted   string // the class load was last asked for
	classIDs []string
	widths   []float32 // the table's column widths as set
	root     fyne.CanvasObject
}

var rosterColumns = []struct {
	title string
	width float32
}{
	{"姓名", 80}, {"证件号码", 178}, {"性别", 44}, {"年龄", 44}, {"人员类别", 206}, {"联系电话", 122},
}

func newRosterScreen(u *UI) *RosterScreen {
	s := &RosterScreen{u: u, selected: -1}
	s.ClassSelect = widget.NewSelect(nil, s.classChosen)
	s.ClassSelect.PlaceHolder = u.T("请选择班级")
	s.Title = widget.NewLabel("")
	s.Title.TextStyle.Bold = true
	s.Table = s.newTable()
	s.EmptyHint = newEmptyHint()
	s.Form = newTraineeForm(s)
	s.widths = make([]float32, len(rosterColumns))
	s.fitColumns(nil)
	s.Import = newImporter(s)
	s.AddButton = widget.NewButtonWithIcon(u.T("添加学员"), theme.ContentAddIcon(), s.NewTrainee)
	s.AddButton.Importance = widget.HighImportance
	s.RemoveButton = widget.NewButtonWithIcon(u.T("删除"), theme.DeleteIcon(), s.confirmRemove)
	s.WithdrawButton = widget.NewButton(u.T("退学…"), s.askWithdraw)
	s.PasteButton = widget.NewButtonWithIcon(u.T("粘贴名单"), theme.ContentPasteIcon(), s.Import.showPaste)
	s.ImportButton = widget.NewButtonWithIcon(u.T("导入表格"), theme.FolderOpenIcon(), s.Import.chooseFile)
	s.ExportButton = widget.NewButtonWithIcon(u.T("导出花名册"), theme.DocumentSaveIcon(), s.Import.chooseExport)
	s.TemplateButton = widget.NewButtonWithIcon(u.T("下载导入模板"), theme.DownloadIcon(), s.Import.saveTemplate)
	s.PhotoButton = widget.NewButtonWithIcon(u.T("导入照片"), theme.FolderOpenIcon(), s.choosePhotoFolder)
	s.Photo = canvas.NewImageFromResource(nil)
	s.Photo.FillMode = canvas.ImageFillContain
	s.Photo.SetMinSize(fyne.NewSize(75, 105))
	s.Photo.Hide()

	bar := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(u.T("班级")), s.Title, s.ClassSelect),
		container.NewHBox(s.AddButton, s.RemoveButton, s.WithdrawButton, widget.NewSeparator(), s.PasteButton, s.ImportButton,
			s.PhotoButton, widget.NewSeparator(), s.ExportButton, s.TemplateButton))
	split := container.NewHSplit(overList(s.Table, s.EmptyHint), container.NewVScroll(container.NewVBox(container.NewHBox(s.Photo), s.Form.Content())))
	split.SetOffset(0.70)
	s.root = container.NewBorder(container.NewPadded(bar), nil, nil, nil, split)
	s.updateButtons()
	return s
}

func (s *RosterScreen) newTable() *widget.Table {
	t := widget.NewTable(
		func() (int, int) { return len(s.list), len(rosterColumns) },
		func() fyne.CanvasObject {
			s.CellsCreated++
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			if id.Row < len(s.list) {
				o.(*widget.Label).SetText(rosterCell(s.list[id.Row], s.class, id.Col))
			}
		})
	t.ShowHeaderRow, t.ShowHeaderColumn = true, true
	t.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabel("0000")
		l.TextStyle.Bold = true
		return l
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		switch {
		case id.Row < 0 && id.Col < 0:
			l.SetText(s.u.T("序号"))
		case id.Row < 0 && id.Col < len(rosterColumns):
			l.SetText(s.u.T(rosterColumns[id.Col].title))
		case id.Col < 0:
			l.SetText(fmt.Sprint(id.Row + 1))
		}
	}
	for i, c := range rosterColumns {
		t.SetColumnWidth(i, c.width)
	}

	t.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(s.list) {
			s.selected = id.Row
			s.Form.fill(s.list[id.Row])
			s.showPhoto(s.list[id.Row].ID)
			s.updateButtons()
		}
	}
	return t
}

func (s *RosterScreen) Content() fyne.CanvasObject { return s.root }

// Refresh reloads the class list and the selected class's roster.
func (s *RosterScreen) Refresh() {
	classes, err := s.u.Store.Classes()
	if err != nil {
		s.u.showError(err)
		return
	}
	var opts []string
	s.classIDs = nil
	chosen := ""
	for _, c := range classes {
		label := c.Code + "  " + c.Name
		opts = append(opts, label)
		s.classIDs = append(s.classIDs, c.ID)
		if c.ID == s.u.SelectedClass() {
			chosen = label
		}
	}
	s.ClassSelect.Options = opts
	s.ClassSelect.Selected = chosen
	s.ClassSelect.Refresh()
	s.load(s.u.SelectedClass())
}

func (s *RosterScreen) classChosen(string) {
	if i := s.ClassSelect.SelectedIndex(); i >= 0 && i < len(s.classIDs) && s.classIDs[i] != s.class.ID {
		s.u.SelectClass(s.classIDs[i])
		s.load(s.classIDs[i])
	}
}

// load reads one class's roster; keeps the selected trainee if still there.
// A big class is read off the UI thread (loadClass); what is shown stays
// until it is read, unless the clerk has asked for another class meanwhile.
func (s *RosterScreen) load(classID string) {
	keep := ""
	if s.selected >= 0 && s.selected < len(s.list) && s.class.ID == classID {
		keep = s.list[s.selected].ID
	}
	s.wanted = classID
	if classID == "" {
		s.show(training.Class{}, nil, nil, keep)
		return
	}
	if s.class.ID != classID {
		s.Title.SetText(s.u.T("正在读取名单…"))
	}
	var (
		c    training.Class
		list []training.Trainee
		err  error
	)
	s.u.loadClass(classID, func() {
		if c, err = s.u.Store.Class(classID); err == nil {
			list, err = s.u.Store.Trainees(classID)
		}
	}, func() {
		if s.wanted == classID {
			s.show(c, list, err, keep)
		}
	})
}

// show puts a class's roster read by load on screen.
func (s *RosterScreen) show(c training.Class, list []training.Trainee, err error, keep string) {
	s.class, s.list, s.selected = c, list, -1
	if err != nil {
		s.class, s.list = training.Class{}, nil
		s.u.showError(err)
	}
	s.Table.UnselectAll()
	if keep == "" {
		// Another class (or a reload): start at the top. Left scrolled to the
		// bottom of a long roster, a short one showed as a blank table with a
		// sliver of its last row.
		s.Table.ScrollToTop()
	}
	s.Table.Refresh()
	s.Form.fill(training.Trainee{})
	s.updateTitle()
	s.updateEmpty()
	s.fitColumns(s.list)
	if keep != "" {
		s.Reveal(keep)
	}
	s.updateButtons()
}

func (s *RosterScreen) updateTitle() {
	switch {
	case s.class.ID == "":
		s.Title.SetText("") // the list's hint says what to do
	default:
		s.Title.SetText(fmt.Sprintf(s.u.T("%s 至 %s · %d 人"), s.class.Start.Format(training.DateLayout), s.class.End.Format(training.DateLayout), len(s.list)))
	}
}

func (s *RosterScreen) updateButtons() {
	for _, b := range []*widget.Button{s.AddButton, s.PasteButton, s.ImportButton, s.ExportButton} {
		if s.class.ID == "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if s.selected >= 0 {
		s.RemoveButton.Enable()
		s.WithdrawButton.Enable()
	} else {
		s.RemoveButton.Disable()
		s.WithdrawButton.Disable()
	}
}

// Rows is the roster as shown: one line per trainee, the cells joined by
// " | " — what a clerk reads in the table.
func (s *RosterScreen) Rows() []string {
	out := make([]string, len(s.list))
	for i, t := range s.list {
		line := ""
		for c := range rosterColumns {
			if c > 0 {
				line += " | "
			}
			line += rosterCell(t, s.class, c)
		}
		out[i] = line
	}
	return out
}

// Reveal selects and scrolls to a trainee of the loaded class.
func (s *RosterScreen) Reveal(traineeID string) {
	if s.class.ID != s.u.SelectedClass() {
		s.Refresh()
	}
	for i, t := range s.list {
		if t.ID == traineeID {
			id := widget.TableCellID{Row: i, Col: 0}
			s.Table.Select(id)
			s.Table.ScrollTo(id)
			return
		}
	}
}

// NewTrainee empties the form for a new enrolment (Ctrl+N).
func (s *RosterScreen) NewTrainee() {
	if s.class.ID == "" {
		s.u.showError(fmt.Errorf("请先在“班级”中选择一个班级，再添加学员"))
		return
	}
	s.Table.UnselectAll()
	s.selected = -1
	s.Form.fill(training.Trainee{})
	s.updateButtons()
	s.u.Win.Canvas().Focus(s.Form.Name)
}

func (s *RosterScreen) confirmRemove() {
	if s.selected < 0 || s.selected >= len(s.list) {
		return
	}
	t := s.list[s.selected]
	dialog.ShowConfirm(s.u.T("删除学员"), fmt.Sprintf("确定把 %s 从“%s”的名单中删除吗？已有考勤、成绩或证书的学员不能删除。", t.Name(), s.class.Name),
		func(ok bool) {
			if ok {
				s.remove(t.ID)
			}
		}, s.u.Win)
}

func (s *RosterScreen) remove(id string) {
	if err := s.u.Store.RemoveTrainee(id); err != nil {
		s.u.showError(err)
		return
	}
	s.u.Classes.index.remove(id)
	s.selected = -1
	s.load(s.class.ID)
}

// saved takes in enrolments just saved by the form, a paste or an import.
func (s *RosterScreen) saved(list ...training.Trainee) {
	s.u.Classes.index.add(list...)
	s.load(s.class.ID)
}
