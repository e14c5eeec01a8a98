package cli

import (
	"flag"

	"trainingdesk/attendance"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("lessons add", "lessons add --class C --date YYYY-MM-DD --start HH:MM --end HH:MM [--hours H] --topic T [--teacher 姓名] [--teacher-id 教师证号] [--room 教室]（--hours 省略时按 时长÷每学时分钟数 计算）", lessonsAdd)
	register("lessons list", "lessons list --class C [--json]", lessonsList)
}

func lessonsAdd(e *env, args []string) error {
	fs := flag.NewFlagSet("lessons add", flag.ContinueOnError)
	class := fs.String("class", "", "")
	date := fs.String("date", "", "")
	var l training.Lesson
	fs.StringVar(&l.Start, "start", "", "")
	fs.StringVar(&l.End, "end", "", "")
	fs.Float64Var(&l.Hours, "hours", 0, "")
	fs.StringVar(&l.Topic, "topic", "", "")
	fs.StringVar(&l.Teacher, "teacher", "", "")
	fs.StringVar(&l.TeacherID, "teacher-id", "", "")
	fs.StringVar(&l.Room, "room", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("--class", *class); err != nil {
		return err
	}
	var err error
	if l.Date, err = training.ParseDate(training.FieldLessonDate, *date); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		c, err := s.ClassByCode(*class)
		if err != nil {
			return err
		}
		if l.Hours == 0 {
			st, err := s.Settings()
			if err != nil {
				return err
			}
			if l.Hours, err = attendance.LessonHours(l.Start, l.End, st.Rules()); err != nil {
				return err
			}
		}
		added, err := s.AddLessons(c.ID, []training.Lesson{l})
		if err != nil {
			return err
		}
		l = added[0]
		e.say("已排课：%s 第 %d 课 %s %s—%s（%g 学时）%s", c.Code, l.No, l.Date.Format(training.DateLayout), l.Start, l.End, l.Hours, l.Topic)
		lessons, err := s.Lessons(c.ID)
		if err != nil {
			return err
		}
		if warn := attendance.CheckTotal(c.Hours, lessons); warn != "" {
			e.say("提示：%s", warn)
		}
		return nil
	})
}

type lessonJSON struct {
	No      int     `json:"no"`
	Date    string  `json:"date"`
	Start   string  `json:"start"`
	End     string  `json:"end"`
	Hours   float64 `json:"hours"`
	Topic   string  `json:"topic"`
	Teacher string  `json:"teacher,omitempty"`
	Room    string  `json:"room,omitempty"`
}

func lessonsList(e *env, args []string) error {
	fs := flag.NewFlagSet("lessons list", flag.ContinueOnError)
	class := fs.String("class", "", "")
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		lessons, err := s.Lessons(c.ID)
		if err != nil {
			return err
		}
		out := []lessonJSON{}
		for _, l := range lessons {
			out = append(out, lessonJSON{l.No, l.Date.Format(training.DateLayout), l.Start, l.End, l.Hours, l.Topic, l.Teacher, l.Room})
		}
		if *asJSON {
			return e.json(out)
		}
		if len(out) == 0 {
			e.say("班级 %s 还没有课程。用 lessons add 排课。", c.Code)
		}
		for _, l := range out {
			e.say("第%d课\t%s\t%s—%s\t%g 学时\t%s\t%s", l.No, l.Date, l.Start, l.End, l.Hours, l.Topic, l.Teacher)
		}
		if warn := attendance.CheckTotal(c.Hours, lessons); warn != "" {
			e.say("提示：%s", warn)
		}
		return nil
	})
}
