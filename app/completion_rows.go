package app

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/eligibility"
	"trainingdesk/errs"
	"trainingdesk/store"
	"trainingdesk/training"
)

// completionWidths are the fixed columns of a row; the last column (why
// not eligible) takes the rest.
var completionWidths = fixedCols{36, 96, 72, 80, 80, 110, 76, 220}

// completionTitles are the column titles (the first column is the tick).
var completionTitles = []string{"", "姓名", "出勤率", "理论成绩", "实操成绩", "考核结果", "发证资格", "证书", "不能发证的原因"}

// completionColumns are completionWidths widened for the titles, long names
// and the longest result and eligibility words in the UI's language; the
// certificate column follows the class's certificates (fitCerts).
func completionColumns(u *UI) fixedCols {
	c := append(fixedCols(nil), completionWidths...)
	for i := range c {
		c.fitCol(i, u.T(completionTitles[i]))
	}
	c.fitCol(1, "", longNames...)
	c.fitCol(5, "", u.Ts([]string{"合格", "不合格", "合格（补考）", "不合格（补考）", "未考核"})...)
	c.fitCol(6, "", u.Ts([]string{"已发证", "可发证", "不可发证"})...)
	return c
}

// fitCerts widens the certificate column for the longest certificate text
// of the rows (one measurement).
func (s *CompletionScreen) fitCerts() {
	texts := make([]string, len(s.Rows))
	for i, r := range s.Rows {
		texts[i] = r.Cert.Text
	}
	w := s.widths[7]
	if s.widths.fitCol(7, "", longest(texts)); s.widths[7] != w {
		s.head.Refresh()
		s.list.Refresh()
	}
}

// CompletionRow is one trainee's line: what it shows, not widgets. The list
// builds widgets only for the lines on screen and binds them to these values
// (a class of 5,000 builds a screenful). Theory and Practice are validated
// as typed with the same grading the store applies (eligibility.Grade).
type CompletionRow struct {
	TraineeID string
	Pick      *pickBox
	Name      *cellText
	Rate      *cellText
	Theory    *scoreField
	Practice  *scoreField
	Result    *cellText // 合格 / 不合格 / 合格（补考） / 未考核; blue while edited, unsaved
	Eligible  *cellText // 可发证 / 不可发证 / 已发证
	Cert      *cellText // number and status
	Why       *cellText // why not eligible, or what is wrong with a score

	s        *CompletionScreen
	index    int
	line     store.TraineeReport
	cert     *training.Certificate // the latest certificate, revoked or not
	saved    [2]string             // the scores as stored, to tell an edit
	resitNow bool                  // the latest attempt failed: a save is a 补考
}

func newCompletionRow(s *CompletionScreen, line store.TraineeReport, cert *training.Certificate) *CompletionRow {
	r := &CompletionRow{s: s, line: line, cert: cert, TraineeID: line.Trainee.ID}
	r.Pick = &pickBox{row: r, Checked: s.ticked[line.Trainee.ID], on: func(on bool) { s.ticked[line.Trainee.ID] = on }}
	r.Name = &cellText{row: r, Text: line.Trainee.Name()}
	r.Rate = &cellText{row: r, Text: ratePercent(line.Summary.Rate)}
	if line.Summary.BelowThreshold {
		r.Rate.Importance = widget.DangerImportance
	}
	r.Theory, r.Practice = &scoreField{row: r}, &scoreField{row: r}
	if res := line.Result; res != nil && len(res.Attempts) > 0 {
		last := res.Attempts[len(res.Attempts)-1]
		r.saved = [2]string{scoreText(last.Theory), scoreText(last.Practice)}
		r.resitNow = !last.Passed
	}
	r.Theory.Text, r.Practice.Text = r.saved[0], r.saved[1]
	r.Theory.OnChanged = func(string) { r.edited() }
	r.Practice.OnChanged = func(string) { r.edited() }
	r.Result, r.Eligible, r.Cert, r.Why = &cellText{row: r}, &cellText{row: r}, &cellText{row: r}, &cellText{row: r}
	if cert != nil && cert.Status != training.CertRevoked {
		// The store keeps a certified result as it stands.
		r.Theory.Disable()
		r.Practice.Disable()
	}
	r.show()
	return r
}

// completionHeader is the column titles, aligned with the rows.
func completionHeader(u *UI, widths fixedCols) *fyne.Container {
	var cells []fyne.CanvasObject
	for _, t := range completionTitles {
		l := widget.NewLabel(u.T(t))
		l.TextStyle = fyne.TextStyle{Bold: true}
		cells = append(cells, l)
	}
	return container.New(widths, cells...)
}

