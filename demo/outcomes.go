package demo

import (
	"fmt"
	"math/rand"
	"time"

	"trainingdesk/outcome"
	"trainingdesk/store"
	"trainingdesk/training"
)

// PastTrainees is how many trainees the past classes add to the n asked for.
const PastTrainees = 12 + 10 + 10

// seedPast files three past classes with what happened after them, so that
// the 跟踪 queue and the 统计 charts have something to show: a 就业技能培训
// class whose windows have all closed, a 创业培训 class whose businesses are
// old enough to tell whether they last, and a class whose 3-month calls fall
// due this week (its 就业率 is still pending).
func seedPast(s *store.Store, today time.Time) error {
	rng := rand.New(rand.NewSource(20250301))
	people := makePeople(rng, PastTrainees)
	endA := outcome.AddMonths(today, -8)
	a, err := fileClass(s, "DEMO-PAST-1", "电工（五级）就业技能培训班（往期）", "电工", "6-31-01-03", 5, "就业技能培训",
		endA.AddDate(0, 0, -25), endA, 40, []string{"陈建国"})
	if err != nil {
		return err
	}
	endB := outcome.AddMonths(today, -20)
	b, err := fileClass(s, "DEMO-PAST-2", "家政服务员 SYB 创业培训班（往期）", "家政服务员", "4-10-01-06", 5, outcome.StartupType,
		endB.AddDate(0, 0, -12), endB, 40, []string{"吴敏"})
	if err != nil {
		return err
	}
	endC := outcome.AddMonths(today, -3)
	c, err := fileClass(s, "DEMO-PAST-3", "保育师（四级）岗位技能提升班（往期）", "保育师", "4-10-01-03", 4, "岗位技能提升培训",
		endC.AddDate(0, 0, -25), endC, 40, []string{"黄丽"})
	if err != nil {
		return err
	}
	for _, cl := range []struct {
		class  training.Class
		people []training.Person
		follow func(*store.Store, *rand.Rand, training.Class, []training.Trainee, time.Time) error
	}{
		{a, people[:12], followEmployment},
		{b, people[12:22], followBusinesses},
		{c, people[22:], followDueThisWeek},
	} {
		if err := runClass(s, rng, cl.class, cl.people, today, true); err != nil {
			return err
		}
		roster, err := s.Trainees(cl.class.ID)
		if err != nil {
			return err
		}
		if _, err := s.WithdrawTrainee(roster[len(roster)-1].ID, training.Withdrawal{Date: cl.class.Start.AddDate(0, 0, 3), Reason: "外出务工"}); err != nil {
			return err
		}
		if _, err := s.IssueCertificates(cl.class.ID, nil); err != nil {
			return err
		}
		if err := cl.follow(s, rng, cl.class, roster[:len(roster)-1], today); err != nil {
			return err
		}
	}
	return nil
}

var employers = []struct{ name, uscc string }{
	{"福州榕城电器有限公司", "91350100M000100Y43"}, {"福建闽江建设工程有限公司", "91350100M000100Y43"}, {"福州市鼓楼区安居物业服务中心", "91350100M000100Y43"},
}

func record(s *store.Store, tr training.Trainee, e outcome.Entry) error {
	e.TraineeID = tr.ID
	_, err := s.RecordFollowUp(e, nil)
	if err != nil {
		return fmt.Errorf("演示就业跟踪 %s：%w", tr.Name(), err)
	}
	return nil
}

func employed(end time.Time, at, startMonths int, i int, proof bool) outcome.Entry {
	emp := employers[i%len(employers)]
	e := outcome.Entry{Date: outcome.AddMonths(end, at).AddDate(0, 0, -2), Status: outcome.Employed, Employer: emp.name, EmployerUSCC: emp.uscc,
		Start: outcome.AddMonths(end, startMonths), Job: "电工", ContractMonths: 24, MonthlyWageFen: int64(4200+100*i) * 100}
	if proof {
		e.Evidence = []outcome.Evidence{{Kind: outcome.Contract, Ref: fmt.Sprintf("HT-%03d", i+1)}, {Kind: outcome.SocialInsurance}}
	}
	return e
}

