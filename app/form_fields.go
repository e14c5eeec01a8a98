package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/errs"
)

// fieldForm is a form whose every field has an error line under it. An
// error below the faces names its field (errs.FieldOf, an errs.Field
// declared by the domain package); show puts the message under that field,
// so the clerk sees what to fix where to fix it — never by comparing
// labels. The class, trainee, teacher, institution and settings forms all
// use it.
type fieldForm struct {
	tr      func(string) string // the UI's language
	en      bool                // English: a field the table lacks reads as its declared English
	Form    *widget.Form
	General *widget.Label // errors that name no field of this form
	errs    map[string]*widget.Label
	byField map[errs.Field]*widget.Label
	order   []string
}

func newFieldForm(tr func(string) string) *fieldForm {
	f := &fieldForm{tr: tr, en: tr("设置") != "设置", Form: widget.NewForm(), General: errorLabel(), errs: map[string]*widget.Label{},
		byField: map[errs.Field]*widget.Label{}}
	return f
}

// addField appends the input of a declared field, labelled with its label;
// errors naming the field (or any of also) show under it.
func (f *fieldForm) addField(field errs.Field, input fyne.CanvasObject, also ...errs.Field) {
	f.addAs(field.Label(), f.labelOf(field), input)
	for _, x := range append([]errs.Field{field}, also...) {
		f.byField[x] = f.errs[field.Label()]
	}
}

// addFieldAs is addField under a label of the form's own (资质扫描件 for
// the store's 扫描件).
func (f *fieldForm) addFieldAs(label string, field errs.Field, input fyne.CanvasObject) {
	f.add(label, input)
	f.byField[field] = f.errs[label]
}

// errorAt is the error shown under a declared field ("" when none).
func (f *fieldForm) errorAt(field errs.Field) string { return f.errorOf(field.Label()) }

func errorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = theme.SizeNameCaptionText
	l.Hide()
	return l
}

// add appends an input that no rule names (no errs.Field): a free-text
// detail such as 培训地点. Inputs a rule checks use addField.
func (f *fieldForm) add(label string, input fyne.CanvasObject) {
	f.addAs(label, f.tr(label), input)
}

// labelOf is a declared field's label in the UI's language.
func (f *fieldForm) labelOf(field errs.Field) string {
	if t := f.tr(field.Label()); t != field.Label() || !f.en || field.English() == "" {
		return t
	}
	return field.English()
}

// addAs appends an input under label, shown as shown.
func (f *fieldForm) addAs(label, shown string, input fyne.CanvasObject) {
	e := errorLabel()
	f.errs[label] = e
	f.order = append(f.order, label)
	f.Form.Append(shown, container.NewVBox(input, e))
}

// clear hides every error.
func (f *fieldForm) clear() {
	for _, e := range f.errs {
		e.SetText("")
		e.Hide()
	}
	f.General.SetText("")
	f.General.Hide()
}

// show puts each problem of err under the field it names, or in the
// general line.
func (f *fieldForm) show(err error) {
	for _, p := range errs.Problems(err) {
		f.showOne(p)
	}
}

func (f *fieldForm) showOne(err error) {
	if e, ok := f.byField[errs.FieldOf(err)]; ok {
		e.SetText(errs.Message(err))
		e.Show()
		return
	}
	f.General.SetText(err.Error())
	f.General.Show()
}

// errorOf is the error shown under a field ("" when none).
func (f *fieldForm) errorOf(label string) string {
	if e, ok := f.errs[label]; ok && e.Visible() {
		return e.Text
	}
	return ""
}

// firstError is the first error shown, in form order (the general line last).
func (f *fieldForm) firstError() string {
	for _, l := range f.order {
		if s := f.errorOf(l); s != "" {
			return s
		}
	}
	if f.General.Visible() {
		return f.General.Text
	}
	return ""
}

// noticeLabel is a hidden, wrapping line for a form's warnings or its
// "saved" confirmation, in the given importance.
func noticeLabel(imp widget.Importance) *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Importance = imp
	l.Hide()
	return l
}

// saveCancelButtons are a form's 保存 (primary) and 取消.
func saveCancelButtons(u *UI, save, cancel func()) (*widget.Button, *widget.Button) {
	s := widget.NewButtonWithIcon(u.T("保存"), theme.DocumentSaveIcon(), save)
	s.Importance = widget.HighImportance
	return s, widget.NewButton(u.T("取消"), cancel)
}
