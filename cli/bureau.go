package cli

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"trainingdesk/store"
	tdsync "trainingdesk/sync"
	"trainingdesk/sync/bureau"
	"trainingdesk/training"
)

func init() {
	register("bureau serve", "bureau serve --addr HOST:PORT --data 目录 --app-key K --app-secret-file F [--institution 统一社会信用代码] [--body-timeout D] [--fail-rate P] [--hang D] [--latency D] [--rate-limit N] [--tls-cert F --tls-key F] [--reject-names 姓名,…]（参考人社局接口，供测试和演示；Ctrl+C 停止）", bureauServe)
	register("bureau records", "bureau records --data 目录 [--kind 类型] [--json]（列出已停止的参考人社局保存的每条记录的最新版本）", bureauRecords)
	register("bureau stats", "bureau stats --data 目录 [--json]（读取已停止的参考人社局的数据）", bureauStats)
}

// For `bureau serve/stats` the global --data (taken off by Run) is the
// bureau's own directory, never a school's data directory.
func (e *env) bureauDir() (string, error) {
	if _, err := os.Stat(filepath.Join(e.dataDir, store.DBFile)); err == nil {
		return "", fmt.Errorf("目录 %s 是培训数据目录：请用 --data 为参考人社局另指定一个目录", e.dataDir)
	}
	return e.dataDir, nil
}

func bureauServe(e *env, args []string) error {
	fs := flag.NewFlagSet("bureau serve", flag.ContinueOnError)
	o := bureau.Options{}
	fs.StringVar(&o.Addr, "addr", "127.0.0.1:8787", "")
	fs.StringVar(&o.AppKey, "app-key", "", "")
	fs.StringVar(&o.Institution, "institution", "", "")
	fs.DurationVar(&o.BodyTimeout, "body-timeout", 0, "")
	secretFile := fs.String("app-secret-file", "", "")
	fs.Float64Var(&o.FailRate, "fail-rate", 0, "")
	fs.DurationVar(&o.Latency, "latency", 0, "")
	fs.DurationVar(&o.Hang, "hang", 5*time.Second, "")
	fs.IntVar(&o.RateLimit, "rate-limit", 0, "")
	fs.StringVar(&o.TLSCert, "tls-cert", "", "")
	fs.StringVar(&o.TLSKey, "tls-key", "", "")
	rejectNames := fs.String("reject-names", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("--app-secret-file", *secretFile); err != nil {
		return err
	}
	dir, err := e.bureauDir()
	if err != nil {
		return err
	}
	o.DataDir = dir
	if o.Secret, err = tdsync.ReadSecretFile(*secretFile); err != nil {
		return err
	}
	for _, n := range strings.Split(*rejectNames, ",") {
		if n = strings.TrimSpace(n); n != "" {
			o.RejectNames = append(o.RejectNames, n)
		}
	}
	logger := log.New(e.errw, "", log.LstdFlags)
	o.Logf = logger.Printf
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	scheme := "http"
	if o.TLSCert != "" {
		scheme = "https"
	}
	err = bureau.Serve(ctx, o, func(addr string) {
		// The first line is the address, so scripts can start on port 0.
		e.say("%s://%s", scheme, addr)
		fmt.Fprintf(e.errw, "参考人社局接口已启动：%s://%s%s，数据目录 %s；按 Ctrl+C 停止\n", scheme, addr, tdsync.BatchPath, dir)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.errw, "参考人社局接口已停止（%s）\n", time.Now().Format("15:04:05"))
	return nil
}

func bureauStats(e *env, args []string) error {
	fs := flag.NewFlagSet("bureau stats", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	dir, err := e.bureauDir()
	if err != nil {
		return err
	}
	st, err := bureau.ReadStats(dir)
	if err != nil {
		return err
	}
	if *asJSON {
		return e.json(st)
	}
	for _, k := range training.Kinds {
		e.say("%s\t%d", k.Label(), st.Records[string(k)])
	}
	e.say("收到记录 %d 次，其中重复 %d 次，退回 %d 次，版本冲突 %d 次。", st.Deliveries, st.DuplicateDeliveries, st.Rejected, st.Conflicts)
	return nil
}

func bureauRecords(e *env, args []string) error {
	fs := flag.NewFlagSet("bureau records", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	kind := fs.String("kind", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	dir, err := e.bureauDir()
	if err != nil {
		return err
	}
	recs, err := bureau.ReadRecords(dir, training.Kind(*kind))
	if err != nil {
		return err
	}
	if *asJSON {
		return e.json(recs)
	}
	for _, r := range recs {
		state := ""
		if r.Deleted {
			state = "（已删除）"
		}
		e.say("%s\t%s\t版本 %d\t%s%s", r.Kind.Label(), r.ID, r.Version, r.Institution, state)
	}
	e.say("共 %d 条记录。", len(recs))
	return nil
}
