package cli

import (
	"context"
	"io"

	"trainingdesk/roster"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("import trainees", "import trainees --class C 文件.xlsx|文件.csv [--dry-run] [--json]", importTrainees)
}

func importTrainees(e *env, args []string) error {
	return e.withClassFile("import trainees", "要导入的文件（.xlsx 或 .csv）", args,
		func(s *store.Store, c training.Class, f io.Reader, name string, dryRun bool) (any, func(), bool, error) {
			res, err := roster.Read(context.Background(), f, name, nil)
			if err != nil {
				return nil, nil, false, err
			}
			var rep roster.Report
			if dryRun {
				rep, err = roster.Preview(s, c.ID, res)
			} else {
				rep, _, err = roster.Save(s, c.ID, res)
			}
			return rep, func() { sayReport(e, rep, dryRun, c.Name) }, len(rep.Errors) > 0, err
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
