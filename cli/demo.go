package cli

import (
	"flag"
	"time"

	"trainingdesk/demo"
	"trainingdesk/roster"
	"trainingdesk/store"
)

func init() {
	register("demo", "demo [--trainees N] [--marked-lessons K]（在空数据目录中载入演示机构、班级、课程、学员、考勤和成绩；--marked-lessons 让千人班已上 K 次课并记考勤，供规模测试造出大上传队列）", seedDemo)
}

func seedDemo(e *env, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	n := fs.Int("trainees", 60, "")
	marked := fs.Int("marked-lessons", 0, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		seed := func() error { return demo.Seed(s, *n, time.Now()) }
		if *marked != 0 {
			seed = func() error { return demo.SeedMarked(s, *n, *marked, time.Now()) }
		}
		if err := seed(); err != nil {
			return err
		}
		// The first `trainees search` then starts from a saved index.
		if err := roster.SaveIndex(s); err != nil {
			return err
		}
		classes, _ := s.Classes()
		counts, _ := s.TraineeCounts() // the past classes add trainees of their own
		total := 0
		for _, c := range counts {
			total += c
		}
		e.say("已载入演示数据：%s，%d 个班级，%d 名学员。数据目录：%s", demo.Institution.Name, len(classes), total, e.dataDir)
		return nil
	})
}
