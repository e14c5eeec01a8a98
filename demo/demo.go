// Package demo seeds a believable training school so the app can be tried,
// shown and tested: a finished class ready for certificates, a class under
// way, and one still being filed. The GUI's "open demo data" and the `demo`
// command both call Seed.
package demo

import (
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"time"

	"trainingdesk/attendance"
	"trainingdesk/certificate"
	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/training"
)

// Institution is the demo school.
var Institution = training.Institution{Name: "榕城示范职业技能培训学校", USCC: "91350100M000100Y43",
	LicenceNo: "闽人社民字第3501000016号", Address: "福建省福州市鼓楼区五四路 88 号", Contact: "林老师", Phone: "0591-87654321"}

// Dir is where the demo data lives: its own directory, never the clerk's
// real one (the GUI's 打开演示数据 and `trainingdesk --demo` open it).
func Dir() string { return filepath.Join(os.TempDir(), "trainingdesk-demo") }

// ErrNotEmpty is returned when the data directory already holds an institution.
var ErrNotEmpty = errors.New("数据目录中已有机构数据，演示数据只能载入空的数据目录（可用 --data 指定一个新目录）")

// Seed fills an empty store with n trainees across the demo classes, dated
// around today so that one class has finished, one is running and one starts soon.
// It is one transaction: killed midway, it leaves the directory empty, never
// half seeded.
func Seed(s *store.Store, n int, today time.Time) error {
	return s.Together(func(s *store.Store) error { return seed(s, n, today, today.AddDate(0, 0, -3)) })
}

// seed fills the store; the big classes (see bigClasses) begin on bigStart.
func seed(s *store.Store, n int, today, bigStart time.Time) error {
	if _, ok, err := s.Institution(); err != nil {
		return err
	} else if ok {
		return ErrNotEmpty
	}
	if n < 2 {
		n = 2
	}
	if _, err := s.SaveInstitution(Institution); err != nil {
		return err
	}
	// The demo's own verification address: its certificates issue and
	// print (scripts starting from `demo` keep working), and nobody takes
	// them for a bureau's.
	st, err := s.Settings()
	if err != nil {
		return err
	}
	st.VerifyBaseURL = certificate.DemoBaseURL
	st.Demo = true // nothing of it may be uploaded to a real bureau
	if err := s.SaveSettings(st); err != nil {
		return err
	}
	today = time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	if err := registerTeachers(s); err != nil {
		return err
	}
	rng := rand.New(rand.NewSource(20260301))
	people := makePeople(rng, n)

	done, err := fileClass(s, "DEMO-2026-01", "电工（五级）就业技能培训班", "电工", "6-31-01-03", 5, "就业技能培训",
		today.AddDate(0, 0, -45), today.AddDate(0, 0, -17), 40, []string{"陈建国", "黄丽"})
	if err != nil {
		return err
	}
	running, err := fileClass(s, "DEMO-2026-02", "中式烹调师（四级）岗位技能提升班", "中式烹调师", "4-03-02-01", 4, "岗位技能提升培训",
		today.AddDate(0, 0, -9), today.AddDate(0, 0, 25), 60, []string{"郑大厨"})
	if err != nil {
		return err
	}
	if _, err := fileClass(s, "DEMO-2026-03", "家政服务员（五级）创业培训班", "家政服务员", "4-10-01-06", 5, "创业培训",
		today.AddDate(0, 0, 12), today.AddDate(0, 0, 40), 48, []string{"吴敏"}); err != nil {
		return err
	}
	inDemo := min(n, demoClassesMost)
	half := inDemo / 2
	if err := runClass(s, rng, done, people[:half], today, true); err != nil {
		return err
	}
	if err := runClass(s, rng, running, people[half:inDemo], today, false); err != nil {
		return err
	}
	if err := bigClasses(s, rng, people[inDemo:], bigStart, today); err != nil {
		return err
	}
	return seedPast(s, today)
}

// A big data set (demo --trainees 100000, the scale script's) puts at most
// demoClassesMost trainees in the two demo classes, marked and graded, and the
// rest in running classes of bigClassSize with a timetable but no marks yet:
// a big institution's year that seeds in reasonable time.
const (
	demoClassesMost = 2000
	bigClassSize    = 1000
)

