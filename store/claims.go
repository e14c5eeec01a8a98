package store

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"trainingdesk/errs"
	"trainingdesk/outcome"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

// Fields of a claim operation the clerk can get wrong.
var (
	FieldClaimStage = errs.NewField("stage", "申领阶段", "Claim stage")
	FieldClaimDate  = errs.NewField("date", "日期", "Date")
	FieldClaimState = errs.NewField("claim", "补贴申领", "Subsidy claim")
)

// subsidyRules is the region's 补贴规则: the settings file when one is set,
// else the shipped default; what it leaves open (the employment window,
// whether 灵活就业 counts) comes from the follow-up rules in 设置.
func (t *tx) subsidyRules(st Settings) (*subsidy.Rules, error) {
	r := subsidy.DefaultRules()
	if st.SubsidyRulesFile != "" {
		var err error
		if r, err = subsidy.LoadRules(st.SubsidyRulesFile); err != nil {
			return nil, err
		}
	}
	return r.WithFollowUp(st.Outcomes.EmploymentMonths, st.Outcomes.FlexibleCounts), nil
}

// SubsidyRules returns the rules in force, for the screens that show them.
func (s *Store) SubsidyRules() (*subsidy.Rules, error) {
	st, err := s.Settings()
	if err != nil {
		return nil, err
	}
	var r *subsidy.Rules
	err = s.view(func(t *tx) error {
		r, err = t.subsidyRules(st)
		return err
	})
	return r, err
}

// ClaimComputation is a class's subsidy computation with the records it was
// made from, read in one transaction so the papers agree with the amounts.
type ClaimComputation struct {
	Report   ClassReport
	Rules    *subsidy.Rules
	Result   subsidy.Result
	Settings Settings
	On       time.Time
}

// ComputeClaim computes what a class is owed on day on. Nothing is written.
func (s *Store) ComputeClaim(classID string, on time.Time) (ClaimComputation, error) {
	var cc ClaimComputation
	err := s.view(func(t *tx) error {
		var err error
		cc, err = t.computeClaim(classID, on)
		return err
	})
	return cc, err
}

func (t *tx) computeClaim(classID string, on time.Time) (ClaimComputation, error) {
	cc := ClaimComputation{Settings: DefaultSettings(), On: on}
	if _, err := t.getMeta(mSettings, &cc.Settings); err != nil {
		return cc, err
	}
	var err error
	if cc.Rules, err = t.subsidyRules(cc.Settings); err != nil {
		return cc, err
	}
	if cc.Report, err = t.classReport(classID, cc.Settings.Rules()); err != nil {
		return cc, err
	}
	c := cc.Report.Class
	in := make([]subsidy.Trainee, 0, len(cc.Report.Trainees))
	for _, line := range cc.Report.Trainees {
		tr := line.Trainee
		x := subsidy.Trainee{ID: tr.ID, Name: tr.Name(), Category: tr.Category, Rate: line.Summary.Rate,
			Assessed: line.Result != nil && len(line.Result.Attempts) > 0, Passed: line.Result != nil && line.Result.Passed(),
			Withdrawn: tr.Withdrawn != nil, SkillCert: line.Result != nil && line.Result.SkillCert != nil}
		if line.Certificate != nil && line.Certificate.Status != training.CertRevoked {
			x.CertificateNo = line.Certificate.Number
		}
		if x.Employment, err = t.employment(tr, c, cc.Rules); err != nil {
			return cc, err
		}
		if x.Claimed, err = t.claimedStages(tr.ID); err != nil {
			return cc, err
		}
		if x.SubsidisedIn, err = t.subsidisedElsewhere(tr, c); err != nil {
			return cc, err
		}
		in = append(in, x)
	}
	cc.Result, err = subsidy.Compute(cc.Rules, cc.Settings.Rules().Threshold,
		subsidy.Class{Code: c.Code, Name: c.Name, Type: c.Type, End: c.End, Standard: subsidy.Fen(c.SubsidyFen)}, in, on)
	return cc, err
}

