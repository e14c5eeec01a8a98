package cli

import (
	"context"
	"errors"
	"flag"
	"path/filepath"

	"trainingdesk/roster"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("import trainees", "import trainees --class C 文件.xlsx|文件.csv [--dry-run] [--json]", importTrainees)
}

func importTrainees(e *env, args []string) error {
	fs := flag.NewFlagSet("import trainees", flag.ContinueOnError)
	class := fs.String("class", "", "")
	dryRun := fs.Bool("dry-run", false, "")
	asJSON := fs.Bool("json", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	f, err := openInput(pos, "要导入的文件（.xlsx 或 .csv）")
	if err != nil {
		return err
	}
	defer f.Close()
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		res, err := roster.Read(context.Background(), f, filepath.Base(pos[0]), nil)
		if err != nil {
			return err
		}
		var rep roster.Report
		if *dryRun {
			rep, err = roster.Preview(s, c.ID, res)
		} else {
			rep, _, err = roster.Save(s, c.ID, res)
		}
		if err != nil {
			return err
		}
		if *asJSON {
			if err := e.json(rep); err != nil {
				return err
			}
		} else {
			sayReport(e, rep, *dryRun, c.Name)
		}
		if len(rep.Errors) > 0 {
			return &exitError{code: 1, err: errors.New("")}
		}
		return nil
	})
}

func sayReport(e *env, rep roster.Report, dryRun bool, class string) {
	for _, i := range rep.Errors {
		e.say("第 %d 行 %s：%s", i.Row, i.Column, i.Message)
	}
	for _, w := range rep.Warnings {
		e.say("提示：第 %d 行：%s", w.Row, w.Message)
	}
	if dryRun {
		e.say("试导入（未保存）：共 %d 行，可导入 %d 行，有问题 %d 行。", rep.Rows, rep.Valid, rep.Rejected())
		return
	}
	e.say("已导入到“%s”：%d 行（共 %d 行，未导入 %d 行）。", class, rep.Imported, rep.Rows, rep.Rejected())
}
