package app

// English for the sync screen's texts (see i18n.go).
func init() {
	for zh, en := range map[string]string{
		"立即同步": "Sync now", "失败待重试": "retrying", "最近上传批次": "Recent batches",
		"被人社局退回的记录": "Records the bureau refused", "改正后保存即自动重新上传": "Fix and save: they are sent again by themselves",
		"没有被退回的记录": "Nothing refused", "去修改": "Fix", "原样重传": "Send again unchanged",
		"上次上传未完成": "Last sync did not finish", "正在上传…": "Sending…", "正在上传…部分记录稍后自动重试": "Sending… some records retry shortly",
		"等待下次自动上传（每分钟一次，修改后随即上传）":  "Waiting for the next automatic sync (every minute and after changes)",
		"其余 %d 条记录要等被退回的记录改正后随之上传": "%d more records go once the refused ones are fixed",
		"全部记录已上传": "Everything has been sent", "未配置上传": "sync not set up", "上传出错": "sync error",
		"上传配置": "Bureau connection", "接口地址": "Endpoint", "应用标识": "App key", "应用密钥": "App secret", "CA 证书": "CA file",
		"保存上传配置": "Save connection", "已保存，马上开始上传。": "Saved; sending starts now.",
		"人社局分配的应用标识": "app key issued by the bureau", "人社局分配的应用密钥": "app secret issued by the bureau",
		"可选：自建 CA 证书文件（PEM）的路径": "optional: path of a private CA certificate (PEM)",
		"已保存（不显示）；留空则保持不变":      "saved (hidden); leave empty to keep it",
		"尚未配置人社局上传接口：请在下方填写接口地址、应用标识和应用密钥。记录会保存在本机，配置后自动上传。": "The bureau connection is not set up: fill in endpoint, app key and secret below. Records stay on this PC and are sent once it is set up.",
	} {
		english[zh] = en
	}
}
