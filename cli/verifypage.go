package cli

import (
	"errors"
	"flag"
	"io"
	"os"
	"strings"

	"trainingdesk/certprint"
	"trainingdesk/store"
)

func init() {
	register("certificates verify-page", "certificates verify-page -o 文件.html（导出离线核验网页：放到“证书核验网址”所在位置，手机扫码即可核验）", certificatesVerifyPage)
}

func certificatesVerifyPage(e *env, args []string) error {
	fs := flag.NewFlagSet("certificates verify-page", flag.ContinueOnError)
	out := fs.String("o", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if strings.TrimSpace(*out) == "" {
		return errors.New("缺少参数：-o 文件.html（核验网页的保存位置）")
	}
	return e.withStore(func(s *store.Store) error {
		err := writeFileAtomic(*out, func(w io.Writer) error { return certprint.WriteVerifyPage(s, w) })
		if err != nil {
			return err
		}
		_ = os.Chmod(*out, 0o644) // a public page, meant to be uploaded
		e.say("已导出证书核验网页到 %s。请把它放到机构网站上“证书核验网址”（设置中）所指的位置；核验全部在手机浏览器中离线完成。", *out)
		e.say("撤销、作废名单截至今天：以后撤销或补发证书时，请重新导出并替换网页。")
		return nil
	})
}
