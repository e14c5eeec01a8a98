package app

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/training"
)

// institutionForm edits the school's details (定点培训机构); first-run
// setup and the settings screen both use it. The store checks the 统一社会
// 信用代码 and its message appears under that field.
type institutionForm struct {
	u *UI

	Name      *deskEntry
	USCC      *deskEntry
	LicenceNo *deskEntry
	Address   *deskEntry
	Contact   *deskEntry
	Phone     *deskEntry
	Code      *deskEntry
	Saved     *widget.Label

	inst   training.Institution
	fields *fieldForm
	root   fyne.CanvasObject
}

func newInstitutionForm(u *UI, onSubmit func()) *institutionForm {
	f := &institutionForm{u: u, fields: newFieldForm(u.T)}
	entry := func(ph string) *deskEntry {
		e := newDeskEntry(u, ph)
		e.OnSubmitted = func(string) { onSubmit() }
		return e
	}
	f.Name = entry("营业执照或办学许可证上的全称")
	f.USCC = entry("18 位，如 91350100M000100Y43")
	f.LicenceNo = entry("办学许可证号")
	f.Address = entry("地址")
	f.Contact = entry("联系人")
	f.Phone = entry("联系电话")
	f.Code = entry("留空则取统一社会信用代码第 9–17 位")
	f.fields.addField(training.FieldInstitutionName, f.Name)
	f.fields.addField(training.FieldUSCC, f.USCC)
	f.fields.add("办学许可证号", f.LicenceNo)
	f.fields.add("地址", f.Address)
	f.fields.add("联系人", f.Contact)
	f.fields.add("联系电话", f.Phone)
	f.fields.addField(training.FieldInstitutionCode, f.Code)
	f.USCC.OnChanged = func(string) { f.checkUSCC() }
	f.Saved = noticeLabel(widget.SuccessImportance)
	f.root = container.NewVBox(f.fields.General, f.fields.Form, f.Saved)
	return f
}

// checkUSCC judges the 统一社会信用代码 as it is typed: once 18 characters
// are there, or while a message shows, so that a corrected value clears it.
func (f *institutionForm) checkUSCC() {
	msg := f.fields.byField[training.FieldUSCC]
	text := strings.TrimSpace(f.USCC.Text)
	if utf8.RuneCountInString(text) < 18 && !msg.Visible() {
		return
	}
	if _, err := identity.ValidateUSCC(text); err != nil {
		msg.SetText(errs.Message(err))
		msg.Show()
		return
	}
	msg.SetText("")
	msg.Hide()
}

func (f *institutionForm) Content() fyne.CanvasObject { return f.root }

func (f *institutionForm) fill(inst training.Institution) {
	f.inst = inst
	f.fields.clear()
	f.Saved.Hide()
	f.Name.SetText(inst.Name)
	f.USCC.SetText(inst.USCC)
	f.LicenceNo.SetText(inst.LicenceNo)
	f.Address.SetText(inst.Address)
	f.Contact.SetText(inst.Contact)
	f.Phone.SetText(inst.Phone)
	f.Code.SetText(inst.Code)
}

// save validates and saves through the store; false when an error is shown.
func (f *institutionForm) save() bool {
	f.fields.clear()
	f.Saved.Hide()
	inst := f.inst
	inst.Name, inst.USCC, inst.LicenceNo = f.Name.Text, f.USCC.Text, f.LicenceNo.Text
	inst.Address, inst.Contact, inst.Phone = f.Address.Text, f.Contact.Text, f.Phone.Text
	inst.Code = f.Code.Text
	saved, err := f.u.Store.SaveInstitution(inst)
	if err != nil {
		f.fields.show(err)
		return false
	}
	f.fill(saved)
	f.Saved.SetText("已保存机构信息。")
	f.Saved.Show()
	return true
}
