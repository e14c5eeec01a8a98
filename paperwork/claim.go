package paperwork

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/outcome"
	"trainingdesk/store"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

// ClaimExport is a written claim package and the claim it shows.
type ClaimExport struct {
	Export
	Claim training.Claim
}

// ExportClaim writes the claim package of a class's stage into dir/<class>:
// the draft of what is claimable on day on (kept as the claim's draft), or,
// when nothing new is claimable, the papers of the newest claim already
// handed in for the stage (the bureau may ask for them again).
func ExportClaim(s *store.Store, classID, stage string, on time.Time, dir string) (ClaimExport, error) {
	claim, cc, err := s.DraftClaim(classID, stage, on)
	if errs.Is(errs.Conflict, err) {
		claim, cc, err = handedIn(s, classID, stage, on, err)
	}
	if err != nil {
		return ClaimExport{}, err
	}
	inst, _, err := s.Institution()
	if err != nil {
		return ClaimExport{}, err
	}
	var follow map[string][]outcome.Entry
	if stage == subsidy.StageEmployment {
		if follow, err = s.ClassFollowUps(classID); err != nil {
			return ClaimExport{}, err
		}
	}
	w, err := newWriter(dir, cc.Report.Class)
	if err != nil {
		return ClaimExport{}, err
	}
	p := claimPapers{inst: inst, cc: cc, claim: claim, follow: follow, prefix: subsidy.StageLabel(stage) + "补贴-"}
	for _, write := range []func(*writer) error{p.application, p.roster, p.attendance, p.certificates, p.employment, p.checklist} {
		if err := write(w); err != nil {
			return ClaimExport{}, err
		}
	}
	return ClaimExport{Export: w.out, Claim: claim}, nil
}

// handedIn is the newest claim of the stage already handed in, with the
// computation its papers explain; else the original error.
func handedIn(s *store.Store, classID, stage string, on time.Time, orig error) (training.Claim, store.ClaimComputation, error) {
	claims, err := s.Claims(classID)
	if err != nil {
		return training.Claim{}, store.ClaimComputation{}, err
	}
	for i := len(claims) - 1; i >= 0; i-- {
		if c := claims[i]; c.Stage == stage && c.Holds() {
			cc, err := s.ComputeClaim(classID, c.SubmittedOn)
			return c, cc, err
		}
	}
	return training.Claim{}, store.ClaimComputation{}, orig
}

type claimPapers struct {
	inst   training.Institution
	cc     store.ClaimComputation
	claim  training.Claim
	follow map[string][]outcome.Entry
	prefix string
}

func (p claimPapers) class() training.Class { return p.cc.Report.Class }

// heading are the lines under every title: who claims, for which class.
func (p claimPapers) heading() []string {
	c := p.class()
	return []string{
		"培训机构：" + p.inst.Name + "　统一社会信用代码：" + p.inst.USCC,
		fmt.Sprintf("班级：%s %s　职业（工种）：%s %s　培训时间：%s 至 %s", c.Code, c.Name, c.Occupation, c.Level.Label(),
			c.Start.Format(training.DateLayout), c.End.Format(training.DateLayout)),
	}
}

func (p claimPapers) idOf(tr training.Trainee) string {
	return identity.MaskAs(tr.Person.IDNumber, p.cc.Settings.ClaimIDStyleOr())
}

// lineOf finds the computation's line of a trainee.
func (p claimPapers) lineOf(id string) (subsidy.Line, store.TraineeReport) {
	var l subsidy.Line
	for _, x := range p.cc.Result.Lines {
		if x.Trainee.ID == id {
			l = x
		}
	}
	for _, r := range p.cc.Report.Trainees {
		if r.Trainee.ID == id {
			return l, r
		}
	}
	return l, store.TraineeReport{}
}

