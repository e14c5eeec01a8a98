package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"trainingdesk/certificate"
	"trainingdesk/certprint"
	"trainingdesk/errs"
	"trainingdesk/printing"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("certificates issue", "certificates issue --class C [--json]（为合格且尚未发证的学员编号发证）", certificatesIssue)
	register("certificates list", "certificates list --class C [--json]", certificatesList)
	register("certificates print", "certificates print --class C -o 文件.pdf [--draft] [--numbers 编号1,编号2]（合并为一个 PDF，每页一张）", certificatesPrint)
	register("certificates preview", "certificates preview --class C -o 文件.pdf（样本：发证前即可预览，不占用编号；二维码核验显示“样本”，退出码 1）", certificatesPreview)
	register("certificates verify", "certificates verify 二维码内容（0 真实有效，1 伪造/被改动/未知，2 已撤销或已作废）", certificatesVerify)
	register("certificates revoke", "certificates revoke 编号 --reason 原因", certificatesRevoke)
	register("certificates replace", "certificates replace 编号 --reason 原因（补发：编号不变，打印时标明补发）", certificatesReplace)
	register("certificates reprints", "certificates reprints 编号（打印记录）", certificatesReprints)
	register("certificates pubkey", "certificates pubkey [-o 文件.pem]（导出供人社部门核验证书的公钥）", certificatesPubkey)
}

// statusLabel is a certificate status in the clerk's words.
func statusLabel(s string) string {
	switch s {
	case training.CertProvisional:
		return "临时（待人社部门登记）"
	case training.CertRegistered:
		return "已登记"
	case training.CertRevoked:
		return "已撤销"
	}
	return s
}

type issuedJSON struct {
	Number string `json:"number"`
	Name   string `json:"name"`
}

func certificatesIssue(e *env, args []string) error {
	fs := flag.NewFlagSet("certificates issue", flag.ContinueOnError)
	class := fs.String("class", "", "")
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		got, err := certprint.Issue(s, c.ID)
		if err != nil {
			return err
		}
		// The new codes are rendered now, so the first print is quick.
		_, _ = certprint.RenderStale(s)
		// Names that cannot be printed are not numbered: said on stderr, so
		// a script's JSON keeps its shape and the others go on to print.
		for _, u := range got.Unprintable {
			fmt.Fprintf(e.errw, "未发证 %s：%s（姓名无法打印，未占用证书编号；请核对姓名后再发证）\n", u.Name, errs.Message(u.Err))
		}
		out := []issuedJSON{}
		for _, cert := range got.Certificates {
			out = append(out, issuedJSON{cert.Number, cert.Name})
		}
		if *asJSON {
			return e.json(out)
		}
		if len(out) == 0 {
			e.say("%s 没有需要发证的学员（合格学员均已发证，或尚无合格学员：可用 report class 查看原因）", c.Name)
			return nil
		}
		for _, o := range out {
			e.say("%s\t%s", o.Number, o.Name)
		}
		e.say("已为 %s 发证 %d 张（临时，待人社部门登记）。", c.Name, len(out))
		return nil
	})
}

type certJSON struct {
	Number       string `json:"number"`
	Name         string `json:"name"`
	Status       string `json:"status"`
	IssuedAt     string `json:"issued_at"`
	Replacement  int    `json:"replacement"`
	RegNo        string `json:"reg_no,omitempty"`
	RevokeReason string `json:"revoke_reason,omitempty"`
}

func certificatesList(e *env, args []string) error {
	fs := flag.NewFlagSet("certificates list", flag.ContinueOnError)
	class := fs.String("class", "", "")
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		certs, err := s.Certificates(c.ID)
		if err != nil {
			return err
		}
		out := []certJSON{}
		for _, x := range certs {
			out = append(out, certJSON{x.Number, x.Name, x.Status, x.IssuedAt.Format(training.DateLayout), x.Replacement, x.RegNo, x.RevokeReason})
		}
		if *asJSON {
			return e.json(out)
		}
		for _, o := range out {
			e.say("%s\t%s\t%s\t%s", o.Number, o.Name, statusLabel(o.Status), o.IssuedAt)
		}
		return nil
	})
}

func certificatesPrint(e *env, args []string) error {
	fs := flag.NewFlagSet("certificates print", flag.ContinueOnError)
	class := fs.String("class", "", "")
	out := fs.String("o", "", "")
	draft := fs.Bool("draft", false, "")
	numbers := fs.String("numbers", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("--class", *class); err != nil {
		return err
	}
	if err := need("-o", *out); err != nil {
		return err
	}
	var only []string
	for _, n := range strings.FieldsFunc(*numbers, func(r rune) bool { return r == ',' || r == '，' || r == ' ' }) {
		only = append(only, n)
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		if *draft {
			return e.printSample(s, c, *out)
		}
		b, err := certprint.Load(s, c.ID, only)
		if err != nil {
			return err
		}
		return e.printBatch(s, b, *out, false)
	})
}

// certificatesPreview is the 样本 before (or after) issuing: no number is
// used and every QR code verifies as 样本.
func certificatesPreview(e *env, args []string) error {
	return e.withClassOutput("certificates preview", args, e.printSample)
}

func (e *env) printSample(s *store.Store, c training.Class, out string) error {
	b, err := certprint.LoadSample(s, c.ID)
	if err != nil {
		return err
	}
	return e.printBatch(s, b, out, true)
}

