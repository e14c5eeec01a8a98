package bureau

import (
	"encoding/json"

	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// checkClaim validates a 补贴申领: its class and every trainee it claims
// for must be on file, and the amounts add up.
func checkClaim(r tdsync.BatchRecord) ([]parentRef, *verdict) {
	var c training.Claim
	if err := json.Unmarshal(r.Data, &c); err != nil {
		return nil, badData(err)
	}
	switch {
	case c.ClassID == "":
		return nil, missing("class_id", "缺少所属班级")
	case c.Stage != "completion" && c.Stage != "employment":
		return nil, invalid("stage", "申领阶段须为 completion 或 employment")
	case len(c.Lines) == 0:
		return nil, missing("lines", "申领中没有学员")
	}
	parents := []parentRef{{training.KindClass, c.ClassID, "class_id"}}
	var sum int64
	for _, l := range c.Lines {
		if l.TraineeID == "" || l.AmountFen <= 0 {
			return nil, invalid("lines", "申领明细缺少学员或金额")
		}
		sum += l.AmountFen
		parents = append(parents, parentRef{training.KindTrainee, l.TraineeID, "lines.trainee_id"})
		if l.FollowUpID != "" {
			parents = append(parents, parentRef{training.KindFollowUp, l.FollowUpID, "lines.followup_id"})
		}
	}
	if sum != c.ClaimedFen {
		return nil, invalid("claimed_fen", "申领总额与明细合计不符")
	}
	if c.ReceivedFen > c.ClaimedFen {
		return nil, invalid("received_fen", "到账金额大于申领金额")
	}
	return parents, nil
}
