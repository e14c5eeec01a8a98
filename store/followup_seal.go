package store

import (
	"encoding/json"
	"fmt"
	"time"

	"trainingdesk/outcome"
)

// storedFollowUp is a follow-up entry on disk: what links it (ids, date,
// status, version) in clear, the rest — employer, job, wage, the evidence's
// contract and account numbers, the business, the note — sealed, bound to
// the entry id. Older records are a plain outcome.Entry until sealPeople
// re-seals them.
type storedFollowUp struct {
	ID        string         `json:"id"`
	ClassID   string         `json:"class_id"`
	TraineeID string         `json:"trainee_id"`
	Date      time.Time      `json:"date"`
	Status    outcome.Status `json:"status"`
	Version   int            `json:"version"`
	UpdatedAt time.Time      `json:"updated_at"`
	Sealed    []byte         `json:"sealed"`
}

func followUpBind(id string) string { return id + "/followup" }

func (k *keys) storeFollowUp(e outcome.Entry) storedFollowUp {
	plain, _ := json.Marshal(e) // an Entry always marshals
	return storedFollowUp{ID: e.ID, ClassID: e.ClassID, TraineeID: e.TraineeID, Date: e.Date, Status: e.Status,
		Version: e.Version, UpdatedAt: e.UpdatedAt, Sealed: k.seal(plain, followUpBind(e.ID))}
}

func (k *keys) openFollowUp(raw []byte, e *outcome.Entry) error {
	var st struct {
		outcome.Entry
		Sealed []byte `json:"sealed"`
	}
	if err := json.Unmarshal(raw, &st); err != nil {
		return err
	}
	if st.Sealed == nil {
		*e = st.Entry
		return nil
	}
	plain, err := k.open(st.Sealed, followUpBind(st.ID))
	if err != nil {
		return fmt.Errorf("就业跟踪记录 %s 无法解密（密钥不符或数据被改动）", st.ID)
	}
	*e = outcome.Entry{}
	return json.Unmarshal(plain, e)
}
