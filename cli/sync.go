package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
	"trainingdesk/certprint"

	"trainingdesk/store"
	tdsync "trainingdesk/sync"
)

func init() {
	register("sync config", "sync config --endpoint URL --app-key K --app-secret-file F [--ca-file F] [--timeout 30s]（保存人社局上传接口的地址和密钥；地址须为 https://，本机 127.0.0.1 除外）", syncConfig)
	register("sync run", "sync run [--json]（上传待上传记录，直到队列清空或只剩被退回的记录；环境变量 "+store.BackoffEnv+"=5ms 可缩短重试间隔，仅供测试和演示）", syncRun)
	register("sync status", "sync status [--json]（待上传、已上传、失败待重试、被退回的记录数）", syncStatus)
}

func syncConfig(e *env, args []string) error {
	fs := flag.NewFlagSet("sync config", flag.ContinueOnError)
	endpoint := fs.String("endpoint", "", "")
	appKey := fs.String("app-key", "", "")
	secretFile := fs.String("app-secret-file", "", "")
	caFile := fs.String("ca-file", "", "")
	timeout := fs.Duration("timeout", 0, "") // one batch's round trip; 0 = 30 s
	if _, err := parse(fs, args); err != nil {
		return err
	}
	for _, f := range [][2]string{{"--endpoint", *endpoint}, {"--app-key", *appKey}, {"--app-secret-file", *secretFile}} {
		if err := need(f[0], f[1]); err != nil {
			return err
		}
	}
	if _, err := tdsync.CheckEndpoint(*endpoint); err != nil {
		return err
	}
	secret, err := tdsync.ReadSecretFile(*secretFile)
	if err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		if err := s.SaveSyncConfig(*endpoint, *appKey, secret, *caFile, *timeout); err != nil {
			return err
		}
		e.say("已保存上传配置：%s（应用标识 %s）。运行 trainingdesk sync run 开始上传。", *endpoint, *appKey)
		return nil
	})
}

// statusJSON is `sync status --json`: the contract's four counts plus when
// the bureau last confirmed a record (RFC 3339, absent before the first).
type statusJSON struct {
	tdsync.Counts
	LastSuccess *time.Time `json:"last_success,omitempty"`
}

// runJSON is `sync run --json`: what this run did and the outbox after it.
type runJSON struct {
	tdsync.Summary
	Outbox      tdsync.Counts `json:"outbox"`
	LastSuccess *time.Time    `json:"last_success,omitempty"`
	Error       string        `json:"error,omitempty"`
}

func syncRun(e *env, args []string) error {
	fs := flag.NewFlagSet("sync run", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		snd, err := s.NewSender()
		if err != nil {
			return err
		}
		// Ctrl+C abandons the batch in flight unsettled; the bureau's
		// duplicate answer recovers it on the next run.
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		progress := func(p tdsync.Progress) {
			if b := p.Batch; b != nil && !*asJSON {
				fmt.Fprintln(e.errw, batchLine(*b))
			}
		}
		sum, runErr := snd.Run(ctx, progress)
		// Registered certificates print a new code: rendered now, not at print time.
		_, _ = certprint.RenderStale(s)
		counts, err := s.Counts()
		if err != nil {
			return err
		}
		if errors.Is(runErr, context.Canceled) {
			runErr = errors.New("上传已中断：未确认的记录留在待上传队列中，下次运行会继续")
		}
		if *asJSON {
			out := runJSON{Summary: sum, Outbox: counts, LastSuccess: lastSuccess(s)}
			if runErr != nil {
				out.Error = runErr.Error()
			}
			if err := e.json(out); err != nil {
				return err
			}
		} else {
			resent := ""
			if sum.Resent > 0 {
				resent = fmt.Sprintf("，久未回答而立即重发 %d 条", sum.Resent)
			}
			e.say("本次上传：接收 %d 条，重复 %d 条，退回 %d 条，失败重试 %d 次%s，共 %d 批。", sum.Sent, sum.Duplicates, sum.Rejected, sum.Failed, resent, sum.Batches)
			e.say("%s", countsLine(counts))
			if counts.Quarantined > 0 {
				e.say("有 %d 条记录被人社局退回，运行 trainingdesk sync status 查看原因；改正后会自动重新上传。", counts.Quarantined)
			}
		}
		if runErr != nil {
			return fail(1, "上传未完成：%v", runErr)
		}
		return nil
	})
}

func syncStatus(e *env, args []string) error {
	fs := flag.NewFlagSet("sync status", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		counts, err := s.Counts()
		if err != nil {
			return err
		}
		last := lastSuccess(s)
		if *asJSON {
			return e.json(statusJSON{Counts: counts, LastSuccess: last})
		}
		e.say("%s", countsLine(counts))
		if last != nil {
			e.say("上次成功上传：%s", last.Local().Format("2006-01-02 15:04:05"))
		} else {
			e.say("上次成功上传：从未")
		}
		items, err := s.QuarantineItems()
		if err != nil {
			return err
		}
		for _, it := range items {
			e.say("被退回：%s —— %s", it.Label, it.Hint)
		}
		if _, err := s.SyncConfig(); errors.Is(err, tdsync.ErrNotConfigured) {
			e.say("%v", err)
		}
		return nil
	})
}

func lastSuccess(s *store.Store) *time.Time {
	if t, ok, err := s.LastSyncSuccess(); err == nil && ok {
		return &t
	}
	return nil
}

func countsLine(c tdsync.Counts) string {
	return fmt.Sprintf("待上传 %d 条（其中 %d 条上传失败待重试），已上传 %d 条，被退回 %d 条。", c.Pending, c.Failed, c.Sent, c.Quarantined)
}

func batchLine(b tdsync.BatchLog) string {
	line := fmt.Sprintf("批次 %s：%d 条，接收 %d，重复 %d，退回 %d，失败 %d（%.2f 秒）", shortID(b.ID), b.Records, b.Accepted,
		b.Duplicates, b.Rejected, b.Failed, b.Duration.Seconds())
	if b.Error != "" {
		line += "：" + b.Error
	}
	return line
}

func shortID(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}
