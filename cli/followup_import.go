package cli

import (
	"context"
	"flag"
	"io"
	"os"

	"trainingdesk/followup"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("followup import", "followup import --class C FILE [--dry-run] [--json]", followupImport)
	register("followup template", "followup template --class C -o F.xlsx [--on YYYY-MM-DD] [--blank N]", followupTemplate)
}

func followupImport(e *env, args []string) error {
	return e.withClassFile("followup import", "要导入的跟踪表（.xlsx 或 .csv）", args,
		func(s *store.Store, c training.Class, f io.Reader, name string, dryRun bool) (any, func(), bool, error) {
			sh, err := followup.Read(context.Background(), f, name)
			if err != nil {
				return nil, nil, false, err
			}
			var rep followup.Report
			if dryRun {
				rep, err = followup.Preview(s, c.ID, sh)
			} else {
				rep, err = followup.Save(s, c.ID, sh)
			}
			say := func() {
				for _, i := range rep.Errors {
					e.say("第 %d 行 %s：%s", i.Row, i.Column, i.Message)
				}
				verb := "已导入"
				if dryRun {
					verb = "试导入（未保存）：可导入"
				}
				e.say("%s %d 条就业跟踪（共 %d 行，有问题 %d 行）→ %s", verb, rep.Valid, rep.Rows, rep.Rows-rep.Valid, c.Name)
			}
			return rep, say, len(rep.Errors) > 0, err
		})
}

func followupTemplate(e *env, args []string) error {
	fs := flag.NewFlagSet("followup template", flag.ContinueOnError)
	class := fs.String("class", "", "")
	out := fs.String("o", "", "")
	on := fs.String("on", "", "")
	blank := fs.Int("blank", 20, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("-o", *out); err != nil {
		return err
	}
	day, err := onFlag(*on)
	if err != nil {
		return err
	}
	if *blank < 0 || *blank > 1000 {
		return fail(1, "--blank 须在 0 到 1000 之间")
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		calls, err := s.FollowUpsDue(day)
		if err != nil {
			return err
		}
		calls = followup.OfClass(calls, c.ID)
		f, err := os.Create(*out)
		if err != nil {
			return fail(1, "无法写入 %s：%v", *out, err)
		}
		if err := followup.WriteTemplate(f, calls, *blank); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		e.say("已导出跟踪表：%s（本周到期或逾期 %d 人次）", *out, len(calls))
		return nil
	})
}
