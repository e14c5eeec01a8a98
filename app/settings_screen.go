package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/store"
)

// SettingsScreen edits the institution's details and the regional rules,
// shows where the data lives and makes a backup on demand.
type SettingsScreen struct {
	u *UI

	Institution     *institutionForm
	InstitutionSave *widget.Button

	MinutesPerHour   *deskEntry
	LateTolerance    *deskEntry
	DoubleScan       *deskEntry // seconds within which a badge scanned again counts once
	EarlyTolerance   *deskEntry
	Threshold        *deskEntry // percent
	PassMark         *deskEntry
	TheoryRequired   *widget.Check
	PracticeRequired *widget.Check
	FilingDays       *deskEntry
	CertPattern      *deskEntry
	CertIDStyle      *widget.Select
	VerifyURL        *deskEntry
	VerifyPageButton *widget.Button // 导出核验网页, beside the address it is for
	CategoriesFile   *deskEntry
	OccupationsFile  *deskEntry // a region's additions to the 职业分类大典
	Claims           *claimSettings
	TeacherRule      *teacherRuleSettings
	Outcomes         *outcomeSettings
	Language         *widget.Select
	RulesSave        *widget.Button
	RulesSaved       *widget.Label

	Output       *outputRow
	DataDir      *widget.Label
	Passphrase   *widget.Entry
	BackupButton *widget.Button
	AuditButton  *widget.Button
	AuditResult  *widget.Label
	BackupDone   *widget.Label

	// FirstRun is the welcome dialog when one was shown.
	FirstRun *firstRun

	rules    *fieldForm
	settings store.Settings
	root     fyne.CanvasObject
}

var languages = []string{"中文", "English"}

func newSettingsScreen(u *UI) *SettingsScreen {
	s := &SettingsScreen{u: u, rules: newFieldForm(u.T)}
	s.Institution = newInstitutionForm(u, func() { s.Institution.save() })
	s.InstitutionSave = widget.NewButtonWithIcon(u.T("保存机构信息"), theme.DocumentSaveIcon(), func() { s.Institution.save() })
	s.InstitutionSave.Importance = widget.HighImportance

	entry := func(ph string) *deskEntry {
		e := newDeskEntry(u, ph)
		e.OnSubmitted = func(string) { s.saveRules() }
		return e
	}
	s.MinutesPerHour = entry("45")
	s.LateTolerance = entry("10")
	s.DoubleScan = entry("60")
	s.EarlyTolerance = entry("10")
	s.Threshold = entry("80")
	s.PassMark = entry("60")
	s.TheoryRequired = widget.NewCheck(u.T("须考理论"), nil)
	s.PracticeRequired = widget.NewCheck(u.T("须考实操"), nil)
	s.FilingDays = entry("3")
	s.CertPattern = entry("{code}{year}{serial:6}")
	s.CertIDStyle = widget.NewSelect(u.Ts(idStyleLabels), nil)
	s.VerifyURL = entry("核验网页的地址，如 https://本机构网站/verify.html")
	s.CategoriesFile = entry("留空使用全国默认人员类别表")
	s.OccupationsFile = entry("留空只用职业分类大典；地区增补的职业、工种、课时与补贴标准放在此文件")
	s.Language = widget.NewSelect(languages, nil)
	r := s.rules
	r.addField(store.FieldMinutesPerHour, s.MinutesPerHour)
	r.addField(store.FieldLateTolerance, s.LateTolerance)
	r.addField(store.FieldEarlyTolerance, s.EarlyTolerance)
	r.addField(store.FieldDoubleScan, s.DoubleScan)
	r.addField(store.FieldThreshold, s.Threshold)
	r.addField(store.FieldPassMark, s.PassMark)
	r.addField(store.FieldAssessment, container.NewHBox(s.TheoryRequired, s.PracticeRequired))
	r.addField(store.FieldFilingDays, s.FilingDays)
	r.addField(store.FieldCertPattern, s.CertPattern)
	r.addField(store.FieldCertIDStyle, s.CertIDStyle)
	s.VerifyPageButton = widget.NewButton(u.T("导出核验网页"), u.askVerifyPage)
	verifyHint := widget.NewLabel(u.T("证书二维码里的网址：手机扫码核验证书时打开。填写本机构放置核验网页（右侧“导出核验网页”）的地址，如 https://本机构网站/verify.html，或人社部门提供的查验网址；仍是默认的占位地址时不能发正式证书。"))
	verifyHint.Wrapping = fyne.TextWrapWord
	verifyHint.Importance = widget.LowImportance
	verifyHint.SizeName = theme.SizeNameCaptionText
	r.addField(store.FieldVerifyURL, container.NewVBox(container.NewBorder(nil, nil, nil, s.VerifyPageButton, s.VerifyURL), verifyHint))
	r.addField(store.FieldCategoriesFile, container.NewBorder(nil, nil, nil,
		widget.NewButton(u.T("选择…"), s.chooseCategories), s.CategoriesFile))
	r.addField(store.FieldOccupationsFile, container.NewBorder(nil, nil, nil,
		widget.NewButton(u.T("选择…"), func() { s.chooseFile(s.OccupationsFile) }), s.OccupationsFile))
	s.Claims = newClaimSettings(u, r, s.saveRules)
	s.TeacherRule = newTeacherRuleSettings(u, r, s.saveRules)
	s.Outcomes = newOutcomeSettings(u, r)
	r.addField(store.FieldLanguage, s.Language)
	s.RulesSave = widget.NewButtonWithIcon(u.T("保存规则"), theme.DocumentSaveIcon(), s.saveRules)
	s.RulesSave.Importance = widget.HighImportance
	s.RulesSaved = noticeLabel(widget.SuccessImportance)

	s.Output = newOutputRow(u)
	s.DataDir = widget.NewLabel(u.Store.Dir())
	s.DataDir.Selectable = true
	s.Passphrase = widget.NewPasswordEntry()
	s.Passphrase.PlaceHolder = u.T("备份口令（可不填；带出本机时务必设置）")
	s.BackupButton = widget.NewButtonWithIcon(u.T("立即备份"), theme.StorageIcon(), s.backup)
	s.BackupDone = widget.NewLabel("")
	s.BackupDone.Wrapping = fyne.TextWrapWord
	s.BackupDone.Hide()
	s.newAuditCheck()

	left := container.NewVBox(
		heading(u.T("机构信息")), s.Institution.Content(), container.NewHBox(s.InstitutionSave),
		widget.NewSeparator(),
		heading(u.T("数据与备份")), widget.NewLabel(u.T("数据目录")+"："), s.DataDir, s.Output.content(),
		s.Passphrase, container.NewHBox(s.BackupButton, s.AuditButton), s.BackupDone, s.AuditResult)
	right := container.NewVBox(heading(u.T("地区规则")), r.General, r.Form, s.RulesSaved, container.NewHBox(s.RulesSave))
	// Both directions: the two columns may be wider than a 1280-px screen.
	s.root = container.NewScroll(container.NewPadded(container.NewGridWithColumns(2, left, right)))
	s.Refresh()
	return s
}

func heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

func (s *SettingsScreen) Content() fyne.CanvasObject { return s.root }

// Refresh shows the saved institution and settings.
func (s *SettingsScreen) Refresh() {
	inst, _, err := s.u.Store.Institution()
	if err != nil {
		s.u.showError(err)
	}
	s.Institution.fill(inst)
	st, err := s.u.Store.Settings()
	if err != nil {
		s.u.showError(err)
	}
	s.settings = st
	s.rules.clear()
	s.RulesSaved.Hide()
	s.MinutesPerHour.SetText(strconv.Itoa(st.MinutesPerHour))
	s.LateTolerance.SetText(strconv.Itoa(st.LateToleranceMin))
	s.DoubleScan.SetText(strconv.Itoa(st.DoubleScanSec))
	s.EarlyTolerance.SetText(strconv.Itoa(st.EarlyToleranceMin))
	s.Threshold.SetText(strconv.FormatFloat(st.Threshold*100, 'f', -1, 64))
	s.PassMark.SetText(strconv.FormatFloat(st.PassMark, 'f', -1, 64))
	s.TheoryRequired.SetChecked(st.TheoryRequired)
	s.PracticeRequired.SetChecked(st.PracticeRequired)
	s.FilingDays.SetText(strconv.Itoa(st.FilingDaysBefore))
	s.CertPattern.SetText(st.CertPattern)
	s.CertIDStyle.SetSelected(s.u.T(idStyleLabel(st.CertIDStyle)))
	s.VerifyURL.SetText(st.VerifyBaseURL)
	s.CategoriesFile.SetText(st.CategoriesFile)
	s.OccupationsFile.SetText(st.OccupationsFile)
	s.Claims.fill(st)
	s.TeacherRule.fill(st)
	s.Outcomes.fill(st)
	if st.Language == "en" {
		s.Language.SetSelected(languages[1])
	} else {
		s.Language.SetSelected(languages[0])
	}
}

