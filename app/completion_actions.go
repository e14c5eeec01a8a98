package app

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"trainingdesk/certificate"
	"trainingdesk/certprint"
	"trainingdesk/eligibility"
	"trainingdesk/errs"
	"trainingdesk/paperwork"
	"trainingdesk/printing"
	"trainingdesk/store"
	"trainingdesk/training"
)

// save stores every edited row's scores. Rows are separate records, so a
// row the store refuses does not hold back the others; the dialog names it,
// and the refused rows keep what the clerk typed. With a 更正原因 the edits
// correct mistyped scores (audited); without one, a row whose last sitting
// failed records a 补考.
func (s *CompletionScreen) save() {
	var problems []string
	kept := map[string][2]string{}
	saved := 0
	for i, r := range s.Rows {
		if !r.dirty() {
			continue
		}
		theory, practice, _, err := r.grade()
		if err == nil {
			_, err = s.u.Store.SetResult(r.TraineeID, theory, practice, s.Reason.Text)
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("第 %d 行 %s：%s", i+1, r.Name.Text, strings.Join(eligibility.Messages(err), "；")))
			kept[r.TraineeID] = [2]string{r.Theory.Text, r.Practice.Text}
			continue
		}
		saved++
	}
	s.load()
	for _, r := range s.Rows {
		if typed, ok := kept[r.TraineeID]; ok {
			r.Theory.SetText(typed[0])
			r.Practice.SetText(typed[1])
			r.edited()
		}
	}
	if len(problems) > 0 {
		s.u.showError(fmt.Errorf("已保存 %d 人的成绩；以下 %d 人未保存（已保留所填内容），请更正后再点“保存成绩”：\n%s",
			saved, len(problems), strings.Join(problems, "\n")))
		return
	}
	s.Reason.SetText("")
}

// issue asks before numbering, since numbers are final. It first rehearses
// the issue (store.PreviewCertificates, rolled back) to say how many
// certificates, which numbers, and whose name cannot be printed — those are
// left out, the others are issued.
func (s *CompletionScreen) issue() {
	if s.class.ID == "" {
		s.u.showError(errors.New("请先选择班级"))
		return
	}
	for i, r := range s.Rows {
		if r.dirty() {
			s.u.showError(fmt.Errorf("第 %d 行 %s 的成绩已修改但未保存：请先点“保存成绩”，再发证", i+1, r.Name.Text))
			return
		}
	}
	st, err := s.u.Store.Settings()
	if err == nil {
		err = certificate.ReadyToIssue(st.VerifyBaseURL)
	}
	if err != nil {
		s.u.showError(err)
		return
	}
	pre, err := s.u.Store.PreviewCertificates(s.class.ID, certprint.NamePrintable)
	if err != nil {
		s.u.showError(err)
		return
	}
	left := unprintableNote(pre.Unprintable)
	if len(pre.Certificates) == 0 {
		msg := "没有需要发证的学员：合格学员均已发证，或尚无学员符合条件（见“不能发证的原因”）。"
		if left != "" {
			msg = "没有可以发证的学员。\n" + left
		}
		dialog.ShowInformation(s.u.T("发证"), msg, s.u.Win)
		return
	}
	msg := fmt.Sprintf("将为 %d 名学员发证，编号 %s", len(pre.Certificates), pre.Certificates[0].Number)
	if n := len(pre.Certificates); n > 1 {
		msg += " 至 " + pre.Certificates[n-1].Number
	}
	msg += "。\n证书编号一经发出即为正式编号，不能收回或重用。"
	if left != "" {
		msg += "\n\n" + left
	}
	s.IssueConfirm = dialog.NewConfirm(s.u.T("确认发证"), msg, func(ok bool) {
		if ok {
			s.IssueNow()
		}
	}, s.u.Win)
	s.IssueConfirm.SetConfirmText(s.u.T("发证"))
	s.IssueConfirm.SetDismissText(s.u.T("取消"))
	s.IssueConfirm.Show()
}