func bigClasses(s *store.Store, rng *rand.Rand, people []training.Person, start, today time.Time) error {
	for i := 0; len(people) > 0; i++ {
		k := min(len(people), bigClassSize)
		c, err := fileClass(s, fmt.Sprintf("DEMO-2026-L%03d", i+1), fmt.Sprintf("电工（五级）就业技能培训%d班", i+1), "电工", "6-31-01-03", 5,
			"就业技能培训", start, today.AddDate(0, 0, 40), 80, []string{"陈建国"})
		if err != nil {
			return err
		}
		if err := runClass(s, rng, c, people[:k], start, false); err != nil { // marks come later, if at all
			return err
		}
		people = people[k:]
	}
	return nil
}

func fileClass(s *store.Store, code, name, occ, occCode string, level int, typ string, start, end time.Time, hours float64, teachers []string) (training.Class, error) {
	return s.FileClass(training.Class{Code: code, Name: name, Occupation: occ, OccupationCode: occCode,
		Level: training.Level(level), Type: typ, Start: start, End: end, Hours: hours, Teachers: teachers, Site: "本校实训楼 201",
		SubsidyFen: demoSubsidyFen})
}

// demoSubsidyFen is the demo classes' subsidy standard: 1,200 元/人.
const demoSubsidyFen = 120000

// runClass enrols people, lays out a weekday timetable and marks every lesson
// already held; a finished class also gets its assessment results.
func runClass(s *store.Store, rng *rand.Rand, c training.Class, people []training.Person, today time.Time, finished bool) error {
	cands := make([]store.Candidate, len(people))
	categories := []string{"城乡未继续升学的应届初高中毕业生", "农村转移就业劳动者", "登记失业人员", "企业职工", "脱贫人口"}
	for i, p := range people {
		cands[i] = store.Candidate{Row: i + 1, Person: p, Category: categories[rng.Intn(len(categories))]}
	}
	roster, rejected, _, err := s.EnrolTrainees(c.ID, cands)
	if err != nil {
		return err
	}
	if len(rejected) > 0 {
		return fmt.Errorf("演示学员未能报名：%+v", rejected[0])
	}
	lessons, err := timetable(c)
	if err != nil {
		return err
	}
	if lessons, err = s.AddLessons(c.ID, lessons); err != nil {
		return err
	}
	for _, l := range lessons {
		if !l.Date.Before(today) {
			continue
		}
		if err := markLesson(s, rng, l, roster); err != nil {
			return err
		}
	}
	if !finished {
		return nil
	}
	for i, tr := range roster {
		theory, practice := float64(62+rng.Intn(36)), float64(60+rng.Intn(38))
		if i%9 == 4 { // a few fail the first sitting
			practice = float64(40 + rng.Intn(15))
		}
		if _, err := s.SetResult(tr.ID, &theory, &practice); err != nil {
			return err
		}
	}
	return nil
}

func timetable(c training.Class) ([]training.Lesson, error) {
	var out []training.Lesson
	topics := []string{"安全规范与职业道德", "基础理论", "工具与设备", "实操训练", "综合实训", "考前复习"}
	hours := 0.0
	for d := c.Start; !d.After(c.End) && hours < c.Hours; d = d.AddDate(0, 0, 1) {
		if d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
			continue
		}
		l := training.Lesson{Date: d, Start: "09:00", End: "12:00", Hours: 4, Topic: topics[len(out)%len(topics)],
			Teacher: c.Teachers[len(out)%len(c.Teachers)], Room: c.Site}
		out = append(out, l)
		hours += l.Hours
	}
	return out, nil
}

