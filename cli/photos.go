package cli

import (
	"errors"
	"flag"

	"trainingdesk/photos"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("photos import", "photos import --class C 文件夹 [--json]（学员一寸照：文件以身份证号或姓名命名，JPG/PNG，任意尺寸）", photosImport)
}

func photosImport(e *env, args []string) error {
	fs := flag.NewFlagSet("photos import", flag.ContinueOnError)
	class := fs.String("class", "", "")
	asJSON := fs.Bool("json", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("缺少参数：照片文件夹（一个）")
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		rep, err := photos.ImportDir(s, c.ID, pos[0], nil)
		if err != nil {
			return err
		}
		if *asJSON {
			return e.json(rep)
		}
		e.say("已导入 %d 张照片（%s）。", rep.Matched, c.Name)
		for _, u := range rep.Unmatched {
			e.say("未导入：%s — %s", u.File, u.Reason)
		}
		return nil
	})
}
