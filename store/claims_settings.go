package store

import (
	"trainingdesk/errs"
	"trainingdesk/identity"
	"trainingdesk/subsidy"
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
