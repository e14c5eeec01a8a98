package cli

import (
	"flag"
	"fmt"

	"trainingdesk/eligibility"
	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("results skill-cert", "results skill-cert --class C --id 证件号码 --number 证书编号 --level 等级 --date 发证日期 --issuer 评价机构 [--reason 更正原因] | --remove --reason 原因（登记学员通过等级认定取得的职业技能等级证书；等级为 1-5、四级或四级/中级工）", resultsSkillCert)
	for key, name := range map[string]string{"skill_cert_number": "number", "skill_cert_level": "level",
		"skill_cert_issued": "date", "skill_cert_issuer": "issuer", "correction_reason": "reason"} {
		flagOf[key] = name
	}
}

func resultsSkillCert(e *env, args []string) error {
	fs := flag.NewFlagSet("results skill-cert", flag.ContinueOnError)
	class := fs.String("class", "", "")
	id := fs.String("id", "", "")
	number := fs.String("number", "", "")
	level := fs.String("level", "", "")
	date := fs.String("date", "", "")
	issuer := fs.String("issuer", "", "")
	reason := fs.String("reason", "", "")
	remove := fs.Bool("remove", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	var cert *training.SkillCertificate
	if !*remove {
		c, err := eligibility.ParseSkillCertificate(*number, *level, *date, *issuer)
		if err != nil {
			return err
		}
		cert = &c
	}
	return e.withTrainee(*class, *id, func(s *store.Store, _ training.Class, tr training.Trainee) error {
		if _, err := s.SetSkillCertificate(tr.ID, cert, *reason); err != nil {
			return err
		}
		if cert == nil {
			e.say("已撤销登记：%s（%s）的职业技能等级证书", tr.Name(), identity.Mask(tr.Person.IDNumber))
			return nil
		}
		e.say("已登记：%s（%s）%s", tr.Name(), identity.Mask(tr.Person.IDNumber), skillCertText(*cert))
		return nil
	})
}

func skillCertText(c training.SkillCertificate) string {
	return fmt.Sprintf("职业技能等级证书 %s %s（%s 发证，%s）", c.Level.Label(), c.Number, c.Issued.Format(training.DateLayout), c.Issuer)
}
