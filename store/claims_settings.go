package store

import (
	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

// FieldClaimIDStyle is how identity numbers print on the 补贴花名册.
var FieldClaimIDStyle = errs.NewField("claim_id_style", "补贴花名册证件号码", "ID numbers on subsidy rosters")

// checkClaimSettings refuses a subsidy rules file that does not load and an
// unknown ID style, before anything is saved.
func checkClaimSettings(st Settings) error {
	if st.SubsidyRulesFile != "" {
		if _, err := subsidy.LoadRules(st.SubsidyRulesFile); err != nil {
			return err
		}
	}
	switch st.ClaimIDStyle {
	case "", identity.StyleMasked, identity.StyleTail4, identity.StyleFull:
		return nil
	}
	return errs.E(errs.Invalid, FieldClaimIDStyle, "须为 masked、tail4 或 full")
}

// ClaimIDStyleOr is the style for claim papers: the setting, else masked.
func (st Settings) ClaimIDStyleOr() string {
	if st.ClaimIDStyle == "" {
		return identity.StyleMasked
	}
	return st.ClaimIDStyle
}

// defaultSubsidy gives a class filed without a subsidy standard the one the
// region's table holds for its occupation and level. A rules file that no
// longer loads leaves the standard empty: filing a class must not fail for
// it (computing the claim names the problem).
func (t *tx) defaultSubsidy(c *training.Class) {
	if c.SubsidyFen != 0 {
		return
	}
	st, err := t.settings()
	if err != nil {
		return
	}
	rules, err := t.subsidyRules(st)
	if err != nil {
		return
	}
	if fen, ok := rules.StandardFor(c.OccupationCode, c.Occupation, int(c.Level)); ok {
		c.SubsidyFen = int64(fen)
	}
}