// printBatch writes the pages and names who was left out (stderr): one
// unprintable name never stops the others.
func (e *env) printBatch(s *store.Store, b certprint.Batch, out string, sample bool) error {
	if err := certprint.WriteFile(s, out, b.Pages, printing.CertOptions{Draft: sample}, nil, nil); err != nil {
		return err
	}
	if note := b.Note(); note != "" {
		fmt.Fprintln(e.errw, note)
	}
	kind := "证书"
	if sample {
		kind = "样本（无效，仅供校对版式；二维码核验显示“样本”）"
	}
	e.say("已生成 %s：%d 页%s。", out, len(b.Pages), kind)
	return nil
}

func certificatesVerify(e *env, args []string) error {
	// Not flag-parsed: a payload may begin with "-" (base64url).
	var text string
	for _, a := range args {
		switch {
		case a == "--":
		case (a == "-h" || a == "--help") && text == "":
			return flag.ErrHelp
		case text != "":
			return fail(1, "参数有误：只能核验一个二维码内容（含空格时请加引号）")
		default:
			text = a
		}
	}
	if strings.TrimSpace(text) == "" {
		return fail(1, "缺少参数：二维码内容（扫码得到的网址，或其中 # 之后的部分）")
	}
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	c, p, err := s.VerifyCertificate(text)
	switch {
	case errors.Is(err, store.ErrRevoked) || errors.Is(err, store.ErrSuperseded):
		return fail(2, "无效：证书 %s（%s）%v", c.Number, c.Name, err)
	case errors.Is(err, store.ErrSample):
		return fail(1, "无效：样本。%v，不能作为证书使用。", err)
	case errors.Is(err, certificate.ErrInvalid):
		return fail(1, "无效：%v。此二维码不是本机构签发的，或内容被改动过。", err)
	case errors.Is(err, store.ErrUnknownCertificate) || errors.Is(err, store.ErrNameMismatch):
		return fail(1, "无效：证书 %s %v", p.Number, err)
	case err != nil:
		return fail(1, "无法核验：%v", err)
	}
	e.say("真实有效")
	e.say("证书编号：%s", c.Number)
	e.say("姓名：%s", c.Name)
	e.say("状态：%s", statusLabel(c.Status))
	e.say("发证日期：%s", c.IssuedAt.Format(training.DateLayout))
	if c.Replacement > 0 {
		e.say("补发：第 %d 次", c.Replacement)
	}
	if class, err := s.Class(c.ClassID); err == nil {
		e.say("培训：%s（%s，%s）", class.Name, class.Occupation, class.Level.Label())
	}
	return nil
}

// numberAndReason reads "NUMBER --reason R" in either order.
func numberAndReason(name string, args []string) (string, string, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	reason := fs.String("reason", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return "", "", err
	}
	if len(pos) != 1 {
		return "", "", errors.New("参数有误：请给出一个证书编号，例如 " + name + " FZ012026000001 --reason 原因")
	}
	return pos[0], *reason, nil
}

func certificatesRevoke(e *env, args []string) error {
	number, reason, err := numberAndReason("certificates revoke", args)
	if err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		c, err := s.RevokeCertificate(number, reason)
		if err != nil {
			return err
		}
		e.say("已撤销证书 %s（%s），原因：%s。扫码核验将显示“已撤销”。", c.Number, c.Name, c.RevokeReason)
		return nil
	})
}

func certificatesReplace(e *env, args []string) error {
	number, reason, err := numberAndReason("certificates replace", args)
	if err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		c, err := s.ReplaceCertificate(number, reason)
		if err != nil {
			return err
		}
		e.say("已登记补发：证书 %s（%s）第 %d 次补发，编号不变；原证的二维码从此核验为作废。请用 certificates print --numbers %s 打印。",
			c.Number, c.Name, c.Replacement, c.Number)
		return nil
	})
}

func certificatesReprints(e *env, args []string) error {
	fs := flag.NewFlagSet("certificates reprints", flag.ContinueOnError)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("参数有误：请给出一个证书编号")
	}
	return e.withStore(func(s *store.Store) error {
		if _, err := s.CertificateByNumber(pos[0]); err != nil {
			return err
		}
		list, err := s.Reprints(pos[0])
		if err != nil {
			return err
		}
		if len(list) == 0 {
			e.say("证书 %s 尚未打印过。", pos[0])
		}
		for _, r := range list {
			e.say("%s\t%s\t%d 份", r.At.Local().Format("2006-01-02 15:04"), r.Who, r.Copies)
		}
		return nil
	})
}

func certificatesPubkey(e *env, args []string) error {
	fs := flag.NewFlagSet("certificates pubkey", flag.ContinueOnError)
	out := fs.String("o", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		pub, err := s.PublicKey()
		if err != nil {
			return err
		}
		pem := certificate.ExportPublicKey(pub)
		if *out == "" {
			_, err := e.out.Write([]byte(pem))
			return err
		}
		if err := os.WriteFile(*out, []byte(pem), 0o644); err != nil {
			return errors.New("无法写入 " + *out + "：请换一个保存位置")
		}
		e.say("已导出证书核验公钥到 %s，请交给人社部门。", *out)
		return nil
	})
}
