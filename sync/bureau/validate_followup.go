package bureau

import (
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"trainingdesk/errs"
	"trainingdesk/outcome"
	tdsync "trainingdesk/sync"
	"trainingdesk/training"
)

// checkFollowUp validates a follow-up entry on its own: trainee, status,
// contact date, and the USCC of the employer or the business.
func checkFollowUp(r tdsync.BatchRecord) ([]parentRef, *verdict) {
	var f outcome.Entry
	if err := json.Unmarshal(r.Data, &f); err != nil {
		return nil, badData(err)
	}
	switch {
	case f.TraineeID == "":
		return nil, missing("trainee_id", "缺少学员")
	case f.Date.IsZero():
		return nil, missing("date", "缺少跟踪日期")
	case !f.Status.Valid():
		return nil, invalid("status", "跟踪状态须为 employed、flexible、self_employed、further_study、unemployed 或 unreachable")
	}
	return []parentRef{{training.KindTrainee, f.TraineeID, "trainee_id"}}, nil
}

// checkWithParents applies the rules that need the parents on file: a
// follow-up is judged by the same rule the app applies (outcome.Check)
// against the class the trainee is in, so its dates fall after the class
// end and its codes pass their check. Today is not known here: a clock
// between the two sides may differ, so the future is not judged.
func checkWithParents(recs *bolt.Bucket, r tdsync.BatchRecord) *verdict {
	if r.Kind != training.KindFollowUp {
		return nil
	}
	var f outcome.Entry
	if err := json.Unmarshal(r.Data, &f); err != nil {
		return badData(err)
	}
	var tr training.Trainee
	if !storedData(recs, training.KindTrainee, f.TraineeID, &tr) {
		return reject(tdsync.CodeMissingParent, "trainee_id", "所属学员报名尚未备案或已删除")
	}
	var class training.Class
	if !storedData(recs, training.KindClass, tr.ClassID, &class) {
		return reject(tdsync.CodeMissingParent, "class_id", "学员所属班级尚未备案")
	}
	if err := outcome.Check(&f, class, class.End.AddDate(100, 0, 0)); err != nil {
		return invalid(errs.FieldOf(err).Key(), errs.Message(err))
	}
	return nil
}

// storedData decodes the newest accepted data of a live record.
func storedData(recs *bolt.Bucket, kind training.Kind, id string, v any) bool {
	raw := recs.Get(recordKey(kind, id))
	if raw == nil {
		return false
	}
	var st Stored
	if json.Unmarshal(raw, &st) != nil || st.Deleted {
		return false
	}
	return json.Unmarshal(st.Data, v) == nil
}