// employment is what a trainee's follow-ups say, as the subsidy rules read
// it: whether the trainee counts as employed within the rules' window
// (outcome.EmployedWithin, evidence required), and else the latest entry
// saying employed, to explain why it does not count.
func (t *tx) employment(tr training.Trainee, c training.Class, rules *subsidy.Rules) (subsidy.Employment, error) {
	entries, err := t.followUps(tr.ID)
	if err != nil {
		return subsidy.Employment{}, err
	}
	ost := outcome.DefaultSettings()
	ost.EmploymentMonths, ost.FlexibleCounts, ost.EvidenceRequired = rules.EmploymentMonths, rules.FlexibleIsEmployed(), true
	e, within := outcome.EmployedWithin(entries, c.End, rules.EmploymentMonths, ost)
	if !within {
		found := false
		for _, x := range entries {
			if x.Status.CountsAsEmployed(ost.FlexibleCounts) && (!found || !x.Date.Before(e.Date)) {
				e, found = x, true
			}
		}
		if !found {
			return subsidy.Employment{}, nil
		}
	}
	var proofs []string
	for _, ev := range e.Evidence {
		if ev.Kind.Proves(e.Status) {
			proofs = append(proofs, ev.Kind.Label())
		}
	}
	return subsidy.Employment{Within: within, Status: e.Status.Label(), Since: e.From(), Evidence: strings.Join(proofs, "、"), EntryID: e.ID}, nil
}

// claimedStages maps each stage to the submission date of the claim that
// already holds the trainee for it.
func (t *tx) claimedStages(traineeID string) (map[string]time.Time, error) {
	var out map[string]time.Time
	p := []byte(traineeID + "|")
	c := t.index(ixTraineeClaims).Cursor()
	for k, v := c.Seek(p); k != nil && hasPrefix(k, p); k, v = c.Next() {
		var cl training.Claim
		if ok, err := t.get(training.KindClaim, string(v), &cl); err != nil {
			return nil, err
		} else if ok {
			if out == nil {
				out = map[string]time.Time{}
			}
			out[string(k[len(p):])] = cl.SubmittedOn
		}
	}
	return out, nil
}

// subsidisedElsewhere names another class ending in the same year in which
// the same person is held by a submitted claim ("" when none).
func (t *tx) subsidisedElsewhere(tr training.Trainee, class training.Class) (string, error) {
	h := t.s.k.indexOf(tr.Person.IDNumber)
	c := t.index(ixPerson).Cursor()
	for k, v := c.Seek(h); k != nil && hasPrefix(k, h); k, v = c.Next() {
		other := string(k[len(h):])
		if other == tr.ID || string(v) == class.ID {
			continue
		}
		stages, err := t.claimedStages(other)
		if err != nil || len(stages) == 0 {
			if err != nil {
				return "", err
			}
			continue
		}
		var oc training.Class
		if ok, err := t.get(training.KindClass, string(v), &oc); err != nil {
			return "", err
		} else if ok && oc.End.Year() == class.End.Year() {
			return oc.Code, nil
		}
	}
	return "", nil
}

func checkStage(stage string) error {
	if stage != subsidy.StageCompletion && stage != subsidy.StageEmployment {
		return errs.E(errs.Invalid, FieldClaimStage, "申领阶段须为 completion（结业）或 employment（就业），现为“"+stage+"”")
	}
	return nil
}

