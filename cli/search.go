package cli

import (
	"flag"
	"strings"

	"trainingdesk/roster"
	"trainingdesk/store"
)

func init() {
	register("trainees search", "trainees search 查询（姓名、拼音首字母、全拼或证件号码后几位） [--json] [--limit N]", traineesSearch)
}

func traineesSearch(e *env, args []string) error {
	fs := flag.NewFlagSet("trainees search", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	limit := fs.Int("limit", 50, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if err := need("查询内容", query); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		hits, err := roster.Find(s, query, *limit)
		if err != nil {
			return err
		}
		out := []traineeJSON{}
		for _, h := range hits {
			out = append(out, toJSON(h.Trainee, h.Class.Code))
		}
		if *asJSON {
			return e.json(out)
		}
		if len(out) == 0 {
			e.say("没有找到“%s”。可输入姓名、拼音首字母（如 zsf）、全拼或证件号码后 4-6 位。", query)
		}
		for _, t := range out {
			e.say("%s\t%s\t%s\t%s\t%s", t.Name, t.IDMasked, t.Sex, t.PhoneMasked, t.Class)
		}
		return nil
	})
}
