package cli

import (
	"flag"

	"trainingdesk/identity"
	"trainingdesk/training"
)

func init() {
	register("validate id", "validate id 证件号码 [--json]", validation("validate id", "证件号码", checkID))
	register("validate uscc", "validate uscc 统一社会信用代码 [--json]", validation("validate uscc", "统一社会信用代码", checkUSCC))
}

// validation runs one check on one value: exit 0 with what was found, or 1
// with why not; --json gives the same as {"valid", …}.
func validation(name, what string, check func(string) (map[string]any, []string, error)) func(*env, []string) error {
	return func(e *env, args []string) error {
		fs := flag.NewFlagSet(name, flag.ContinueOnError)
		asJSON := fs.Bool("json", false, "")
		pos, err := parse(fs, args)
		if err != nil {
			return err
		}
		if len(pos) != 1 {
			return fail(1, "用法：trainingdesk %s %s", name, what)
		}
		fields, lines, err := check(pos[0])
		if err != nil {
			if *asJSON {
				_ = e.json(map[string]any{"valid": false, "message": err.Error()})
				return fail(1, "")
			}
			return fail(1, "无效：%v", err)
		}
		if *asJSON {
			fields["valid"] = true
			return e.json(fields)
		}
		for _, l := range lines {
			e.say("%s", l)
		}
		return nil
	}
}

func checkID(value string) (map[string]any, []string, error) {
	n, err := identity.Parse(value)
	if err != nil {
		return nil, nil, err
	}
	birth := n.Birth.Format(training.DateLayout)
	lines := []string{"有效（" + string(n.Kind) + "）", n.Value, "出生日期：" + birth, "性别：" + n.Sex}
	for _, w := range n.Warnings {
		lines = append(lines, "提示："+w)
	}
	warnings := append([]string{}, n.Warnings...) // [] rather than null in --json
	return map[string]any{"normalized": n.Value, "kind": n.Kind, "birth": birth, "sex": n.Sex, "warnings": warnings}, lines, nil
}

func checkUSCC(value string) (map[string]any, []string, error) {
	code, err := identity.ValidateUSCC(value)
	if err != nil {
		return nil, nil, err
	}
	return map[string]any{"normalized": code}, []string{"有效", code}, nil
}