// classClaims lists a class's claims, oldest batch first.
func (t *tx) classClaims(classID string) ([]training.Claim, error) {
	var out []training.Claim
	prefix := ""
	if classID != "" {
		prefix = classID + "."
	}
	err := t.each(training.KindClaim, prefix, func(raw []byte) error {
		var c training.Claim
		if err := json.Unmarshal(raw, &c); err != nil {
			return err
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

func claimID(classID, stage string, batch int) string {
	return fmt.Sprintf("%s.%s.%03d", classID, stage, batch)
}

// nextClaim is the draft of a class's stage when there is one, else a new
// claim numbered after the last batch.
func (t *tx) nextClaim(classID, stage string) (training.Claim, error) {
	claims, err := t.classClaims(classID)
	if err != nil {
		return training.Claim{}, err
	}
	batch := 0
	for _, c := range claims {
		if c.Stage != stage {
			continue
		}
		if c.State == training.ClaimDraft {
			return c, nil
		}
		batch = max(batch, c.Batch)
	}
	return training.Claim{ID: claimID(classID, stage, batch+1), ClassID: classID, Stage: stage, Batch: batch + 1}, nil
}

// fill puts the claimable lines of a computation into a claim.
func (cc ClaimComputation) fill(c *training.Claim) {
	c.Mode, c.Lines, c.ClaimedFen = cc.Result.Mode, nil, 0
	for _, l := range cc.Result.Claimable(c.Stage) {
		amt := int64(l.Amount(c.Stage))
		line := training.ClaimLine{TraineeID: l.Trainee.ID, AmountFen: amt, CertificateNo: l.Trainee.CertificateNo}
		if l.Employed {
			line.FollowUpID = l.Trainee.Employment.EntryID
		}
		c.Lines = append(c.Lines, line)
		c.ClaimedFen += amt
	}
}

// DraftClaim computes a class's stage on day on and keeps it as the draft
// the exported papers show (local only: the bureau hears of a claim when it
// is submitted). It refuses a claim that would hold nobody.
func (s *Store) DraftClaim(classID, stage string, on time.Time) (training.Claim, ClaimComputation, error) {
	if err := checkStage(stage); err != nil {
		return training.Claim{}, ClaimComputation{}, err
	}
	var c training.Claim
	var cc ClaimComputation
	err := s.update(func(t *tx) error {
		var err error
		if cc, err = t.computeClaim(classID, on); err != nil {
			return err
		}
		if c, err = t.nextClaim(classID, stage); err != nil {
			return err
		}
		cc.fill(&c)
		if len(c.Lines) == 0 {
			return nobodyToClaim(cc, stage)
		}
		c.State, c.UpdatedAt = training.ClaimDraft, t.now
		return t.putLocal("补贴申领草稿", training.KindClaim, c.ID, c)
	})
	return c, cc, err
}

func nobodyToClaim(cc ClaimComputation, stage string) error {
	return errs.E(errs.Conflict, FieldClaimStage, fmt.Sprintf("班级“%s”没有可申领%s补贴的学员（不符合条件、待计算或已在提交的申领中）",
		cc.Report.Class.Code, subsidy.StageLabel(stage)))
}

// SubmitClaim records that a class's stage was handed in on day on: the
// claim holds what is claimable that day, and its trainees cannot be
// claimed again for the stage. The bureau hears of it after the records it
// cites.
func (s *Store) SubmitClaim(classID, stage string, on time.Time) (training.Claim, error) {
	if err := checkStage(stage); err != nil {
		return training.Claim{}, err
	}
	if on.IsZero() {
		return training.Claim{}, errs.E(errs.Invalid, FieldClaimDate, "请填写提交日期")
	}
	var c training.Claim
	err := s.update(func(t *tx) error {
		cc, err := t.computeClaim(classID, on)
		if err != nil {
			return err
		}
		if c, err = t.nextClaim(classID, stage); err != nil {
			return err
		}
		cc.fill(&c)
		if len(c.Lines) == 0 {
			return nobodyToClaim(cc, stage)
		}
		c.State, c.SubmittedOn, c.Version, c.UpdatedAt = training.ClaimSubmitted, on, c.Version+1, t.now
		for _, l := range c.Lines {
			if err := t.index(ixTraineeClaims).Put([]byte(l.TraineeID+"|"+stage), []byte(c.ID)); err != nil {
				return err
			}
		}
		return t.put("提交补贴申领", training.KindClaim, c.ID, c.Version, c)
	})
	return c, err
}

// latestClaim is the newest claim of a class's stage in one of states.
func (t *tx) latestClaim(classID, stage string, states ...string) (training.Claim, error) {
	claims, err := t.classClaims(classID)
	if err != nil {
		return training.Claim{}, err
	}
	for i := len(claims) - 1; i >= 0; i-- {
		if claims[i].Stage != stage {
			continue
		}
		for _, st := range states {
			if claims[i].State == st {
				return claims[i], nil
			}
		}
	}
	names := make([]string, len(states))
	for i, st := range states {
		names[i] = training.ClaimStateLabel(st)
	}
	return training.Claim{}, errs.E(errs.NotFound, FieldClaimState, fmt.Sprintf("该班级没有状态为%s的%s补贴申领", strings.Join(names, "或"), subsidy.StageLabel(stage)))
}

// RecordClaimPayment records what the bureau paid for a class's stage: the
// whole amount received so far and the day. Less than claimed is 部分到账;
// the difference stays visible.
func (s *Store) RecordClaimPayment(classID, stage string, received subsidy.Fen, on time.Time) (training.Claim, error) {
	if err := checkStage(stage); err != nil {
		return training.Claim{}, err
	}
	if on.IsZero() {
		return training.Claim{}, errs.E(errs.Invalid, FieldClaimDate, "请填写到账日期")
	}
	var c training.Claim
	err := s.update(func(t *tx) error {
		var err error
		if c, err = t.latestClaim(classID, stage, training.ClaimSubmitted, training.ClaimPartPaid); err != nil {
			return err
		}
		switch {
		case received <= 0:
			return errs.E(errs.Invalid, subsidy.FieldAmount, "到账金额须大于 0")
		case int64(received) > c.ClaimedFen:
			return errs.E(errs.Invalid, subsidy.FieldAmount, fmt.Sprintf("到账金额 %s 大于申领金额 %s：请核对", received, subsidy.Fen(c.ClaimedFen)))
		case on.Before(c.SubmittedOn):
			return errs.E(errs.Invalid, FieldClaimDate, "到账日期早于提交日期 "+c.SubmittedOn.Format(training.DateLayout))
		}
		c.ReceivedFen, c.PaidOn = int64(received), on
		c.State = training.ClaimPaid
		if c.ReceivedFen < c.ClaimedFen {
			c.State = training.ClaimPartPaid
		}
		c.Version, c.UpdatedAt = c.Version+1, t.now
		return t.put("补贴到账", training.KindClaim, c.ID, c.Version, c)
	})
	return c, err
}

// ReturnClaim records that the bureau sent a submitted claim back: its
// trainees may be claimed again once mended.
func (s *Store) ReturnClaim(classID, stage, reason string, on time.Time) (training.Claim, error) {
	if err := checkStage(stage); err != nil {
		return training.Claim{}, err
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return training.Claim{}, errs.E(errs.Invalid, FieldClaimState, "请填写退回原因")
	}
	if on.IsZero() {
		return training.Claim{}, errs.E(errs.Invalid, FieldClaimDate, "请填写退回日期")
	}
	var c training.Claim
	err := s.update(func(t *tx) error {
		var err error
		if c, err = t.latestClaim(classID, stage, training.ClaimSubmitted); err != nil {
			return err
		}
		for _, l := range c.Lines {
			if err := t.index(ixTraineeClaims).Delete([]byte(l.TraineeID + "|" + stage)); err != nil {
				return err
			}
		}
		c.State, c.ReturnReason, c.ReturnedOn = training.ClaimReturned, reason, on
		c.Version, c.UpdatedAt = c.Version+1, t.now
		return t.put("补贴申领退回", training.KindClaim, c.ID, c.Version, c)
	})
	return c, err
}

// Claims lists every claim, or a class's when classID is set.
func (s *Store) Claims(classID string) ([]training.Claim, error) {
	var out []training.Claim
	err := s.view(func(t *tx) error {
		var err error
		out, err = t.classClaims(classID)
		return err
	})
	return out, err
}