// show sets the labels from the stored state.
func (r *CompletionRow) show() {
	r.Result.SetText(r.s.u.T(r.line.ResultLabel))
	r.Result.Importance = widget.MediumImportance
	if r.line.Result != nil && !r.line.Result.Passed() {
		r.Result.Importance = widget.DangerImportance
	}
	r.Result.Refresh()
	r.Why.Importance = widget.MediumImportance
	switch {
	case r.cert != nil && r.cert.Status != training.CertRevoked:
		r.Eligible.SetText(r.s.u.T("已发证"))
		r.Why.SetText("")
	case r.line.Verdict.Eligible:
		r.Eligible.SetText(r.s.u.T("可发证"))
		r.Why.SetText("")
	default:
		r.Eligible.SetText(r.s.u.T("不可发证"))
		r.Why.SetText(strings.Join(r.line.Verdict.Reasons, "；"))
	}
	r.Why.Refresh()
	r.Cert.SetText(certText(r.s.u, r.cert))
}

// dirty reports whether the scores differ from what is stored.
func (r *CompletionRow) dirty() bool {
	return strings.TrimSpace(r.Theory.Text) != r.saved[0] || strings.TrimSpace(r.Practice.Text) != r.saved[1]
}

// grade checks the entries as the store will: nil attempt and an error
// naming the field when something is wrong.
// Every wrong field is named at once (errors joined).
func (r *CompletionRow) grade() (theory, practice *float64, attempt training.Attempt, err error) {
	theory, terr := parseScore(eligibility.FieldTheory, r.Theory.Text)
	practice, perr := parseScore(eligibility.FieldPractice, r.Practice.Text)
	if terr != nil || perr != nil {
		// The field that did parse may be wrong too (out of range): say so now.
		_, gerr := eligibility.Grade(theory, practice, r.s.assessment(), now())
		if terr == nil {
			terr = eligibility.ErrorFor(gerr, eligibility.FieldTheory)
		}
		if perr == nil {
			perr = eligibility.ErrorFor(gerr, eligibility.FieldPractice)
		}
		return nil, nil, attempt, errors.Join(terr, perr)
	}
	attempt, err = eligibility.Grade(theory, practice, r.s.assessment(), now())
	return
}

// validator is an entry's inline check: Grade's error when it names this
// entry's field.
func (r *CompletionRow) validator(field errs.Field) func(string) error {
	return func(string) error {
		if !r.dirty() {
			return nil
		}
		_, _, _, err := r.grade()
		return eligibility.ErrorFor(err, field)
	}
}

// edited previews the result of the typed scores, or says what is wrong.
// Only an edited row's entries carry validators: stored scores need no tick.
func (r *CompletionRow) edited() {
	if !r.dirty() {
		r.Theory.Validator, r.Practice.Validator = nil, nil
		r.Theory.Refresh()
		r.Practice.Refresh()
		r.show()
		return
	}
	if r.Theory.Validator == nil {
		r.Theory.Validator = r.validator(eligibility.FieldTheory)
		r.Practice.Validator = r.validator(eligibility.FieldPractice)
	}
	// Each entry's verdict depends on the other's text: check both.
	_ = r.Theory.Validate()
	_ = r.Practice.Validate()
	_, _, attempt, err := r.grade()
	if err != nil {
		r.Result.SetText(r.s.u.T("待更正"))
		r.Result.Importance = widget.DangerImportance
		r.Result.Refresh()
		r.Why.SetText(strings.Join(eligibility.Messages(err), "；"))
		r.Why.Importance = widget.DangerImportance
		r.Why.Refresh()
		return
	}
	label := "不合格"
	if attempt.Passed {
		label = "合格"
	}
	switch {
	case r.line.Result != nil && len(r.line.Result.Attempts) > 0 && strings.TrimSpace(r.s.Reason.Text) != "":
		label += "（更正）"
	case r.resitNow:
		label += "（补考）"
	}
	r.Result.SetText(r.s.u.T(label)) // blue until saved; the last column says so
	r.Result.Importance = widget.HighImportance
	r.Result.Refresh()
	r.Why.SetText(r.s.u.T("成绩已修改，请点“保存成绩”"))
	r.Why.Importance = widget.WarningImportance
	r.Why.Refresh()
}

// parseScore reads an entry: empty is "not given"; full-width digits and a
// comma decimal are accepted as clerks type them.
func parseScore(field errs.Field, s string) (*float64, error) {
	s = strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '．' || r == ',' || r == '，':
			return '.'
		}
		return r
	}, s))
	if s == "" {
		return nil, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return nil, errs.E(errs.Invalid, field, "“"+s+"”不是数字：请填写 0–100 的分数")
	}
	return &v, nil
}

func scoreText(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// ratePercent shows a share rounded down, as eligibility does, so 79.96 %
// never reads as the 80 % line.
func ratePercent(rate float64) string {
	return strconv.FormatFloat(math.Floor(rate*1000+1e-6)/10, 'f', 1, 64) + "%"
}

func certText(u *UI, c *training.Certificate) string {
	if c == nil {
		return ""
	}
	status := map[string]string{training.CertProvisional: "临时", training.CertRegistered: "已登记", training.CertRevoked: "已撤销"}[c.Status]
	text := c.Number + " " + u.T(status)
	if c.Replacement > 0 {
		text += " " + u.T("补发") + "×" + strconv.Itoa(c.Replacement)
	}
	return text
}
