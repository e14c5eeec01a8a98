package paperwork

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"trainingdesk/assets"
	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

// ExportFiling writes the 开班申请 package of a class (开班申请表, 学员名册,
// 教学计划（课程表）, 授课师资, 考核方案) and its 结业名册 into dir/<class>.
func ExportFiling(s *store.Store, classID, dir string) (Export, error) {
	rep, err := s.ClassReport(classID)
	if err != nil {
		return Export{}, err
	}
	inst, _, err := s.Institution()
	if err != nil {
		return Export{}, err
	}
	st, err := s.Settings()
	if err != nil {
		return Export{}, err
	}
	register, err := s.Teachers()
	if err != nil {
		return Export{}, err
	}
	w, err := newWriter(dir, rep.Class)
	if err != nil {
		return Export{}, err
	}
	p := filingPapers{inst: inst, rep: rep, st: st, register: register}
	for _, write := range []func(*writer) error{p.application, p.roster, p.timetable, p.teachers, p.assessment, p.completion} {
		if err := write(w); err != nil {
			return Export{}, err
		}
	}
	return w.out, nil
}

type filingPapers struct {
	inst     training.Institution
	rep      store.ClassReport
	st       store.Settings
	register []training.Teacher
}

func (p filingPapers) heading() []string {
	c := p.rep.Class
	return []string{"培训机构：" + p.inst.Name, fmt.Sprintf("班级：%s %s　职业（工种）：%s %s　培训时间：%s 至 %s", c.Code, c.Name, c.Occupation,
		c.Level.Label(), c.Start.Format(training.DateLayout), c.End.Format(training.DateLayout))}
}

func (p filingPapers) idOf(tr training.Trainee) string {
	return identity.MaskAs(tr.Person.IDNumber, p.st.ClaimIDStyleOr())
}

func (p filingPapers) application(w *writer) error {
	c := p.rep.Class
	names := make([]string, 0)
	for _, t := range Teachers(c, p.rep.Lessons, p.register) {
		names = append(names, t.Name)
	}
	standard := "未设置"
	if c.SubsidyFen > 0 {
		standard = subsidy.Fen(c.SubsidyFen).String() + "/人"
	}
	rows := [][]string{
		{"班级编号", c.Code, "班级名称", c.Name},
		{"职业（工种）", c.Occupation, "职业编码", c.OccupationCode},
		{"职业技能等级", c.Level.Label(), "培训类型", c.Type},
		{"开班日期", c.Start.Format(training.DateLayout), "结业日期", c.End.Format(training.DateLayout)},
		{"培训学时", hours(c.Hours), "课次", strconv.Itoa(len(p.rep.Lessons))},
		{"培训地点", c.Site, "学员人数", strconv.Itoa(len(p.rep.Trainees))},
		{"考核方式", training.AssessmentLabel(c.Assessment), "补贴标准", standard},
		{"授课教师", strings.Join(names, "、"), "备案号", c.FilingNo},
	}
	return w.table(table{name: "开班申请表", title: "职业培训开班申请表",
		lines: []string{"申请单位：" + p.inst.Name, "统一社会信用代码：" + p.inst.USCC + "　办学许可证号：" + p.inst.LicenceNo,
			"地址：" + p.inst.Address + "　联系人：" + p.inst.Contact + "　电话：" + p.inst.Phone},
		columns: cols("项目", 1.0, "内容", 1.6, "项目", 1.0, "内容", 1.6), rows: rows,
		closing: []string{"附：学员名册、教学计划（课程表）、授课师资、考核方案。"}, stamp: "申请单位（盖章）"})
}

func (p filingPapers) roster(w *writer) error {
	var rows [][]string
	for i, r := range p.rep.Trainees {
		per := r.Trainee.Person
		rows = append(rows, []string{strconv.Itoa(i + 1), per.Name, per.Sex, p.idOf(r.Trainee), per.Ethnicity, per.Education,
			r.Trainee.Category, identity.MaskPhone(per.Phone)})
	}
	return w.table(table{name: "学员名册", title: "学员名册", lines: p.heading(), xlsx: true, landscape: true,
		columns: cols("序号", 0.5, "姓名", 1.0, "性别", 0.5, "证件号码", 1.9, "民族", 0.7, "文化程度", 1.0, "人员类别", 1.6, "联系电话", 1.2),
		rows:    rows, closing: []string{fmt.Sprintf("共 %d 人。", len(rows))}})
}

func (p filingPapers) timetable(w *writer) error {
	var rows [][]string
	total := 0.0
	for _, l := range p.rep.Lessons {
		total += l.Hours
		rows = append(rows, []string{strconv.Itoa(l.No), l.Date.Format(training.DateLayout), l.Start + "—" + l.End, hours(l.Hours), l.Topic, l.Teacher, l.Room})
	}
	return w.table(table{name: "教学计划（课程表）", title: "教学计划（课程表）", lines: p.heading(), xlsx: true, landscape: true,
		columns: cols("课次", 0.5, "日期", 1.0, "时间", 1.1, "学时", 0.5, "课程内容", 2.6, "授课教师", 1.0, "教室", 1.0),
		rows:    rows, closing: []string{fmt.Sprintf("共 %d 课次，%s 学时（班级学时 %s）。", len(rows), hours(total), hours(p.rep.Class.Hours))}})
}

// Teacher is one line of the 授课师资 list; Registered is the teacher's
// entry in the register (师资) when the lessons or the class link one.
type Teacher struct {
	Name       string
	Lessons    int
	Hours      float64
	Topics     []string
	Registered *training.Teacher
}