// markLesson records a lesson as a terminal log would have: most on time, a
// few late, early or away.
func markLesson(s *store.Store, rng *rand.Rand, l training.Lesson, roster []training.Trainee) error {
	start, end, err := attendance.LessonWindow(l, time.Local)
	if err != nil {
		return err
	}
	var inputs []store.MarkInput
	for _, tr := range roster {
		in := store.MarkInput{TraineeID: tr.ID, Source: "terminal", Status: training.Present,
			SignIn: start.Add(-time.Duration(rng.Intn(15)) * time.Minute), SignOut: end.Add(time.Duration(rng.Intn(10)) * time.Minute)}
		switch r := rng.Intn(100); {
		case r < 6:
			in = store.MarkInput{TraineeID: tr.ID, Source: "terminal", Status: training.Absent}
		case r < 9:
			in = store.MarkInput{TraineeID: tr.ID, Source: "terminal", Status: training.Excused}
		case r < 16:
			in.Status, in.SignIn = training.Late, start.Add(time.Duration(12+rng.Intn(30))*time.Minute)
		case r < 20:
			in.Status, in.SignOut = training.EarlyLeave, end.Add(-time.Duration(15+rng.Intn(40))*time.Minute)
		}
		inputs = append(inputs, in)
	}
	return s.MarkLesson(l.ID, inputs, "")
}

var (
	surnames = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武单")
	given    = []rune("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文玉珍晨阳欣怡子涵浩宇梓萱俊杰雨轩佳琪志强海燕红梅丹凤晓东振华")
	areas    = []string{"350102", "350103", "350104", "350121", "350181", "350203", "350582", "360102", "440305", "510104", "430102", "450103"}
)

func makePeople(rng *rand.Rand, n int) []training.Person {
	out := make([]training.Person, n)
	used := map[string]bool{}
	for i := 0; i < n; {
		name := string(surnames[rng.Intn(len(surnames))]) + string(given[rng.Intn(len(given))])
		if rng.Intn(3) > 0 {
			name += string(given[rng.Intn(len(given))])
		}
		birth := time.Date(1972+rng.Intn(32), time.Month(1+rng.Intn(12)), 1+rng.Intn(28), 0, 0, 0, 0, time.UTC)
		body := fmt.Sprintf("%s%s%03d", areas[rng.Intn(len(areas))], birth.Format("20060102"), (i*7+rng.Intn(7))%1000)
		id, _ := identity.Complete(body)
		if used[id] { // two people never share a number, however many are asked for
			continue
		}
		used[id] = true
		out[i] = training.Person{Name: name, IDNumber: id, Ethnicity: "汉族", Education: []string{"初中", "普通高中", "中等专科", "大学专科"}[rng.Intn(4)],
			Phone: fmt.Sprintf("13%d%08d", 5+rng.Intn(5), rng.Intn(100000000)), Address: address(i)}
		i++
	}
	return out
}

// address is person i's 户籍地址 (not drawn from rng, so the demo's people
// stay who they were).
func address(i int) string {
	streets := []string{"鼓楼区东街", "台江区五一中路", "仓山区金港路", "晋安区福新中路", "马尾区罗星路"}
	return fmt.Sprintf("福建省福州市%s%d号%d室", streets[i%len(streets)], 1+i/len(streets)%300, 101+i%7)
}

// demoTeachers are the register the demo classes and lessons name.
var demoTeachers = []struct {
	name, id17, teaches string
	fullTime            bool
	quals               []string
}{
	{"陈建国", "35010219750312051", training.TeachPractice, true, []string{"职业技能等级 二级 电工 S350100201500123", "学历 大专"}},
	{"黄丽", "35010219860521062", training.TeachTheory, true, []string{"教师资格 中职 20153500142001234", "学历 本科"}},
	{"郑大厨", "35010319700815031", training.TeachBoth, false, []string{"职业技能等级 一级 中式烹调师 S350100200900456"}},
	{"吴敏", "35010419820203042", training.TeachTheory, false, []string{"学历 硕士", "创业培训讲师（SYB）"}},
}

func registerTeachers(s *store.Store) error {
	for _, d := range demoTeachers {
		id, err := identity.Complete(d.id17)
		if err != nil {
			return err
		}
		tc := training.Teacher{Name: d.name, IDNumber: id, Teaches: d.teaches, FullTime: d.fullTime}
		for _, q := range d.quals {
			tc.Qualifications = append(tc.Qualifications, training.ParseQualification(q))
		}
		if _, err := s.SaveTeacher(tc); err != nil {
			return err
		}
	}
	return nil
}
