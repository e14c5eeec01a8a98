package app

// English wording of the output folder, the "PDF ready" dialog and the
// empty classes list.
func init() {
	for zh, en := range map[string]string{
		"打印": "Print", "打开 PDF": "Open PDF", "打开文件夹": "Open folder", "关闭": "Close",
		"已保存为 PDF": "Saved as PDF", "已生成 PDF": "PDF ready", "更改…": "Change…", "恢复默认": "Default",
		"输出文件夹（证书、样本、签到表、胸卡）":                                   "Output folder (certificates, drafts, sign-in sheets, badges)",
		"还没有班级。点左上角“新建班级”开班备案（Ctrl+N）；想先熟悉操作，可用 --demo 打开演示数据。": "No classes yet. Press New class (Ctrl+N) to file one; start with --demo to try the demo data first.",
		"没有符合筛选条件的班级。请把状态、类型、年份选回“全部”，或清空日期。":                   "No class matches the filters. Set status, type and year back to All, or clear the dates.",
	} {
		if _, ok := english[zh]; !ok {
			english[zh] = en
		}
	}
}
