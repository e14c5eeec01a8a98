package store

import (
	"strings"

	"trainingdesk/eligibility"
	"trainingdesk/errs"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

// SetSkillCertificate records (c != nil) or withdraws (c == nil) the
// 职业技能等级证书 on a trainee's result, in one transaction with its audit
// entry, and queues the result's new version for the bureau. Replacing or
// withdrawing a recorded certificate needs a reason; neither is allowed
// once a submitted 就业补贴 claim holds the trainee, whose amount it decided.
func (s *Store) SetSkillCertificate(traineeID string, c *training.SkillCertificate, reason string) (training.Result, error) {
	why := strings.TrimSpace(reason)
	var r training.Result
	err := s.update(func(t *tx) error {
		tr, err := t.trainee(traineeID)
		if err != nil {
			return err
		}
		var class training.Class
		if _, err := t.get(training.KindClass, tr.ClassID, &class); err != nil {
			return err
		}
		if _, err := t.get(training.KindResult, traineeID, &r); err != nil {
			return err
		}
		if c != nil {
			if err := eligibility.CheckSkillCertificate(*c, r, class, t.now); err != nil {
				return err
			}
		}
		if sameSkillCert(r.SkillCert, c) {
			return nil
		}
		if r.SkillCert != nil && why == "" {
			return errs.Errorf(errs.Conflict, eligibility.FieldReason, "%s 已登记等级证书 %s：更正或撤销须填写原因", tr.Name(), r.SkillCert.Number)
		}
		if r.SkillCert == nil && c == nil {
			return nil
		}
		claimed, err := t.claimedStages(traineeID)
		if err != nil {
			return err
		}
		if _, held := claimed[subsidy.StageEmployment]; held {
			return errs.Errorf(errs.Conflict, eligibility.FieldSkillCert, "%s 已在提交的就业补贴申领中，等级证书不能再改动（申领被退回后可改）", tr.Name())
		}
		action := "登记职业技能等级证书"
		switch {
		case c == nil:
			action = "撤销职业技能等级证书登记：" + why
			r.SkillCert = nil
		case r.SkillCert != nil:
			action = "更正职业技能等级证书：" + why
			fallthrough
		default:
			cert := *c
			cert.Correction = why
			if r.SkillCert == nil {
				cert.Correction = ""
			}
			r.SkillCert = &cert
		}
		r.Version++
		r.UpdatedAt = t.now
		return t.put(action, training.KindResult, traineeID, r.Version, r)
	})
	return r, err
}

func sameSkillCert(a, b *training.SkillCertificate) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Number == b.Number && a.Level == b.Level && a.Issued.Equal(b.Issued) && a.Issuer == b.Issuer
}