// IssueNow numbers the certificates (the confirmation's 发证).
func (s *CompletionScreen) IssueNow() {
	got, err := certprint.Issue(s.u.Store, s.class.ID)
	if err != nil {
		s.u.showError(err)
		return
	}
	s.load()
	certs := got.Certificates
	left := unprintableNote(got.Unprintable)
	if len(certs) == 0 {
		dialog.ShowInformation(s.u.T("发证"), "没有发出证书。\n"+left, s.u.Win)
		return
	}
	msg := fmt.Sprintf("已为 %d 名学员发证（临时，待人社部门登记）。\n编号 %s", len(certs), certs[0].Number)
	if len(certs) > 1 {
		msg += " 至 " + certs[len(certs)-1].Number
	}
	msg += "。\n可点“打印证书”生成 PDF。"
	if left != "" {
		msg += "\n\n" + left
	}
	dialog.ShowInformation(s.u.T("发证"), msg, s.u.Win)
}

// unprintableNote names the trainees left without a certificate because
// their name cannot be printed.
func unprintableNote(list []store.Unprintable) string {
	if len(list) == 0 {
		return ""
	}
	lines := []string{fmt.Sprintf("以下 %d 人的姓名无法打印，本次不发证（不占用编号）；请核对姓名后再发证：", len(list))}
	for _, u := range list {
		lines = append(lines, u.Name+"："+errs.Message(u.Err))
	}
	return strings.Join(lines, "\n")
}

// picked are the certificate numbers of the ticked rows (revoked ones too:
// the caller decides what it may do with them).
func (s *CompletionScreen) picked() []string {
	var out []string
	for _, r := range s.Rows {
		if r.Pick.Checked && r.cert != nil {
			out = append(out, r.cert.Number)
		}
	}
	return out
}

// preview makes a 样本 (watermarked 样本 — 无效, QR codes that verify as
// 样本) in the output folder and offers to print or open it: before
// anything is issued, from the eligible trainees, without using a number.
func (s *CompletionScreen) preview() {
	if s.class.ID == "" {
		s.u.showError(errors.New("请先选择班级"))
		return
	}
	path, err := s.u.outputPath("样本-" + s.class.Code + ".pdf")
	if err != nil {
		s.u.showError(err)
		return
	}
	s.PrintTo(path, true, nil)
}

// askPrint makes the merged PDF in the output folder, then offers to print
// or open it.
func (s *CompletionScreen) askPrint() {
	if s.class.ID == "" {
		s.u.showError(errors.New("请先选择班级"))
		return
	}
	path, err := s.u.outputPath("证书-" + s.class.Code + ".pdf")
	if err != nil {
		s.u.showError(err)
		return
	}
	s.PrintTo(path, false, nil)
}

// PrintTo draws the class's certificates (only the ticked ones when any
// are) into one PDF at path in the background, with a progress bar the clerk
// can cancel, then opens it in the system viewer. Unprintable names are
// refused before anything starts. after, when not nil, hears the outcome.
func (s *CompletionScreen) PrintTo(path string, draft bool, after func(error)) {
	finish := func(err error) {
		if err != nil && !errors.Is(err, certprint.ErrCancelled) {
			s.u.showError(err)
		}
		if after != nil {
			after(err)
		}
	}
	if !s.printing.CompareAndSwap(false, true) {
		finish(errors.New("正在生成证书 PDF，请等当前任务完成或取消"))
		return
	}
	var batch certprint.Batch
	var err error
	if draft {
		batch, err = certprint.LoadSample(s.u.Store, s.class.ID)
	} else {
		batch, err = certprint.Load(s.u.Store, s.class.ID, s.picked())
	}
	list := batch.Pages
	if err != nil {
		s.printing.Store(false)
		finish(err)
		return
	}
	s.cancel.Store(false)
	s.Progress.SetValue(0)
	s.printBar.Show()
	st := s.u.Store
	go func() {
		progress := func(done, total int) {
			fyne.Do(func() { s.Progress.SetValue(float64(done) / float64(total)) })
		}
		err := certprint.WriteFile(st, path, list, printing.CertOptions{Draft: draft}, progress, s.cancel.Load)
		fyne.Do(func() {
			s.printing.Store(false)
			s.printBar.Hide()
			if err == nil {
				what := s.u.T("证书")
				if draft {
					what = s.u.T("样本（无效）")
				}
				s.Summary.SetText(fmt.Sprintf("%s：%d %s → %s", what, len(list), s.u.T("页"), path))
				s.u.deliver(what, path)
				if note := batch.Note(); note != "" {
					dialog.ShowInformation(what, "已生成其余学员的"+what+"。\n"+note, s.u.Win)
				}
			}
			finish(err)
		})
	}()
}

