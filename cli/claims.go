package cli

import (
	"encoding/json"
	"flag"
	"time"

	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

func init() {
	register("claims compute", "claims compute --class C [--on YYYY-MM-DD] [--json]（计算补贴：每名学员的金额与原因）", claimsCompute)
	register("claims submit", "claims submit --class C --stage completion|employment --date YYYY-MM-DD（登记已提交申领）", claimsSubmit)
	register("claims paid", "claims paid --class C --stage completion|employment --amount YUAN --date YYYY-MM-DD（登记到账金额）", claimsPaid)
	register("claims return", "claims return --class C --stage completion|employment --reason R --date YYYY-MM-DD（登记申领被退回）", claimsReturn)
	register("claims list", "claims list [--class C] [--json]（申领记录：申领与到账金额）", claimsList)
}

type claimTraineeJSON struct {
	Name             string      `json:"name"`
	IDMasked         string      `json:"id_masked"`
	Eligible         bool        `json:"eligible"`
	Pending          bool        `json:"pending"`
	Reasons          []string    `json:"reasons"`
	AmountCompletion json.Number `json:"amount_completion"`
	AmountEmployment json.Number `json:"amount_employment"`
	AmountTotal      json.Number `json:"amount_total"`
}

type claimComputeJSON struct {
	Class           string             `json:"class"`
	Mode            string             `json:"mode"`
	On              string             `json:"on"`
	WindowEnd       string             `json:"employment_window_end"`
	Trainees        []claimTraineeJSON `json:"trainees"`
	TotalCompletion json.Number        `json:"total_completion"`
	TotalEmployment json.Number        `json:"total_employment"`
	Total           json.Number        `json:"total"`
}

// yuan is an amount as a JSON number with exactly two decimals.
func yuan(f subsidy.Fen) json.Number { return json.Number(f.Yuan()) }

// fieldOn is --on, the day a computation is made for (default today).
var fieldOn = errs.NewField("on", "计算日期", "Computed on")

// dateFlag reads a YYYY-MM-DD flag; empty gives def.
func dateFlag(field errs.Field, v string, def time.Time) (time.Time, error) {
	if v == "" {
		return def, nil
	}
	return training.ParseDate(field, v)
}

func today() time.Time {
	n := time.Now()
	return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
}

func claimsCompute(e *env, args []string) error {
	fs := flag.NewFlagSet("claims compute", flag.ContinueOnError)
	class := fs.String("class", "", "")
	onFlag := fs.String("on", "", "")
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	on, err := dateFlag(fieldOn, *onFlag, today())
	if err != nil {
		return err
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		cc, err := s.ComputeClaim(c.ID, on)
		if err != nil {
			return err
		}
		masked := map[string]string{}
		for _, line := range cc.Report.Trainees {
			masked[line.Trainee.ID] = identity.Mask(line.Trainee.Person.IDNumber)
		}
		r := cc.Result
		out := claimComputeJSON{Class: c.Code, Mode: r.Mode, On: on.Format(training.DateLayout), WindowEnd: r.WindowEnd.Format(training.DateLayout),
			Trainees: []claimTraineeJSON{}, TotalCompletion: yuan(r.TotalCompletion), TotalEmployment: yuan(r.TotalEmployment), Total: yuan(r.Total())}
		for _, l := range r.Lines {
			out.Trainees = append(out.Trainees, claimTraineeJSON{Name: l.Trainee.Name, IDMasked: masked[l.Trainee.ID], Eligible: l.Qualified,
				Pending: l.Pending, Reasons: append([]string{}, l.Reasons...), AmountCompletion: yuan(l.Completion),
				AmountEmployment: yuan(l.Employment), AmountTotal: yuan(l.Total())})
		}
		if *asJSON {
			return e.json(out)
		}
		e.say("%s %s　补贴标准 %s/人　%s　就业跟踪至 %s", c.Code, c.Name, r.Standard, modeLabel(r.Mode), out.WindowEnd)
		for _, t := range out.Trainees {
			e.say("%s\t%s\t结业 %s\t就业 %s\t合计 %s\t%s", t.Name, t.IDMasked, t.AmountCompletion, t.AmountEmployment, t.AmountTotal, joinReasons(t.Reasons))
		}
		e.say("合计：结业 %s，就业 %s，共 %s", r.TotalCompletion, r.TotalEmployment, r.Total())
		return nil
	})
}

func modeLabel(mode string) string {
	if mode == subsidy.ModeTiered {
		return "按就业率分档拨付"
	}
	return "分期拨付（结业 + 就业）"
}

func joinReasons(rs []string) string {
	out := ""
	for i, r := range rs {
		if i > 0 {
			out += "；"
		}
		out += r
	}
	return out
}

// claimFlags are the flags every claim-changing command shares.
type claimFlags struct {
	fs                 *flag.FlagSet
	class, stage, date *string
}

func newClaimFlags(name string) claimFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	return claimFlags{fs, fs.String("class", "", ""), fs.String("stage", "", ""), fs.String("date", "", "")}
}