func (p claimPapers) application(w *writer) error {
	c := p.class()
	total := subsidy.Fen(p.claim.ClaimedFen)
	lines := []string{
		"申请单位：" + p.inst.Name,
		"统一社会信用代码：" + p.inst.USCC + "　办学许可证号：" + p.inst.LicenceNo,
		"地址：" + p.inst.Address + "　联系人：" + p.inst.Contact + "　电话：" + p.inst.Phone,
	}
	rows := [][]string{
		{"班级编号", c.Code, "班级名称", c.Name},
		{"职业（工种）", c.Occupation, "职业技能等级", c.Level.Label()},
		{"培训类型", c.Type, "备案号", c.FilingNo},
		{"培训时间", c.Start.Format(training.DateLayout) + " 至 " + c.End.Format(training.DateLayout), "学时", strconv.FormatFloat(c.Hours, 'f', -1, 64)},
		{"申领阶段", subsidy.StageLabel(p.claim.Stage) + "补贴（第 " + strconv.Itoa(p.claim.Batch) + " 批）", "拨付方式", modeLabel(p.cc.Result.Mode)},
		{"补贴标准", subsidy.Fen(c.SubsidyFen).String() + "/人", "班级人数", strconv.Itoa(len(p.cc.Report.Trainees))},
		{"符合条件人数", strconv.Itoa(p.cc.Result.Qualified), "本次申领人数", strconv.Itoa(len(p.claim.Lines))},
		{"申领金额（小写）", total.String(), "申领金额（大写）", "人民币" + total.Capital()},
	}
	if p.claim.Stage == subsidy.StageEmployment {
		rows = append(rows, []string{"就业人数", strconv.Itoa(p.cc.Result.Employed), "就业率", p.cc.Result.EmploymentRate()})
	}
	return w.table(table{name: p.prefix + "补贴申请表", title: "职业培训补贴申请表", lines: lines,
		columns: cols("项目", 1.0, "内容", 1.6, "项目", 1.0, "内容", 1.6), rows: rows,
		closing: []string{"本单位承诺所报材料真实、完整，如有虚假，愿承担相应责任。"}, stamp: "申请单位（盖章）"})
}

func (p claimPapers) roster(w *writer) error {
	var rows [][]string
	for i, cl := range p.claim.Lines {
		l, r := p.lineOf(cl.TraineeID)
		rows = append(rows, []string{strconv.Itoa(i + 1), r.Trainee.Name(), p.idOf(r.Trainee), r.Trainee.Category,
			percent(r.Summary.Rate), r.ResultLabel, cl.CertificateNo, employmentOf(l) + skillCertOf(l, r.Result), subsidy.Fen(cl.AmountFen).Yuan()})
	}
	total := subsidy.Fen(p.claim.ClaimedFen)
	return w.table(table{name: p.prefix + "补贴花名册", title: subsidy.StageLabel(p.claim.Stage) + "补贴花名册", lines: p.heading(), landscape: true, xlsx: true,
		columns: cols("序号", 0.5, "姓名", 1.0, "证件号码", 1.9, "人员类别", 1.5, "出勤率", 0.8, "考核结果", 0.8, "证书编号", 1.6, "就业证明", 2.0, "金额（元）", 1.0),
		rows:    rows, closing: []string{fmt.Sprintf("合计：%d 人，%s（人民币%s）", len(rows), total, total.Capital())}})
}

// skillCertOf names the 职业技能等级证书 a line was paid the skilled rate
// for, so the bureau can check it against the copy in the package.
func skillCertOf(l subsidy.Line, r *training.Result) string {
	if !l.Employed || !l.Trainee.SkillCert || r == nil || r.SkillCert == nil {
		return ""
	}
	return "；职业技能等级证书 " + r.SkillCert.Level.Label() + " " + r.SkillCert.Number
}

func employmentOf(l subsidy.Line) string {
	e := l.Trainee.Employment
	if !l.Employed {
		return ""
	}
	return e.Status + "，" + e.Since.Format(training.DateLayout) + " 起，" + e.Evidence
}

func (p claimPapers) attendance(w *writer) error {
	var rows [][]string
	for i, r := range p.cc.Report.Trainees {
		counts := map[string]int{}
		for _, m := range r.Summary.Marks {
			counts[m.Status]++
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), r.Trainee.Name(), p.idOf(r.Trainee), hours(r.Summary.TotalHours), hours(r.Summary.AttendedHours),
			percent(r.Summary.Rate), strconv.Itoa(counts[training.Late]), strconv.Itoa(counts[training.EarlyLeave]),
			strconv.Itoa(counts[training.Excused]), strconv.Itoa(counts[training.Absent])})
	}
	return w.table(table{name: p.prefix + "考勤汇总表", title: "考勤汇总表", lines: p.heading(), landscape: true, xlsx: true,
		columns: cols("序号", 0.5, "姓名", 1.0, "证件号码", 1.9, "应到学时", 0.9, "实到学时", 0.9, "出勤率", 0.8, "迟到", 0.6, "早退", 0.6, "请假", 0.6, "缺勤", 0.6),
		rows:    rows, closing: []string{fmt.Sprintf("出勤率要求 %s；平均出勤率 %s。", percent(p.cc.Settings.Rules().Threshold), percent(p.cc.Report.AverageRate))}})
}

