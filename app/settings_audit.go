package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// newAuditCheck is 校验审计日志: the same chain check as `audit verify`, for
// a clerk (or an inspector at the desk) who wants to see that no record of
// who changed what has been altered or removed.
func (s *SettingsScreen) newAuditCheck() {
	s.AuditResult = widget.NewLabel("")
	s.AuditResult.Wrapping = fyne.TextWrapWord
	s.AuditResult.Hide()
	s.AuditButton = widget.NewButton(s.u.T("校验审计日志"), func() {
		n, err := s.u.Store.VerifyAudit()
		s.AuditResult.Importance = widget.SuccessImportance
		text := fmt.Sprintf("审计日志完整：共 %d 条，哈希链无断裂。", n)
		if err != nil {
			s.AuditResult.Importance = widget.DangerImportance
			text = "审计日志已被破坏：" + err.Error()
		}
		s.AuditResult.SetText(text)
		s.AuditResult.Show()
	})
}