// Teachers is the 授课师资 of a class: the teachers its lessons name, with
// their lessons and 学时, then those filed with the class who teach no
// lesson yet, each with its register entry where one is linked (by id, else
// by a name only one registered teacher has). This is the one place the
// list comes from.
func Teachers(c training.Class, lessons []training.Lesson, register []training.Teacher) []Teacher {
	byID := map[string]*training.Teacher{}
	byName := map[string][]*training.Teacher{}
	for i := range register {
		byID[register[i].ID] = &register[i]
		byName[register[i].Name] = append(byName[register[i].Name], &register[i])
	}
	lines := map[string]*Teacher{}
	var order []string
	add := func(name, id string) *Teacher {
		name = strings.TrimSpace(name)
		if name == "" {
			return nil
		}
		t, ok := lines[name]
		if !ok {
			t = &Teacher{Name: name}
			lines[name] = t
			order = append(order, name)
		}
		if t.Registered == nil {
			if r, ok := byID[id]; ok && id != "" {
				t.Registered = r
			} else if rs := byName[name]; len(rs) == 1 {
				t.Registered = rs[0]
			}
		}
		return t
	}
	for _, l := range lessons {
		if t := add(l.Teacher, l.TeacherID); t != nil {
			t.Lessons++
			t.Hours += l.Hours
			if l.Topic != "" && !contains(t.Topics, l.Topic) {
				t.Topics = append(t.Topics, l.Topic)
			}
		}
	}
	for i, n := range c.Teachers {
		id := ""
		if i < len(c.TeacherIDs) {
			id = c.TeacherIDs[i]
		}
		add(n, id)
	}
	out := make([]Teacher, 0, len(order))
	for _, n := range order {
		out = append(out, *lines[n])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Hours > out[j].Hours })
	return out
}

// qualifications is a registered teacher's certificates as one cell.
func (t Teacher) qualifications() string {
	if t.Registered == nil {
		return "（未在师资库登记）"
	}
	var parts []string
	for _, q := range t.Registered.Qualifications {
		parts = append(parts, strings.TrimSpace(q.Text+" "+q.Number))
	}
	return strings.Join(parts, "；")
}

func (t Teacher) kind() string {
	if t.Registered == nil {
		return ""
	}
	k := training.TeachesLabel(t.Registered.Teaches)
	if t.Registered.FullTime {
		return "专职，" + k
	}
	return "兼职，" + k
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (p filingPapers) teachers(w *writer) error {
	var rows [][]string
	for i, t := range Teachers(p.rep.Class, p.rep.Lessons, p.register) {
		rows = append(rows, []string{strconv.Itoa(i + 1), t.Name, t.kind(), t.qualifications(), strconv.Itoa(t.Lessons), hours(t.Hours), strings.Join(t.Topics, "、")})
	}
	return w.table(table{name: "授课师资", title: "授课师资一览表", lines: p.heading(), landscape: true,
		columns: cols("序号", 0.5, "姓名", 1.0, "专兼职", 1.1, "资格证书", 2.6, "课次", 0.5, "学时", 0.5, "授课内容", 2.4), rows: rows,
		closing: []string{"教师资格证书、职业技能等级证书复印件附后。"}})
}

// assessmentPlan is the 考核方案 text: the template in 设置, else the
// shipped one, with the class's values put in.
func (p filingPapers) assessmentPlan() string {
	tpl := p.st.AssessmentPlan
	if strings.TrimSpace(tpl) == "" {
		b, _ := assets.Templates.ReadFile("templates/assessment_plan.txt")
		tpl = string(b)
	}
	c := p.rep.Class
	a := p.st.AssessmentFor(c)
	mode := training.AssessmentLabel(c.Assessment)
	if c.Assessment == "" {
		switch {
		case a.TheoryRequired && a.PracticeRequired:
			mode = "理论+实操"
		case a.TheoryRequired:
			mode = "仅理论"
		default:
			mode = "仅实操"
		}
	}
	return strings.NewReplacer("{班级}", c.Code+" "+c.Name, "{职业}", c.Occupation, "{等级}", c.Level.Label(), "{考核方式}", mode,
		"{学时}", hours(c.Hours), "{合格分数}", hours(a.PassMark), "{出勤率}", percent(p.st.Rules().Threshold)).Replace(strings.TrimSpace(tpl))
}

func (p filingPapers) assessment(w *writer) error {
	doc := table{name: "考核方案", title: "考核方案", lines: p.heading(), stamp: "培训机构（盖章）"}
	return w.tableWithText(doc, p.assessmentPlan())
}

func (p filingPapers) completion(w *writer) error {
	var rows [][]string
	for i, r := range p.rep.Trainees {
		theory, practice := "", ""
		if r.Result != nil && len(r.Result.Attempts) > 0 {
			last := r.Result.Attempts[len(r.Result.Attempts)-1]
			theory, practice = score(last.Theory), score(last.Practice)
		}
		cert := ""
		if r.Certificate != nil && r.Certificate.Status != training.CertRevoked {
			cert = r.Certificate.Number
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), r.Trainee.Name(), p.idOf(r.Trainee), percent(r.Summary.Rate), theory, practice, r.ResultLabel, cert})
	}
	return w.table(table{name: "结业名册", title: "结业名册", lines: p.heading(), xlsx: true, landscape: true,
		columns: cols("序号", 0.5, "姓名", 1.0, "证件号码", 1.9, "出勤率", 0.8, "理论", 0.6, "实操", 0.6, "考核结果", 0.9, "证书编号", 1.6),
		rows:    rows, closing: []string{fmt.Sprintf("共 %d 人。", len(rows))}})
}

func score(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}