func (p claimPapers) certificates(w *writer) error {
	var rows [][]string
	for _, r := range p.cc.Report.Trainees {
		if r.Certificate == nil {
			continue
		}
		c := r.Certificate
		rows = append(rows, []string{strconv.Itoa(len(rows) + 1), r.Trainee.Name(), p.idOf(r.Trainee), c.Number,
			c.IssuedAt.Format(training.DateLayout), certState(*c)})
	}
	return w.table(table{name: p.prefix + "合格证书清单", title: "培训合格证书清单", lines: p.heading(),
		columns: cols("序号", 0.5, "姓名", 1.0, "证件号码", 1.9, "证书编号", 1.7, "发证日期", 1.1, "状态", 0.9), rows: rows,
		closing: []string{fmt.Sprintf("共 %d 本。", len(rows))}})
}

func certState(c training.Certificate) string {
	switch c.Status {
	case training.CertRegistered:
		return "已登记"
	case training.CertRevoked:
		return "已撤销"
	}
	return "临时"
}

// employment is the 就业证明清单, for the employment stage only.
func (p claimPapers) employment(w *writer) error {
	if p.claim.Stage != subsidy.StageEmployment {
		return nil
	}
	var rows [][]string
	for _, cl := range p.claim.Lines {
		_, r := p.lineOf(cl.TraineeID)
		var e outcome.Entry
		for _, x := range p.follow[cl.TraineeID] {
			if x.ID == cl.FollowUpID {
				e = x
			}
		}
		var proofs []string
		for _, ev := range e.Evidence {
			proofs = append(proofs, strings.TrimSpace(ev.Kind.Label()+" "+ev.Ref))
		}
		where := e.Employer
		if e.Business != nil {
			where = e.Business.Name
		}
		rows = append(rows, []string{strconv.Itoa(len(rows) + 1), r.Trainee.Name(), p.idOf(r.Trainee), e.Status.Label(), where,
			e.From().Format(training.DateLayout), strings.Join(proofs, "；"), e.Date.Format(training.DateLayout)})
	}
	return w.table(table{name: p.prefix + "就业证明清单", title: "就业证明清单", lines: p.heading(), landscape: true,
		columns: cols("序号", 0.5, "姓名", 1.0, "证件号码", 1.9, "就业形式", 0.9, "单位（企业）", 2.0, "起始日期", 1.0, "证明材料", 2.2, "跟踪日期", 1.0),
		rows:    rows, closing: []string{fmt.Sprintf("共 %d 人；就业跟踪期至 %s。", len(rows), p.cc.Result.WindowEnd.Format(training.DateLayout))}})
}

func (p claimPapers) checklist(w *writer) error {
	docs := []string{subsidy.StageLabel(p.claim.Stage) + "补贴申请表（盖章）", "补贴花名册", "考勤汇总表", "培训合格证书清单"}
	if p.claim.Stage == subsidy.StageEmployment {
		docs = append(docs, "就业证明清单")
	}
	docs = append(docs, p.cc.Rules.DocumentsFor(p.claim.Stage, p.class().Type)...)
	return w.table(table{name: p.prefix + "材料清单", title: "补贴申领材料清单", lines: append(p.heading(), "规则："+p.cc.Rules.Source()),
		checklist: docs, closing: []string{"请逐项核对并勾选；复印件须加盖单位公章。"}})
}

func modeLabel(mode string) string {
	if mode == subsidy.ModeTiered {
		return "按就业率分档拨付"
	}
	return "分期拨付（结业 + 就业）"
}

func percent(x float64) string {
	return strconv.FormatFloat(float64(int(x*1000+0.5))/10, 'f', -1, 64) + "%"
}

func hours(h float64) string { return strconv.FormatFloat(h, 'f', -1, 64) }
