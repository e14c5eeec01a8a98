package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// buildConfigForm makes the credentials fields, filled from the stored
// configuration (never the secret).
func (s *SyncScreen) buildConfigForm() {
	s.Endpoint = widget.NewEntry()
	s.Endpoint.SetPlaceHolder("https://px.rsj.example.gov.cn/gateway")
	s.AppKey = widget.NewEntry()
	s.AppKey.SetPlaceHolder(s.u.T("人社局分配的应用标识"))
	s.Secret = widget.NewPasswordEntry()
	s.Secret.SetPlaceHolder(s.u.T("人社局分配的应用密钥"))
	s.CAFile = widget.NewEntry()
	s.CAFile.SetPlaceHolder(s.u.T("可选：自建 CA 证书文件（PEM）的路径"))
	s.SaveConfig = widget.NewButton(s.u.T("保存上传配置"), s.saveConfig)
	s.ConfigStatus = widget.NewLabel("")
	s.ConfigStatus.Wrapping = fyne.TextWrapWord
	if cfg, err := s.u.Store.SyncConfig(); err == nil {
		s.Endpoint.SetText(cfg.Endpoint)
		s.AppKey.SetText(cfg.AppKey)
		s.CAFile.SetText(cfg.CAFile)
		s.Secret.SetPlaceHolder(s.u.T("已保存（不显示）；留空则保持不变"))
	}
}

func (s *SyncScreen) configCard() fyne.CanvasObject {
	form := widget.NewForm(
		widget.NewFormItem(s.u.T("接口地址"), s.Endpoint),
		widget.NewFormItem(s.u.T("应用标识"), s.AppKey),
		widget.NewFormItem(s.u.T("应用密钥"), s.Secret),
		widget.NewFormItem(s.u.T("CA 证书"), s.CAFile),
	)
	return widget.NewCard(s.u.T("上传配置"), "", container.NewVBox(form,
		container.NewBorder(nil, nil, nil, s.SaveConfig, s.ConfigStatus)))
}

// saveConfig does what `sync config` does, then restarts background sync
// with the new credentials.
func (s *SyncScreen) saveConfig() {
	secret := []byte(strings.TrimSpace(s.Secret.Text))
	if len(secret) == 0 {
		// Keep the saved secret when the clerk changes only the address.
		if cfg, err := s.u.Store.SyncConfig(); err == nil {
			secret = cfg.Secret
		}
	}
	if len(secret) == 0 {
		s.configError(errors.New("“应用密钥”为空：请填写人社局分配的应用密钥"))
		return
	}
	if err := s.u.Store.SaveSyncConfig(s.Endpoint.Text, s.AppKey.Text, secret, s.CAFile.Text, 0); err != nil {
		s.configError(err)
		return
	}
	s.Secret.SetText("")
	s.Secret.SetPlaceHolder(s.u.T("已保存（不显示）；留空则保持不变"))
	s.ConfigStatus.SetText(s.u.T("已保存，马上开始上传。"))
	go func() {
		s.halt()
		s.Start()
		s.trigger()
	}()
}

func (s *SyncScreen) configError(err error) {
	s.ConfigStatus.SetText(err.Error())
	s.u.showError(err)
}
