package cli

import (
	"flag"

	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("trainees add", "trainees add --class C --name N --id 证件号码 [--phone P] [--category K] [--ethnicity 民族] [--education 文化程度] [--address 户籍地址]", traineesAdd)
	register("trainees list", "trainees list --class C [--json]", traineesList)
}

func traineesAdd(e *env, args []string) error {
	fs := flag.NewFlagSet("trainees add", flag.ContinueOnError)
	class := fs.String("class", "", "")
	var p training.Person
	fs.StringVar(&p.Name, "name", "", "")
	fs.StringVar(&p.IDNumber, "id", "", "")
	fs.StringVar(&p.Phone, "phone", "", "")
	fs.StringVar(&p.Ethnicity, "ethnicity", "", "")
	fs.StringVar(&p.Education, "education", "", "")
	fs.StringVar(&p.Address, "address", "", "")
	category := fs.String("category", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		tr, warnings, err := s.EnrolTrainee(c.ID, p, *category)
		if err != nil {
			return err
		}
		for _, w := range warnings {
			e.say("提示：%s", w)
		}
		e.say("已报名：%s（%s）→ %s", tr.Person.Name, identity.Mask(tr.Person.IDNumber), c.Name)
		return nil
	})
}

// traineeJSON is how a trainee leaves the program in --json: masked.
type traineeJSON struct {
	Name        string `json:"name"`
	IDMasked    string `json:"id_masked"`
	Sex         string `json:"sex"`
	Birth       string `json:"birth"` // the year only: identity.BirthShown beside a masked number
	PhoneMasked string `json:"phone_masked"`
	Category    string `json:"category"`
	Class       string `json:"class,omitempty"`
}

func toJSON(t training.Trainee, class string) traineeJSON {
	return traineeJSON{t.Person.Name, identity.Mask(t.Person.IDNumber), t.Person.Sex, identity.BirthShown(t.Person.Birth, identity.StyleMasked),
		identity.MaskPhone(t.Person.Phone), t.Category, class}
}

func traineesList(e *env, args []string) error {
	fs := flag.NewFlagSet("trainees list", flag.ContinueOnError)
	class := fs.String("class", "", "")
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		list, err := s.Trainees(c.ID)
		if err != nil {
			return err
		}
		out := []traineeJSON{}
		for _, t := range list {
			out = append(out, toJSON(t, ""))
		}
		if *asJSON {
			return e.json(out)
		}
		for i, t := range out {
			e.say("%d\t%s\t%s\t%s\t%s\t%s\t%s", i+1, t.Name, t.IDMasked, t.Sex, t.Birth, t.PhoneMasked, t.Category)
		}
		return nil
	})
}
