package store

import (
	"encoding/json"
	"fmt"

	tdsync "trainingdesk/sync"
)

// maxConflicts bounds how often one record is re-sent after conflicts in a
// row: a bureau that keeps answering conflict is a fault, not a race.
const maxConflicts = 3

// resolveConflict answers the bureau's "this version already came with
// other content" (a restored backup or a copied data directory reused the
// number): the desk's record is the newest change, so it goes again under a
// version above everything the bureau holds. The record's own version is
// raised too, so later edits keep counting up from there.
func (t *tx) resolveConflict(e *outboxEntry, held int) error {
	e.Conflicts++
	if e.Conflicts > maxConflicts {
		e.State, e.Code, e.Message = stateQuarantined, tdsync.StatusConflict,
			fmt.Sprintf("人社局多次答复版本冲突（已有版本 %d），请联系人社局核对该记录", held)
		return t.note("人社局答复版本冲突", string(e.Kind), e.ID, tdsync.StatusConflict)
	}
	next := max(e.Version, held) + 1
	e.Version = next
	if e.Op != tdsync.OpUpsert {
		return nil // a delete has no record left to renumber
	}
	b := t.records(e.Kind)
	raw := b.Get([]byte(e.ID))
	if raw == nil {
		return nil
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return err
	}
	fields["version"] = json.RawMessage(fmt.Sprint(next))
	data, err := json.Marshal(fields)
	if err != nil {
		return err
	}
	if err := b.Put([]byte(e.ID), data); err != nil {
		return err
	}
	return t.audit("版本冲突后重新编号", string(e.Kind), e.ID, digest(raw), digest(data))
}