func (f claimFlags) run(e *env, args []string, fn func(s *store.Store, c training.Class, on time.Time) error) error {
	if _, err := parse(f.fs, args); err != nil {
		return err
	}
	if err := need("--stage", *f.stage); err != nil {
		return err
	}
	if err := need("--date", *f.date); err != nil {
		return err
	}
	on, err := training.ParseDate(store.FieldClaimDate, *f.date)
	if err != nil {
		return err
	}
	return e.withClass(*f.class, func(s *store.Store, c training.Class) error { return fn(s, c, on) })
}

func claimsSubmit(e *env, args []string) error {
	f := newClaimFlags("claims submit")
	return f.run(e, args, func(s *store.Store, c training.Class, on time.Time) error {
		cl, err := s.SubmitClaim(c.ID, *f.stage, on)
		if err != nil {
			return err
		}
		e.say("已登记提交：%s %s补贴 第 %d 批，%d 人，申领 %s（%s）", c.Code, subsidy.StageLabel(cl.Stage), cl.Batch, len(cl.Lines),
			subsidy.Fen(cl.ClaimedFen), cl.SubmittedOn.Format(training.DateLayout))
		return nil
	})
}

func claimsPaid(e *env, args []string) error {
	f := newClaimFlags("claims paid")
	amount := f.fs.String("amount", "", "")
	return f.run(e, args, func(s *store.Store, c training.Class, on time.Time) error {
		if err := need("--amount", *amount); err != nil {
			return err
		}
		fen, err := subsidy.ParseYuan(*amount)
		if err != nil {
			return err
		}
		cl, err := s.RecordClaimPayment(c.ID, *f.stage, fen, on)
		if err != nil {
			return err
		}
		e.say("已登记到账：%s %s补贴 第 %d 批，申领 %s，到账 %s，差额 %s（%s）", c.Code, subsidy.StageLabel(cl.Stage), cl.Batch,
			subsidy.Fen(cl.ClaimedFen), subsidy.Fen(cl.ReceivedFen), subsidy.Fen(cl.ClaimedFen-cl.ReceivedFen), training.ClaimStateLabel(cl.State))
		return nil
	})
}

func claimsReturn(e *env, args []string) error {
	f := newClaimFlags("claims return")
	reason := f.fs.String("reason", "", "")
	return f.run(e, args, func(s *store.Store, c training.Class, on time.Time) error {
		cl, err := s.ReturnClaim(c.ID, *f.stage, *reason, on)
		if err != nil {
			return err
		}
		e.say("已登记退回：%s %s补贴 第 %d 批（%s）；修改后可重新提交", c.Code, subsidy.StageLabel(cl.Stage), cl.Batch, cl.ReturnReason)
		return nil
	})
}

type claimJSON struct {
	Class        string      `json:"class"`
	Stage        string      `json:"stage"`
	Batch        int         `json:"batch"`
	State        string      `json:"state"`
	Trainees     int         `json:"trainees"`
	Claimed      json.Number `json:"claimed"`
	Received     json.Number `json:"received"`
	Difference   json.Number `json:"difference"`
	SubmittedOn  string      `json:"submitted_on,omitempty"`
	PaidOn       string      `json:"paid_on,omitempty"`
	ReturnReason string      `json:"return_reason,omitempty"`
}

func dateOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(training.DateLayout)
}

func claimsList(e *env, args []string) error {
	fs := flag.NewFlagSet("claims list", flag.ContinueOnError)
	class := fs.String("class", "", "")
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		classID := ""
		if *class != "" {
			c, err := s.ClassByCode(*class)
			if err != nil {
				return err
			}
			classID = c.ID
		}
		claims, err := s.Claims(classID)
		if err != nil {
			return err
		}
		codes := map[string]string{}
		out := []claimJSON{}
		for _, cl := range claims {
			if _, ok := codes[cl.ClassID]; !ok {
				c, _ := s.Class(cl.ClassID)
				codes[cl.ClassID] = c.Code
			}
			out = append(out, claimJSON{Class: codes[cl.ClassID], Stage: cl.Stage, Batch: cl.Batch, State: cl.State, Trainees: len(cl.Lines),
				Claimed: yuan(subsidy.Fen(cl.ClaimedFen)), Received: yuan(subsidy.Fen(cl.ReceivedFen)),
				Difference: yuan(subsidy.Fen(cl.ClaimedFen - cl.ReceivedFen)), SubmittedOn: dateOrEmpty(cl.SubmittedOn),
				PaidOn: dateOrEmpty(cl.PaidOn), ReturnReason: cl.ReturnReason})
		}
		if *asJSON {
			return e.json(out)
		}
		if len(out) == 0 {
			e.say("还没有补贴申领。")
		}
		for i, c := range out {
			e.say("%s\t%s补贴 第 %d 批\t%s\t%d 人\t申领 %s 元\t到账 %s 元\t差额 %s 元\t%s %s", c.Class, subsidy.StageLabel(c.Stage), c.Batch,
				training.ClaimStateLabel(c.State), c.Trainees, c.Claimed, c.Received, c.Difference, c.SubmittedOn, claims[i].ReturnReason)
		}
		return nil
	})
}
