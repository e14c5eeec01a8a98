package bureau

import (
	"encoding/json"
	"slices"

	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// refuse applies the test-only RejectNames rule to a record that passed
// the protocol's checks.
func (o Options) refuse(r tdsync.BatchRecord) *verdict {
	if len(o.RejectNames) == 0 || r.Kind != training.KindTrainee {
		return nil
	}
	var t training.Trainee
	if json.Unmarshal(r.Data, &t) != nil || !slices.Contains(o.RejectNames, t.Person.Name) {
		return nil
	}
	return invalid("person.name", "姓名与公民身份号码不一致，公安实名核验未通过")
}
