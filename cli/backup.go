package cli

import (
	"bytes"
	"errors"
	"flag"
	"os"

	"trainingdesk/store"
)

func init() {
	register("backup", "backup -o 文件 [--passphrase-file 口令文件]", backup)
	register("restore", "restore 文件 [--passphrase-file 口令文件]（恢复到空的数据目录）", restore)
	register("audit verify", "audit verify", auditVerify)
}

func readPassphrase(path string) ([]byte, error) {
	if path == "" {
		return nil, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	p := bytes.TrimRight(raw, "\r\n")
	if len(p) == 0 {
		return nil, errors.New("口令文件是空的")
	}
	return p, nil
}

func backup(e *env, args []string) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	out := fs.String("o", "", "")
	passFile := fs.String("passphrase-file", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("-o", *out); err != nil {
		return err
	}
	pass, err := readPassphrase(*passFile)
	if err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		if err := s.BackupToFile(*out, pass); err != nil {
			return err
		}
		e.say("已备份到 %s", *out)
		if pass == nil {
			e.say("注意：未设口令，备份中含解密密钥。请像保管原始数据一样保管它；带出本机时请用 --passphrase-file。")
		}
		return nil
	})
}

func restore(e *env, args []string) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	passFile := fs.String("passphrase-file", "", "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("用法：trainingdesk restore 备份文件")
	}
	pass, err := readPassphrase(*passFile)
	if err != nil {
		return err
	}
	f, err := os.Open(pos[0])
	if err != nil {
		return err
	}
	defer f.Close()
	if err := store.Restore(f, e.dataDir, pass, StoreOptions().Keyring); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		n, err := s.VerifyAudit()
		if err != nil {
			return err
		}
		e.say("已恢复到 %s（审计日志 %d 条，完整）", e.dataDir, n)
		return nil
	})
}

func auditVerify(e *env, args []string) error {
	return e.withStore(func(s *store.Store) error {
		n, err := s.VerifyAudit()
		var p *store.AuditProblem
		if errors.As(err, &p) && p.Kind != "" {
			return fail(1, "数据文件被绕过程序直接改动：%v", p)
		}
		if errors.As(err, &p) {
			return fail(1, "审计日志已被破坏：%v", p)
		}
		if err != nil {
			return err
		}
		e.say("审计日志完整：共 %d 条，哈希链无断裂，链头与密钥相符，每条记录的内容与其最后一次审计记录一致。", n)
		return nil
	})
}
