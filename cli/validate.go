package cli

import (
	"flag"

	"trainingdesk/identity"
	"trainingdesk/training"
)

func init() {
	register("validate id", "validate id 证件号码 [--json]", validateID)
	register("validate uscc", "validate uscc 统一社会信用代码 [--json]", validateUSCC)
}

func validateID(e *env, args []string) error {
	fs := flag.NewFlagSet("validate id", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fail(1, "用法：trainingdesk validate id 证件号码")
	}
	n, err := identity.Parse(pos[0])
	if err != nil {
		if *asJSON {
			_ = e.json(map[string]any{"valid": false, "message": err.Error()})
			return fail(1, "")
		}
		return fail(1, "无效：%v", err)
	}
	if *asJSON {
		return e.json(map[string]any{"valid": true, "normalized": n.Value, "kind": n.Kind,
			"birth": n.Birth.Format(training.DateLayout), "sex": n.Sex, "warnings": n.Warnings})
	}
	e.say("有效（%s）", n.Kind)
	e.say("%s", n.Value)
	e.say("出生日期：%s", n.Birth.Format(training.DateLayout))
	e.say("性别：%s", n.Sex)
	for _, w := range n.Warnings {
		e.say("提示：%s", w)
	}
	return nil
}

func validateUSCC(e *env, args []string) error {
	fs := flag.NewFlagSet("validate uscc", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fail(1, "用法：trainingdesk validate uscc 统一社会信用代码")
	}
	code, err := identity.ValidateUSCC(pos[0])
	if err != nil {
		if *asJSON {
			_ = e.json(map[string]any{"valid": false, "message": err.Error()})
			return fail(1, "")
		}
		return fail(1, "无效：%v", err)
	}
	if *asJSON {
		return e.json(map[string]any{"valid": true, "normalized": code})
	}
	e.say("有效")
	e.say("%s", code)
	return nil
}