// saveRules reads the boxes and asks the store to save; the store's
// Settings.Check is the one list of rules, and every problem it finds is
// shown under its field. Nothing is saved unless all are right.
func (s *SettingsScreen) saveRules() {
	s.rules.clear()
	s.RulesSaved.Hide()
	st := s.settings
	ok := true
	number := func(field errs.Field, e *deskEntry) float64 {
		v, err := strconv.ParseFloat(strings.TrimSpace(e.Text), 64)
		if err != nil {
			s.rules.show(errs.E(errs.Invalid, field, "请填写数字"))
			ok = false
		}
		return v
	}
	st.MinutesPerHour = int(number(store.FieldMinutesPerHour, s.MinutesPerHour))
	st.LateToleranceMin = int(number(store.FieldLateTolerance, s.LateTolerance))
	st.DoubleScanSec = int(number(store.FieldDoubleScan, s.DoubleScan))
	st.EarlyToleranceMin = int(number(store.FieldEarlyTolerance, s.EarlyTolerance))
	st.Threshold = number(store.FieldThreshold, s.Threshold) / 100
	st.PassMark = number(store.FieldPassMark, s.PassMark)
	st.FilingDaysBefore = int(number(store.FieldFilingDays, s.FilingDays))
	st.TheoryRequired, st.PracticeRequired = s.TheoryRequired.Checked, s.PracticeRequired.Checked
	st.CertPattern = strings.TrimSpace(s.CertPattern.Text)
	st.CertIDStyle = idStyle(s.u.valueOf(s.CertIDStyle.Selected, idStyleLabels))
	st.VerifyBaseURL = strings.TrimSpace(s.VerifyURL.Text)
	st.CategoriesFile = strings.TrimSpace(s.CategoriesFile.Text)
	st.OccupationsFile = strings.TrimSpace(s.OccupationsFile.Text)
	s.Claims.read(&st)
	s.TeacherRule.read(&st)
	s.Outcomes.read(&st)
	lang := "zh"
	if s.Language.Selected == languages[1] {
		lang = "en"
	}
	changedLang := lang != st.Language && !(st.Language == "" && lang == "zh")
	st.Language = lang
	if !ok { // the other fields' problems too, in one go
		for _, p := range errs.Problems(st.Check()) {
			if s.rules.errorAt(errs.FieldOf(p)) == "" {
				s.rules.show(p)
			}
		}
		return
	}
	if err := s.u.Store.SaveSettings(st); err != nil {
		for _, p := range errs.Problems(err) {
			s.rules.show(p)
		}
		return
	}
	s.settings = st
	msg := "已保存规则。"
	if changedLang {
		msg += "界面语言在重新打开程序后生效。"
	}
	s.RulesSaved.SetText(msg)
	s.RulesSaved.Show()
}

func (s *SettingsScreen) chooseCategories() { s.chooseFile(s.CategoriesFile) }

// chooseFile puts the path of a file the clerk picks into e.
func (s *SettingsScreen) chooseFile(e *deskEntry) {
	s.u.pickPath(e.SetText)
}

// backup asks where to write, then writes a hot backup in the background.
func (s *SettingsScreen) backup() {
	pass := []byte(s.Passphrase.Text)
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			s.u.showError(err)
			return
		}
		if w == nil {
			return
		}
		s.BackupButton.Disable()
		go func() {
			err := s.u.Store.Backup(w, pass)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			fyne.Do(func() {
				s.BackupButton.Enable()
				if err != nil {
					s.u.showError(fmt.Errorf("备份失败：%v（请换一个位置重试）", err))
					return
				}
				msg := "已备份到 " + w.URI().Path() + "。"
				if len(pass) == 0 {
					msg += "未设口令：备份中含解密密钥，请像保管原始数据一样保管它。"
				}
				s.BackupDone.SetText(msg)
				s.BackupDone.Show()
			})
		}()
	}, s.u.Win)
	d.SetFileName("trainingdesk-备份-" + now().Format("20060102") + store.BackupExt)
	d.Resize(fyne.NewSize(820, 560))
	d.Show()
}

// The province's way of printing identity numbers on certificates.
var (
	idStyles      = []string{identity.StyleMasked, identity.StyleTail4, identity.StyleFull}
	idStyleLabels = []string{"前6位和后4位（110105********002X）", "仅后4位（**************002X）", "完整号码（仅在本省要求时）"}
)

func idStyleLabel(style string) string {
	for i, s := range idStyles {
		if s == style {
			return idStyleLabels[i]
		}
	}
	return idStyleLabels[0]
}

func idStyle(label string) string {
	for i, l := range idStyleLabels {
		if l == label {
			return idStyles[i]
		}
	}
	return identity.StyleMasked
}
