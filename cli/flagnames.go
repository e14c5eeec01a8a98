package cli

import (
	"strings"

	"trainingdesk/errs"
)

// flagOf names the command-line flag of a declared field, where the flag is
// not simply the field's key with dashes.
var flagOf = map[string]string{"id_number": "id"}

// flagHint is "（参数 --category）" when the error names a field the
// command takes as a flag, so a script's author knows which flag to fix.
func flagHint(usage string, err error) string {
	f := errs.FieldOf(err)
	if f.IsZero() {
		return ""
	}
	name, ok := flagOf[f.Key()]
	if !ok {
		name = strings.ReplaceAll(f.Key(), "_", "-")
	}
	if strings.Contains(usage, "--"+name+" ") || strings.Contains(usage, "--"+name+"]") {
		return "（参数 --" + name + "）"
	}
	return ""
}