// askRevoke asks for the reason, then revokes the ticked certificates.
func (s *CompletionScreen) askRevoke() {
	s.askReason(s.u.T("撤销证书"), certificate.FieldRevokeReason, s.Revoke)
}

// askReplace asks for the reason, then records a 补发 of the ticked ones.
func (s *CompletionScreen) askReplace() {
	s.askReason(s.u.T("补发证书"), certificate.FieldReplaceReason, s.Replace)
}

func (s *CompletionScreen) askReason(title string, field errs.Field, do func(reason string) error) {
	if len(s.activePicked()) == 0 {
		s.u.showError(errors.New("请先在列表中勾选已发证的学员"))
		return
	}
	reason := widget.NewEntry()
	reason.Validator = func(t string) error {
		if strings.TrimSpace(t) == "" {
			return errs.Errorf(errs.Invalid, field, "不能为空")
		}
		return nil
	}
	items := []*widget.FormItem{
		widget.NewFormItem(s.u.T("证书编号"), widget.NewLabel(strings.Join(s.activePicked(), "\n"))),
		widget.NewFormItem(s.u.T(field.Label()), reason),
	}
	dialog.ShowForm(title, s.u.T("确定"), s.u.T("取消"), items, func(ok bool) {
		if ok {
			s.u.showError(do(reason.Text))
		}
	}, s.u.Win)
}

// activePicked are the ticked certificates that are not revoked.
func (s *CompletionScreen) activePicked() []string {
	var out []string
	for _, r := range s.Rows {
		if r.Pick.Checked && r.cert != nil && r.cert.Status != training.CertRevoked {
			out = append(out, r.cert.Number)
		}
	}
	return out
}

// Revoke withdraws the ticked certificates with one reason.
func (s *CompletionScreen) Revoke(reason string) error {
	return s.eachPicked(func(n string) error { _, err := s.u.Store.RevokeCertificate(n, reason); return err })
}

// Replace records a 补发 of the ticked certificates; print them next.
func (s *CompletionScreen) Replace(reason string) error {
	return s.eachPicked(func(n string) error { _, err := s.u.Store.ReplaceCertificate(n, reason); return err })
}

func (s *CompletionScreen) eachPicked(do func(number string) error) error {
	numbers := s.activePicked()
	if len(numbers) == 0 {
		return errors.New("请先在列表中勾选已发证的学员")
	}
	var err error
	for _, n := range numbers {
		if err = do(n); err != nil {
			err = fmt.Errorf("证书 %s：%w", n, err)
			break
		}
	}
	s.load()
	return err
}

// askPubKey saves the verification key (PEM) for the bureau.
func (s *CompletionScreen) askPubKey() {
	pub, err := s.u.Store.PublicKey()
	if err != nil {
		s.u.showError(err)
		return
	}
	pem := certificate.ExportPublicKey(pub)
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			s.u.showError(err)
			return
		}
		defer w.Close()
		if _, err := w.Write([]byte(pem)); err != nil {
			s.u.showError(fmt.Errorf("写入公钥文件失败：%v；请换一个保存位置", err))
			return
		}
		dialog.ShowInformation(s.u.T("导出验证公钥"), "已导出证书核验公钥："+w.URI().Path()+"\n请交给人社部门，用于离线核验本机构证书。", s.u.Win)
	}, s.u.Win)
	d.SetFileName("证书核验公钥.pem")
	d.Show()
}

// safeFileName keeps a class code usable as part of a file name (the one
// rule: paperwork.SafeName).
func safeFileName(s string) string { return paperwork.SafeName(s) }