// followEmployment: 3- and 6-month calls; 9 of 11 employed in time with proof.
func followEmployment(s *store.Store, _ *rand.Rand, c training.Class, roster []training.Trainee, _ time.Time) error {
	for i, tr := range roster {
		var es []outcome.Entry
		switch {
		case i < 7:
			es = []outcome.Entry{employed(c.End, 3, 1, i, true), employed(c.End, 6, 1, i, true)}
		case i == 7:
			es = []outcome.Entry{{Date: outcome.AddMonths(c.End, 3).AddDate(0, 0, -1), Status: outcome.Flexible, Job: "网约车司机",
				Evidence: []outcome.Evidence{{Kind: outcome.FlexibleRegistration, Ref: "LH-2025-118"}}}}
		case i == 8: // employed, the clerk is still waiting for the contract
			es = []outcome.Entry{employed(c.End, 3, 2, i, false)}
		case i == 9:
			es = []outcome.Entry{{Date: outcome.AddMonths(c.End, 3), Status: outcome.Unemployed}, employed(c.End, 6, 5, i, true)}
		default:
			es = []outcome.Entry{{Date: outcome.AddMonths(c.End, 3), Status: outcome.Unreachable, Note: "电话停机"}}
		}
		for _, e := range es {
			if err := record(s, tr, e); err != nil {
				return err
			}
		}
	}
	return nil
}

// followBusinesses: six businesses within 6 months (four within 3), five
// still operating a year later, employing 14 people.
func followBusinesses(s *store.Store, _ *rand.Rand, c training.Class, roster []training.Trainee, _ time.Time) error {
	names := []string{"鼓楼区阿珍家政服务部", "台江区小林早餐店", "仓山区安心育儿服务工作室", "晋安区快修家电服务部", "马尾区海味小吃店", "闽侯县绿源农产品商行"}
	regMonths := []int{1, 2, 2, 3, 5, 6}
	staff := []int{3, 4, 2, 5, 0, 0}
	yes, no := true, false
	for i, tr := range roster {
		if i >= len(names) {
			st := outcome.Unemployed
			if i%2 == 0 {
				if err := record(s, tr, employed(c.End, 3, 2, i, true)); err != nil {
					return err
				}
				continue
			}
			if err := record(s, tr, outcome.Entry{Date: outcome.AddMonths(c.End, 3), Status: st}); err != nil {
				return err
			}
			continue
		}
		reg := outcome.AddMonths(c.End, regMonths[i]).AddDate(0, 0, -10)
		lic := []outcome.Evidence{{Kind: outcome.License, Ref: fmt.Sprintf("JY-%02d", i+1)}}
		first := outcome.Entry{Date: reg.AddDate(0, 0, 8), Status: outcome.SelfEmployed, Evidence: lic,
			Business: &outcome.Business{Name: names[i], USCC: "91350100M000100Y43", Registered: reg, Operating: &yes, Employees: intp(1)}}
		operating := &yes
		if i == 4 {
			operating = &no
		}
		later := outcome.Entry{Date: outcome.AddMonths(reg, 12).AddDate(0, 0, 5), Status: outcome.SelfEmployed, Evidence: lic,
			Business: &outcome.Business{Name: names[i], USCC: "91350100M000100Y43", Registered: reg, Operating: operating, Employees: intp(staff[i])}}
		for _, e := range []outcome.Entry{first, later} {
			if err := record(s, tr, e); err != nil {
				return err
			}
		}
	}
	return nil
}

func intp(n int) *int { return &n }

// followDueThisWeek: the 3-month calls fall due about now; four trainees
// were reached early, the rest wait in the 跟踪 queue.
func followDueThisWeek(s *store.Store, _ *rand.Rand, c training.Class, roster []training.Trainee, today time.Time) error {
	for i, tr := range roster[:4] {
		e := employed(c.End, 3, 1, i, i != 3)
		e.Date = today.AddDate(0, 0, -5)
		e.Job = "保育师"
		if err := record(s, tr, e); err != nil {
			return err
		}
	}
	return nil
}
